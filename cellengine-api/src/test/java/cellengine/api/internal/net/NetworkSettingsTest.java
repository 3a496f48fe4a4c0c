package cellengine.api.internal.net;

import cellengine.api.internal.net.NetworkSettings.Requested;
import cellengine.api.internal.net.NetworkSettings.Resolved;
import cellengine.api.spi.ProxyAddress;
import cellengine.api.spi.ProxyCredentials;
import cellengine.api.spi.ProxySetting;
import cellengine.api.spi.TrustMaterial;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Precedence (builder, then system properties, then the environment) and curl's reading of the variables. */
class NetworkSettingsTest {

    private static final String SECRET = "pw-SECRET-env-42";

    private static Resolved resolve(Requested requested, Map<String, String> properties, Map<String, String> env) {
        return NetworkSettings.resolve(requested, properties::get, env);
    }

    private static Resolved fromEnv(Map<String, String> env) {
        return resolve(Requested.NOTHING, Map.of(), env);
    }

    @Test
    void with_nothing_set_the_jvm_decides() {
        Resolved resolved = fromEnv(Map.of());
        assertEquals(new ProxySetting.Jvm("default"), resolved.proxy());
        assertTrue(resolved.tls().usesJvmDefaults());
        assertTrue(resolved.credentials().isEmpty());
        assertTrue(resolved.notes().isEmpty());
    }

    @Test
    void https_proxy_and_no_proxy_are_read_as_curl_reads_them() {
        Resolved resolved = fromEnv(Map.of("HTTPS_PROXY", "http://proxy.corp:3128", "http_proxy", "plain:8080",
                "NO_PROXY", "localhost,.corp"));
        ProxySetting.Explicit proxy = assertInstanceOf(ProxySetting.Explicit.class, resolved.proxy());
        assertEquals(new ProxyAddress("proxy.corp", 3128), proxy.https());
        assertEquals(new ProxyAddress("plain", 8080), proxy.http());
        assertEquals(null, proxy.proxyFor(URI.create("https://cellengine.corp/")));
        assertEquals("environment HTTPS_PROXY and http_proxy, NO_PROXY", proxy.source());
    }

    @Test
    void lower_case_wins_over_upper_case_and_upper_case_http_proxy_is_ignored_with_a_note() {
        Resolved lower = fromEnv(Map.of("https_proxy", "lower:1", "HTTPS_PROXY", "upper:2"));
        assertEquals(new ProxyAddress("lower", 1), ((ProxySetting.Explicit) lower.proxy()).https());
        Resolved upperHttp = fromEnv(Map.of("HTTP_PROXY", "upper:2"));
        assertEquals(new ProxySetting.Jvm("default"), upperHttp.proxy());
        assertTrue(upperHttp.notes().get(0).startsWith("HTTP_PROXY is ignored, as curl ignores it"),
                upperHttp.notes().toString());
        Resolved all = fromEnv(Map.of("ALL_PROXY", "everything:3"));
        assertEquals(new ProxyAddress("everything", 3), ((ProxySetting.Explicit) all.proxy()).https());
        assertEquals(new ProxyAddress("everything", 3), ((ProxySetting.Explicit) all.proxy()).http());
    }

