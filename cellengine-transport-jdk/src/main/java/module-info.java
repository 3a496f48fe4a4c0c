/** The default CellEngine transport, on java.net.http.HttpClient. */
module cellengine.transport.jdk {
    requires cellengine.api;
    requires java.net.http;
}
