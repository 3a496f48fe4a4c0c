/**
 * What callers send: the bodies of create and update requests, gate builders, and the options of list, export,
 * plot and statistics calls.
 *
 * <p>Unless otherwise stated, null parameter values will cause methods of all classes in this package to throw
 * {@link java.lang.NullPointerException}. Values here are immutable once built and checked where they are made,
 * so a bad parameter fails before any request is sent, with a message that names it. What the server returns is
 * in {@link cellengine.api.model}.
 *
 * @since 0.1
 */
package cellengine.api.param;
