/**
 * The {@code jdk} transport: {@link cellengine.transport.jdk.JdkTransportProvider} creates transports on
 * {@code java.net.http.HttpClient} that never follow redirects, never store cookies, and stream request bodies.
 *
 * <p>Unless otherwise stated, null parameter values will cause methods of all classes in this package to throw
 * {@link java.lang.NullPointerException}.
 *
 * @since 0.1
 */
package cellengine.transport.jdk;
