/**
 * The CellEngine compatibility test kit: JUnit 5 verifications, one or more per API method, that run against
 * any server and any transport through a {@link cellengine.tck.TckTarget}; and, in {@code cellengine.tck.transport},
 * the HTTP rules every transport must pass and the retry rules checked against the fake server's fault injection.
 */
module cellengine.tck {
    requires transitive cellengine.api;
    requires transitive org.junit.jupiter.api;
    requires cellengine.fakeserver;
    requires cellengine.analysis;
    // Plot rules decode the PNG answers with ImageIO.
    requires java.desktop;
    requires jdk.httpserver;
    // The in-process forward proxy and HTTPS peer of cellengine.tck.net.
    requires org.eclipse.jetty.proxy;
    requires org.eclipse.jetty.server;

    exports cellengine.tck;
    exports cellengine.tck.transport;
    exports cellengine.tck.net;
    // JUnit reflects over the verification classes' test methods.
    opens cellengine.tck to org.junit.platform.commons;
    opens cellengine.tck.transport to org.junit.platform.commons;
}
