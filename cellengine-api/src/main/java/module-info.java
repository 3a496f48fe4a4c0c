/**
 * The CellEngine SDK: the client {@link cellengine.api.CellEngine}, its entity records, errors and the Transport
 * SPI.
 *
 * <p>Entity records live in the plainly exported package {@code cellengine.api.model} because JSON-B binds them
 * reflectively. Transports are found with {@link java.util.ServiceLoader} through
 * {@link cellengine.api.spi.TransportProvider}; add {@code cellengine.transport.jdk} for the default one. Parsed
 * events, local compensation and scaling come from {@code cellengine.analysis}, read transitively.
 */
module cellengine.api {
    requires transitive jakarta.json;
    requires transitive jakarta.json.bind;
    requires transitive cellengine.analysis;

    exports cellengine.api;
    exports cellengine.api.model;
    exports cellengine.api.param;
    exports cellengine.api.spi;

    uses cellengine.api.spi.TransportProvider;
}
