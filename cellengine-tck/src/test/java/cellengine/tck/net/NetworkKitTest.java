package cellengine.tck.net;

import org.junit.jupiter.api.Nested;

/**
 * The network rules against both production transports. Squid joins the Jetty proxy when {@code .ci/run} started it
 * ({@code CELLENGINE_TEST_SQUID*}); the surefire JVM clears {@code jdk.http.auth.tunneling.disabledSchemes} so that
 * the JDK transport may answer Basic for HTTPS tunnels (docs/restricted-networks.md).
 */
class NetworkKitTest {

    @Nested
    class JdkNetworkRules extends NetworkVerification {
        @Override
        protected String transport() {
            return "jdk";
        }
    }

    @Nested
    class ApacheNetworkRules extends NetworkVerification {
        @Override
        protected String transport() {
            return "apache";
        }

        @Override
        protected boolean answersDigest() {
            return true;
        }
    }
}
