/**
 * The CellEngine compatibility test kit: JUnit 5 rules, one or more per API method, that run against any server and
 * any transport through a {@link cellengine.tck.TckTarget} (extend {@link cellengine.tck.CellEngineTck}); and, in
 * {@code cellengine.tck.transport}, the HTTP rules every transport must pass and the retry rules checked against the
 * fake server's fault injection.
 */
module cellengine.tck {
    requires transitive cellengine.api;
    requires transitive org.junit.jupiter.api;
    requires cellengine.fakeserver;
    requires cellengine.analysis;
    // Plot rules decode the PNG answers with ImageIO.
    requires java.desktop;
    // The transport rules talk to a scripted loopback peer.
    requires cellengine.testing.wire;
    // The in-process forward proxy of cellengine.tck.net.
    requires org.eclipse.jetty.proxy;
    requires org.eclipse.jetty.server;

    exports cellengine.tck;
    exports cellengine.tck.transport;
    exports cellengine.tck.net;
    // JUnit reflects over the rule groups, their nested classes and their package-private rule methods.
    opens cellengine.tck to org.junit.platform.commons;
    opens cellengine.tck.transport to org.junit.platform.commons;
    opens cellengine.tck.net to org.junit.platform.commons;
}
