package cellengine.tck.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.tck.net.TestProxy;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDK's pitfall with Basic proxy authentication for HTTPS tunnels, in fresh JVMs (the JDK reads
 * {@code jdk.http.auth.tunneling.disabledSchemes} once, so only a new JVM shows both sides): without the property
 * the call fails once, with a {@code ProxyException} that names the property and never the password, instead of
 * a silent 407; with it cleared, the credentials reach the proxy.
 */
class ProxyTunnelPitfallTest {

    private static final String PASSWORD = "pw-SECRET-tunnel-5e";

    @Test
    void without_the_property_a_basic_proxy_for_https_is_an_error_naming_it_and_with_it_the_credentials_go_through()
            throws Exception {
        int closedPort;
        try (ServerSocket free = new ServerSocket(0)) {
            closedPort = free.getLocalPort();
        }
        String base = "https://127.0.0.1:" + closedPort;
        try (TestProxy proxy = TestProxy.withBasicAuth("ada", PASSWORD.toCharArray())) {
            List<String> args = List.of(proxy.address(), "ada", PASSWORD, base);
            ChildJvm.Result plain = ChildJvm.run(List.of(), TunnelPitfallMain.class, args, Duration.ofSeconds(60));
            assertEquals("ProxyException", plain.value("outcome"), plain.output());
            String message = plain.value("message");
            assertTrue(message.contains("the proxy " + proxy.address() + " asks for proxy authentication (Basic) "
                    + "and the credentials of user 'ada' were not sent"), message);
            assertTrue(message.contains("jdk.http.auth.tunneling.disabledSchemes lists Basic (now unset, so the JDK "
                    + "default 'Basic'"), message);
            assertTrue(message.contains("-Djdk.http.auth.tunneling.disabledSchemes="), message);
            assertFalse(plain.output().contains(PASSWORD), plain.output());
            assertEquals(1, proxy.log().stream().filter(l -> l.startsWith("407 CONNECT")).count(),
                    "one refused CONNECT, no loop: " + proxy.log());
            assertTrue(proxy.log().stream().noneMatch(l -> l.endsWith(" ada")), proxy.log()::toString);

            ChildJvm.Result fixed = ChildJvm.run(List.of("-Djdk.http.auth.tunneling.disabledSchemes="),
                    TunnelPitfallMain.class, args, Duration.ofSeconds(60));
            assertTrue(proxy.log().contains("CONNECT 127.0.0.1:" + closedPort + " ada"),
                    () -> "with the property cleared the tunnel is authenticated: " + proxy.log() + "\n"
                            + fixed.output());
            assertFalse(fixed.output().contains(PASSWORD), fixed.output());
            assertEquals("ProxyException", fixed.value("outcome"), fixed.output());
            assertTrue(fixed.value("message").contains("the proxy " + proxy.address() + " refused the request with "
                    + "status"), fixed.output());
        }
    }
}
