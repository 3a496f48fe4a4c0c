package cellengine.api.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SPI's network values: proxy addresses, curl's NO_PROXY, proxy selection, and TLS material errors. */
class NetworkValuesTest {

    private static final String SECRET = "pw-SECRET-net-77";

    @Test
    void a_proxy_is_read_as_host_and_port_or_an_http_url_and_other_schemes_are_refused_naming_the_setting() {
        assertEquals(new ProxyAddress("proxy.example.com", 3128), ProxyAddress.parse("proxy.example.com:3128", "x"));
        assertEquals(new ProxyAddress("proxy", 8080), ProxyAddress.parse(" http://proxy:8080/ ", "x"));
        assertEquals(new ProxyAddress("::1", 3128), ProxyAddress.parse("[::1]:3128", "x"));
        assertEquals("[::1]:3128", new ProxyAddress("::1", 3128).toString());
        assertEquals(1080, ProxyAddress.parse("proxy", "x").port(), "curl's default port");
        IllegalArgumentException socks = assertThrows(IllegalArgumentException.class,
                () -> ProxyAddress.parse("socks5://proxy:1080", "HTTPS_PROXY"));
        assertTrue(socks.getMessage().startsWith("HTTPS_PROXY uses the scheme socks5://"), socks.getMessage());
        IllegalArgumentException user = assertThrows(IllegalArgumentException.class,
                () -> ProxyAddress.parse("http://ada:" + SECRET + "@proxy:3128", "--proxy"));
        assertFalse(user.getMessage().contains(SECRET), user.getMessage());
        assertTrue(user.getMessage().contains("--proxy holds user info"), user.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProxyAddress.parse("proxy:3128/path", "x"));
        assertThrows(IllegalArgumentException.class, () -> new ProxyAddress("proxy", 0));
    }

    @Test
    void no_proxy_matches_as_curl_does_names_and_subdomains_ip_literals_ranges_and_the_star() {
        NoProxy list = NoProxy.parse(" .internal.example.com, localhost ,10.0.0.0/8, fd00::/8, [::1], 192.168.1.7");
        assertTrue(list.matches("internal.example.com"));
        assertTrue(list.matches("api.internal.example.com"));
        assertTrue(list.matches("API.Internal.Example.COM."));
        assertFalse(list.matches("notinternal.example.com"), "a suffix matches on a dot boundary only");
        assertTrue(list.matches("localhost"));
        assertTrue(list.matches("10.20.30.40"));
        assertFalse(list.matches("11.0.0.1"));
        assertTrue(list.matches("fd12::5"));
        assertTrue(list.matches("[::1]"));
        assertTrue(list.matches("192.168.1.7"));
        assertFalse(list.matches("192.168.1.70"));
        assertFalse(list.matches("10.example.com"), "a name is never resolved to match a range");
        assertTrue(NoProxy.parse("*").matches("anything.example"));
        assertFalse(NoProxy.none().matches("localhost"), "with no list, loopback goes through the proxy too");
    }

    @Test
    void an_explicit_proxy_routes_by_scheme_and_bypasses_the_no_proxy_hosts() {
        ProxySetting.Explicit setting = new ProxySetting.Explicit(new ProxyAddress("secure", 3128),
                new ProxyAddress("plain", 8080), NoProxy.parse("internal.example.com"), "test");
        assertEquals(new ProxyAddress("secure", 3128), setting.proxyFor(URI.create("https://cellengine.com/x")));
        assertEquals(new ProxyAddress("plain", 8080), setting.proxyFor(URI.create("http://127.0.0.1:8080/x")));
        assertNull(setting.proxyFor(URI.create("https://api.internal.example.com/x")));
        assertEquals(List.of(Proxy.NO_PROXY), ProxySetting.direct().selector().select(URI.create("https://a.b/")));
        assertEquals("https via secure:3128, http via plain:8080, bypassed for internal.example.com (test)",
                setting.toString());
    }

