/**
 * The server's state as JSON documents: experiments, folders, attachments, compensations, FCS files, scale sets,
 * gates and populations, each in its {@code DocumentStore}; users and tokens; who may see what ({@code Access});
 * snapshots. {@code DataApi} and {@code GatingApi} are the experiment-scoped operations the routes call.
 */
package cellengine.fakeserver.internal.store;
