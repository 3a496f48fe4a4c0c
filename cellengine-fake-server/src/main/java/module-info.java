/**
 * An in-memory CellEngine server on Javalin, for tests and demos.
 *
 * <p>{@code cellengine.fakeserver} holds the embedding API ({@code FakeCellEngine}, its options and users) and
 * the standalone entry point; the routes, store, analysis, query language and error mapping live in the
 * unexported {@code cellengine.fakeserver.internal} packages.
 */
module cellengine.fakeserver {
    // The Transport SPI only, for inMemoryTransport(); the fake's wire format never uses the SDK's model or JSON-B.
    requires transitive cellengine.api;
    requires cellengine.analysis;
    requires io.javalin;
    requires java.desktop;
    requires jakarta.json;

    exports cellengine.fakeserver;
}
