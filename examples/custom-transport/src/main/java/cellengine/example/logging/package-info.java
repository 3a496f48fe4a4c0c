/**
 * An example of a custom transport for the CellEngine SDK: {@link cellengine.example.logging.LoggingTransport}
 * and its {@link cellengine.example.logging.LoggingTransportProvider}, found by {@link java.util.ServiceLoader}.
 *
 * <p>Unless otherwise stated, passing a {@code null} argument to a method of a type in this package causes a
 * {@link java.lang.NullPointerException} to be thrown.
 *
 * @since 0.1
 */
package cellengine.example.logging;