    @Test
    void transports_without_network_support_refuse_settings_naming_the_setting_and_the_transport() {
        TransportConfig defaults = TransportConfig.defaults();
        defaults.requireDefaultNetwork("in-memory");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> defaults.withProxy(ProxySetting.of("proxy:3128")).requireDefaultNetwork("in-memory"));
        assertTrue(e.getMessage().startsWith("the transport 'in-memory' cannot honour the proxy setting proxy "
                + "proxy:3128"), e.getMessage());
        IllegalArgumentException credentials = assertThrows(IllegalArgumentException.class,
                () -> defaults.withProxyCredentials(new ProxyCredentials("ada", SECRET.toCharArray()))
                        .requireDefaultNetwork("in-memory"));
        assertTrue(credentials.getMessage().contains("proxy credentials for ada"), credentials.getMessage());
        assertFalse(credentials.getMessage().contains(SECRET));
    }

    @Test
    void secrets_of_network_values_never_appear_in_to_string() {
        char[] secret = SECRET.toCharArray();
        ProxyCredentials credentials = new ProxyCredentials("CORP\\ada", secret);
        secret[0] = 'X';
        assertEquals(SECRET, new String(credentials.password()), "the record keeps its own copy");
        assertEquals("ada", credentials.userWithoutDomain());
        assertEquals("CORP", credentials.domain());
        TransportConfig config = TransportConfig.defaults().withProxyCredentials(credentials)
                .withTls(TlsConfig.defaults()
                        .withTrust(new TrustMaterial.TrustStore(new KeyStoreFile(Path.of("t.p12"), SECRET.toCharArray(), "test")))
                        .withClientCertificate(new KeyStoreFile(Path.of("c.p12"), SECRET.toCharArray(), "t")));
        for (String text : List.of(credentials.toString(), config.toString(), config.describeNetwork(),
                config.tls().toString())) {
            assertFalse(text.contains(SECRET), text);
        }
    }

    @Test
    void tls_files_that_cannot_be_used_are_errors_naming_the_setting_and_file_never_the_password(@TempDir Path dir)
            throws Exception {
        Path missing = dir.resolve("missing.pem");
        IllegalArgumentException notThere = assertThrows(IllegalArgumentException.class, () -> TlsConfig.defaults()
                .withTrust(new TrustMaterial.PemBundle(missing, "environment CELLENGINE_CA_BUNDLE")).sslContext());
        assertEquals("the CA bundle " + missing + " (environment CELLENGINE_CA_BUNDLE) is not a readable file",
                notThere.getMessage());

        Path empty = Files.writeString(dir.resolve("empty.pem"), "# no certificates here\n");
        IllegalArgumentException noCert = assertThrows(IllegalArgumentException.class, () -> TlsConfig.defaults()
                .withTrust(new TrustMaterial.PemBundle(empty, "builder caBundle")).sslContext());
        assertTrue(noCert.getMessage().startsWith("the CA bundle " + empty + " (builder caBundle)"),
                noCert.getMessage());

        Path store = dir.resolve("client.p12");
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(null, null);
        try (OutputStream out = Files.newOutputStream(store)) {
            keyStore.store(out, SECRET.toCharArray());
        }
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class, () -> TlsConfig.defaults()
                .withClientCertificate(new KeyStoreFile(store, "wrong".toCharArray(), "builder")).sslContext());
        assertEquals("the client certificate " + store + " (builder) cannot be opened: the password is wrong",
                wrong.getMessage());
        IllegalArgumentException noKey = assertThrows(IllegalArgumentException.class, () -> TlsConfig.defaults()
                .withClientCertificate(new KeyStoreFile(store, SECRET.toCharArray(), "builder")).sslContext());
        assertTrue(noKey.getMessage().contains("holds no private key"), noKey.getMessage());
        assertFalse(noKey.getMessage().contains(SECRET));

        IllegalArgumentException protocol = assertThrows(IllegalArgumentException.class, () -> TlsConfig.defaults()
                .withProtocols(List.of("TLSv0.9")).sslParameters(javax.net.ssl.SSLContext.getDefault()));
        assertTrue(protocol.getMessage().startsWith("TLS protocol 'TLSv0.9' is not supported by this JVM"));
        assertThrows(IllegalArgumentException.class, () -> new TlsConfig(new TrustMaterial.Context(
                javax.net.ssl.SSLContext.getDefault(), "builder sslContext"),
                Optional.of(new KeyStoreFile(store, SECRET.toCharArray(), "env")), List.of()));
    }
}
