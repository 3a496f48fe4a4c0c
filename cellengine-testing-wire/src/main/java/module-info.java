/**
 * A scripted HTTP/1.1 peer on loopback, on the JDK alone: it answers what a test scripts, records every request as
 * it arrived, and can delay, stall, cut or dribble a response for timeout tests. The API's wire tests, the
 * transports' tests and the TCK's transport kit share it, with a manual clock for retry timing.
 */
module cellengine.testing.wire {
    // ScriptedPeer.raw hands tests the JDK's HttpExchange.
    requires transitive jdk.httpserver;

    exports cellengine.testing.wire;
}
