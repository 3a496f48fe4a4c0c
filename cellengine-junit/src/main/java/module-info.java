/**
 * A JUnit 5 extension that runs a fake CellEngine server for a test class or for each test, and injects a ready
 * client, the server handle and its base URL: {@link cellengine.junit.FakeCellEngineTest}.
 */
module cellengine.junit {
    requires transitive cellengine.api;
    requires transitive cellengine.fakeserver;
    requires transitive org.junit.jupiter.api;
    // The default socket transport, so SOCKET mode works with no further dependency.
    requires cellengine.transport.jdk;

    exports cellengine.junit;
}
