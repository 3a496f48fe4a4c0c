/**
 * The CellEngine compatibility test kit: JUnit 5 verifications, one or more per API method, that run against
 * any server and any transport through a {@link cellengine.tck.TckTarget}.
 */
module cellengine.tck {
    requires transitive cellengine.api;
    requires transitive org.junit.jupiter.api;
    requires cellengine.fakeserver;
    requires cellengine.analysis;

    exports cellengine.tck;
    // JUnit reflects over the verification classes' test methods.
    opens cellengine.tck to org.junit.platform.commons;
}
