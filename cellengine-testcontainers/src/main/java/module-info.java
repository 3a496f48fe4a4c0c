/**
 * The fake CellEngine server image as a Testcontainers container: {@link cellengine.testcontainers.CellEngineContainer}.
 */
module cellengine.testcontainers {
    requires transitive cellengine.api;
    // Testcontainers 2.0.5 has no module descriptor; "testcontainers" is the name derived from its jar file.
    requires transitive testcontainers;
    requires cellengine.transport.jdk;

    exports cellengine.testcontainers;
}