    @Test
    void a_system_property_beats_the_environment_and_the_builder_beats_both() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "envproxy:3128");
        Resolved property = resolve(Requested.NOTHING, Map.of("https.proxyHost", "propproxy"), env);
        assertEquals(new ProxySetting.Jvm("system property https.proxyHost"), property.proxy());
        assertTrue(property.notes().get(0).startsWith("HTTPS_PROXY is set but not used"), property.notes()
                .toString());
        Resolved builder = resolve(new Requested(ProxySetting.direct(), null, null, null, null),
                Map.of("https.proxyHost", "propproxy"), env);
        assertEquals(ProxySetting.direct(), builder.proxy());
    }

    @Test
    void proxy_credentials_come_from_the_builder_then_cellengine_variables_then_the_proxy_url() {
        Map<String, String> env = Map.of("HTTPS_PROXY", "http://url%5Cuser:p%40ss@proxy:3128");
        ProxyCredentials fromUrl = fromEnv(env).credentials().orElseThrow();
        assertEquals("url\\user", fromUrl.username());
        assertEquals("p@ss", new String(fromUrl.password()));
        assertEquals(new ProxyAddress("proxy", 3128), ((ProxySetting.Explicit) fromEnv(env).proxy()).https());

        ProxyCredentials fromVariables = fromEnv(Map.of("HTTPS_PROXY", "http://url:x@proxy:3128",
                "CELLENGINE_PROXY_USERNAME", "ada", "CELLENGINE_PROXY_PASSWORD", SECRET)).credentials().orElseThrow();
        assertEquals("ada", fromVariables.username());

        ProxyCredentials fromBuilder = resolve(new Requested(null, new ProxyCredentials("bob", "b".toCharArray()),
                null, null, null), Map.of(), Map.of("CELLENGINE_PROXY_USERNAME", "ada",
                "CELLENGINE_PROXY_PASSWORD", SECRET)).credentials().orElseThrow();
        assertEquals("bob", fromBuilder.username());

        IllegalStateException half = assertThrows(IllegalStateException.class,
                () -> fromEnv(Map.of("CELLENGINE_PROXY_USERNAME", "ada")));
        assertEquals("CELLENGINE_PROXY_USERNAME is set but CELLENGINE_PROXY_PASSWORD is not", half.getMessage());
        IllegalStateException other = assertThrows(IllegalStateException.class,
                () -> fromEnv(Map.of("CELLENGINE_PROXY_PASSWORD", SECRET)));
        assertFalse(other.getMessage().contains(SECRET));
    }

    @Test
    void tls_settings_follow_the_same_precedence() {
        Map<String, String> env = Map.of("CELLENGINE_CA_BUNDLE", "/etc/corp-ca.pem", "CELLENGINE_CLIENT_CERT",
                "/etc/me.p12", "CELLENGINE_CLIENT_CERT_PASSWORD", SECRET, "CELLENGINE_TLS_PROTOCOLS", "TLSv1.3, TLSv1.2");
        Resolved env1 = fromEnv(env);
        assertEquals(new TrustMaterial.PemBundle(Path.of("/etc/corp-ca.pem"), "environment CELLENGINE_CA_BUNDLE"),
                env1.tls().trust());
        assertEquals(Path.of("/etc/me.p12"), env1.tls().clientCertificate().orElseThrow().file());
        assertEquals(SECRET, new String(env1.tls().clientCertificate().orElseThrow().password()));
        assertEquals(List.of("TLSv1.3", "TLSv1.2"), env1.tls().protocols());

        Resolved property = resolve(Requested.NOTHING, Map.of("javax.net.ssl.trustStore", "/jvm/cacerts",
                "jdk.tls.client.protocols", "TLSv1.2"), env);
        assertEquals(new TrustMaterial.JvmDefault("system property javax.net.ssl.trustStore"),
                property.tls().trust());
        assertEquals(List.of(), property.tls().protocols());
        assertTrue(property.notes().stream().anyMatch(n -> n.startsWith("CELLENGINE_CA_BUNDLE is set but not used")));

        Resolved builder = resolve(new Requested(null, null, new TrustMaterial.PemBundle(Path.of("/mine.pem"),
                "builder caBundle"), null, List.of("TLSv1.3")), Map.of(), env);
        assertEquals(Path.of("/mine.pem"), ((TrustMaterial.PemBundle) builder.tls().trust()).file());
    }

    @Test
    void the_description_names_every_setting_and_where_it_came_from_but_never_a_password() {
        String text = fromEnv(Map.of("HTTPS_PROXY", "http://ada:" + SECRET + "@proxy:3128",
                "CELLENGINE_CA_BUNDLE", "/etc/corp-ca.pem", "CELLENGINE_CLIENT_CERT", "/etc/me.p12",
                "CELLENGINE_CLIENT_CERT_PASSWORD", SECRET, "HTTP_PROXY", "ignored:1")).describe();
        assertFalse(text.contains(SECRET), text);
        assertTrue(text.contains("Network: proxy: https via proxy:3128 (environment HTTPS_PROXY), as user ada"), text);
        assertTrue(text.contains("TLS: trust the CA bundle /etc/corp-ca.pem (environment CELLENGINE_CA_BUNDLE)"),
                text);
        assertTrue(text.contains("client certificate /etc/me.p12 (environment CELLENGINE_CLIENT_CERT, password <redacted>)"),
                text);
        assertTrue(text.contains("Note: HTTP_PROXY is ignored"), text);
    }

    @Test
    void malformed_variables_are_errors_naming_the_variable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> fromEnv(Map.of("HTTPS_PROXY", "socks5://proxy:1080")));
        assertTrue(e.getMessage().startsWith("HTTPS_PROXY uses the scheme socks5://"), e.getMessage());
    }
}
