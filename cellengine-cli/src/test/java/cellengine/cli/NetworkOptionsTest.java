package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import cellengine.tck.net.TestProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI through an authenticating proxy: flags, environment and profiles, and what a user sees on failure. */
class NetworkOptionsTest {

    private static final String PROXY_PASSWORD = "pw-SECRET-cli-proxy";

    private static FakeCellEngine server;
    private static TestProxy proxy;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start();
        try (CellEngine sdk = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build()) {
            sdk.postExperiment("Through the proxy");
        }
        proxy = TestProxy.withBasicAuth("ada", PROXY_PASSWORD.toCharArray());
    }

    @AfterAll
    static void stop() {
        proxy.close();
        server.close();
    }

    private Cli cli() {
        return Cli.against(server, home);
    }

    @Test
    void experiments_list_goes_through_the_proxy_given_with_flags_for_both_transports() {
        for (String transport : new String[] {"jdk", "apache"}) {
            int before = proxy.log().size();
            Cli.Result r = cli().env("CELLENGINE_PROXY_PASSWORD", PROXY_PASSWORD).run("experiments", "list",
                    "--proxy", proxy.address(), "--proxy-user", "ada", "--transport", transport);
            assertEquals(0, r.status(), r::toString);
            assertTrue(r.out().contains("Through the proxy"), r::toString);
            assertTrue(proxy.log().subList(before, proxy.log().size()).stream()
                    .anyMatch(l -> l.startsWith("GET " + server.baseUrl() + "/api/v1/experiments") && l.endsWith(
                            " ada")), () -> transport + ": " + proxy.log());
        }
    }

    @Test
    void experiments_list_goes_through_the_proxy_to_the_https_fake_trusting_its_ca_for_both_transports() {
        try (FakeCellEngine https = FakeCellEngine.start(c -> c.tls = true)) {
            try (CellEngine sdk = CellEngine.builder().baseUrl(https.baseUrl()).token(https.token())
                    .caBundle(https.pki().orElseThrow().caBundle()).build()) {
                sdk.postExperiment("Over HTTPS through the proxy");
            }
            String port = https.baseUrl().substring(https.baseUrl().lastIndexOf(':') + 1);
            for (String transport : new String[] {"jdk", "apache"}) {
                int before = proxy.log().size();
                Cli.Result r = Cli.against(https, home).env("CELLENGINE_PROXY_PASSWORD", PROXY_PASSWORD)
                        .run("experiments", "list", "--proxy", proxy.address(), "--proxy-user", "ada",
                                "--ca-bundle", https.pki().orElseThrow().caBundle().toString(), "--transport",
                                transport);
                assertEquals(0, r.status(), r::toString);
                assertTrue(r.out().contains("Over HTTPS through the proxy"), r::toString);
                assertTrue(proxy.log().subList(before, proxy.log().size()).contains("CONNECT 127.0.0.1:" + port
                        + " ada"), () -> transport + ": " + proxy.log());
            }
            Cli.Result untrusted = Cli.against(https, home).run("experiments", "list");
            assertEquals(ExitCodes.NETWORK, untrusted.status(), untrusted::toString);
            assertTrue(untrusted.err().contains("the server's certificate is not trusted"), untrusted::toString);
            assertTrue(untrusted.err().contains("--ca-bundle"), untrusted::toString);
        }
    }

    @Test
    void the_proxy_comes_from_the_environment_as_curl_reads_it() {
        int before = proxy.log().size();
        Cli.Result r = cli().env("http_proxy", "http://" + proxy.address()).env("CELLENGINE_PROXY_USERNAME", "ada")
                .env("CELLENGINE_PROXY_PASSWORD", PROXY_PASSWORD).run("experiments", "list");
        assertEquals(0, r.status(), r::toString);
        assertTrue(proxy.log().size() > before, proxy.log()::toString);

        int bypassed = proxy.log().size();
        Cli.Result direct = cli().env("http_proxy", "http://" + proxy.address()).env("NO_PROXY", "127.0.0.1")
                .run("experiments", "list");
        assertEquals(0, direct.status(), direct::toString);
        assertEquals(bypassed, proxy.log().size(), "NO_PROXY=127.0.0.1 bypasses the proxy: " + proxy.log());
    }

    @Test
    void a_wrong_or_missing_proxy_password_is_a_network_error_naming_the_proxy_never_the_password() {
        Cli.Result wrong = cli().env("CELLENGINE_PROXY_PASSWORD", "not-it").run("experiments", "list",
                "--proxy", proxy.address(), "--proxy-user", "ada");
        assertEquals(ExitCodes.NETWORK, wrong.status(), wrong::toString);
        assertTrue(wrong.err().contains("the proxy " + proxy.address() + " refused the credentials of user 'ada'"),
                wrong::toString);
        assertFalse(wrong.err().contains("not-it"), wrong::toString);

        Cli.Result missing = cli().run("experiments", "list", "--proxy", proxy.address());
        assertEquals(ExitCodes.NETWORK, missing.status(), missing::toString);
        assertTrue(missing.err().contains("asks for proxy authentication (Basic) and no proxy credentials were "
                + "given"), missing::toString);

        Cli.Result noPassword = cli().run("experiments", "list", "--proxy", proxy.address(), "--proxy-user", "ada");
        assertEquals(ExitCodes.AUTH, noPassword.status(), noPassword::toString);
        assertTrue(noPassword.err().contains("set CELLENGINE_PROXY_PASSWORD"), noPassword::toString);
    }

    @Test
    void a_profile_keeps_the_proxy_and_its_user_but_never_the_password() throws Exception {
        Cli.Result saved = new Cli(home).env("CELLENGINE_AUTH_TOKEN", server.token()).run("configure",
                "--profile", "corp", "--base-url", server.baseUrl(), "--proxy", proxy.address(), "--proxy-user",
                "ada", "--transport", "apache");
        assertEquals(0, saved.status(), saved::toString);
        String file = Files.readString(home.resolve(".config/cellengine/profiles.properties"));
        assertTrue(file.contains("corp.proxy=127.0.0.1\\:" + proxy.port()), file);
        assertTrue(file.contains("corp.proxy-user=ada") && file.contains("corp.transport=apache"), file);
        assertFalse(file.contains(PROXY_PASSWORD), file);

        int before = proxy.log().size();
        Cli.Result r = new Cli(home).env("CELLENGINE_PROXY_PASSWORD", PROXY_PASSWORD).run("experiments", "list",
                "--profile", "corp");
        assertEquals(0, r.status(), r::toString);
        assertTrue(proxy.log().size() > before, proxy.log()::toString);
    }

    @Test
    void a_malformed_proxy_is_a_usage_error_naming_the_flag() {
        Cli.Result r = cli().run("experiments", "list", "--proxy", "socks5://proxy:1080");
        assertEquals(ExitCodes.USAGE, r.status(), r::toString);
        assertTrue(r.err().contains("--proxy uses the scheme socks5://"), r::toString);
    }
}
