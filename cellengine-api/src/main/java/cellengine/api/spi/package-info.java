/**
 * The Transport SPI: how the client sends one HTTP request, and how transports are found.
 *
 * <p>Unless otherwise stated, null parameter values will cause methods of all classes in this package to throw
 * {@link java.lang.NullPointerException}. The package holds contracts and immutable values; it never depends on
 * {@code java.net.http}. Implementations are found through {@link cellengine.api.spi.TransportProvider} with
 * {@link java.util.ServiceLoader}, on the module path ({@code provides}) or the classpath
 * ({@code META-INF/services}).
 *
 * @since 0.1
 */
package cellengine.api.spi;
