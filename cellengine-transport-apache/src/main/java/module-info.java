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

    exports cellengine.transport.apache;

    provides cellengine.api.spi.TransportProvider with cellengine.transport.apache.ApacheTransportProvider;
}
