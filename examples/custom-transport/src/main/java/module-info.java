/**
 * An example transport: {@code logging}, which decorates the JDK transport and logs one line per exchange.
 * The three lines that plug any transport into the SDK are the {@code requires}, the {@code provides} and, for
 * classpath users, {@code META-INF/services/cellengine.api.spi.TransportProvider}.
 */
module cellengine.example.logging {
    requires cellengine.api;
    requires cellengine.transport.jdk;

    exports cellengine.example.logging;

    provides cellengine.api.spi.TransportProvider with cellengine.example.logging.LoggingTransportProvider;
}
