/**
 * The default CellEngine transport, on {@code java.net.http.HttpClient}. Provider name {@code jdk}, priority 100.
 */
module cellengine.transport.jdk {
    requires cellengine.api;
    requires java.net.http;

    exports cellengine.transport.jdk;

    provides cellengine.api.spi.TransportProvider with cellengine.transport.jdk.JdkTransportProvider;
}
