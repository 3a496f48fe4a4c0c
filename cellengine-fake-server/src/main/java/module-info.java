/**
 * An in-memory CellEngine server on Javalin, for tests and demos.
 *
 * <p>{@code cellengine.fakeserver} holds the embedding API ({@code FakeCellEngine}, its options and users) and
 * the standalone entry point; the routes, store, query language and error mapping live in the unexported
 * {@code cellengine.fakeserver.internal} package.
 */
module cellengine.fakeserver {
    requires cellengine.analysis;
    requires io.javalin;
    requires java.desktop;
    requires jakarta.json;

    exports cellengine.fakeserver;
}
