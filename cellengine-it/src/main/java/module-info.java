/**
 * A small program on the SDK that the tests link into a runtime image with jlink and launch on the module path
 * and on the classpath. It needs nothing but {@code cellengine.api}; the transport, Yasson and Parsson are
 * bound as services.
 */
module cellengine.it.app {
    requires cellengine.api;
}
