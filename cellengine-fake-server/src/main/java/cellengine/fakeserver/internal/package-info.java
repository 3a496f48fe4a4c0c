/**
 * The fake server's implementation; no package under here is exported. Each sub-package has one concern, and
 * imports only the ones listed after it:
 * <ul>
 *   <li>{@code http}: the Javalin server, every route with what it accepts, strict mode, error mapping, request
 *       limits, credentials, the admin API, and {@code Backend}, which wires the state together;</li>
 *   <li>{@code analysis}: what is computed from stored events: statistics, plots, gating evaluation, exports;</li>
 *   <li>{@code store}: the documents (experiments, folders, files, gates, populations ...), users, access checks
 *       and snapshots;</li>
 *   <li>{@code faults}: counted fault injection;</li>
 *   <li>{@code upload}: multipart uploads received in constant memory, and the bytes kept;</li>
 *   <li>{@code query}: the list parameters ({@code query}, {@code sort}, {@code fields} ...) and boolean
 *       parameters;</li>
 *   <li>{@code json}: JSON on the wire: the cached JSON-P factory, typed reads, ids, timestamps, the error body;</li>
 *   <li>{@code local}: the in-memory transport, on its own.</li>
 * </ul>
 * This package holds what they all share: {@link cellengine.fakeserver.internal.ApiError}, the refusal every
 * layer throws. {@link cellengine.fakeserver.internal.HealthProbe} stays here because container images name it.
 */
package cellengine.fakeserver.internal;
