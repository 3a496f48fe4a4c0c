/**
 * A CellEngine transport on Apache HttpClient 5 (classic API). Provider name {@code apache}, priority 50: the JDK
 * transport stays the default when both are present, so choose this one by name ({@code CELLENGINE_TRANSPORT=apache}).
 *
 * <p>HttpClient 5 has no module descriptor: it is an automatic module, so an application using this transport runs
 * on the module path or the classpath, but cannot be linked into a jlink image (docs/modules.md).
 */
@SuppressWarnings("requires-automatic")
module cellengine.transport.apache {
    requires cellengine.api;
    requires org.apache.httpcomponents.client5.httpclient5;
    requires org.apache.httpcomponents.core5.httpcore5;
    // HttpClient 5 uses SLF4J and jdk.net (socket options) but, as an automatic module, cannot require them:
    // without these lines the module path never resolves them and the first request fails with a
    // NoClassDefFoundError (ModulesProvenTest in cellengine-it).
    requires org.slf4j;
    requires jdk.net;

    exports cellengine.transport.apache;

    provides cellengine.api.spi.TransportProvider with cellengine.transport.apache.ApacheTransportProvider;
}
