package cellengine.tck.net;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import cellengine.api.ProxyException;
import cellengine.api.RetryPolicy;
import cellengine.api.TlsException;
import cellengine.api.TransportException;
import cellengine.api.model.Experiment;
import cellengine.api.spi.ProxySetting;
import cellengine.fakeserver.FakeCellEngine;
import cellengine.fakeserver.TestPki;
import cellengine.tck.Rule;
import cellengine.tck.RuleDisplayNames;
import cellengine.tck.RuleGroup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.TestInstance;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The network rules every production transport passes, end to end through the SDK: through an authenticating
 * proxy (the in-process Jetty proxy, and Debian's Squid when {@code .ci/run} started it), to the fake server over
 * HTTPS with a private CA, with mutual TLS, past {@code NO_PROXY}, with an interceptor's header, and a large transfer
 * through the proxy in a child JVM with a small heap. Subclass it and name the transport.
 *
 * <p>Rule ids start with {@code NET-}; see RULES.md. Subclass it per transport. The JDK transport needs
 * {@code -Djdk.http.auth.tunneling.disabledSchemes=} for Basic proxy authentication over HTTPS
 * (docs/restricted-networks.md), which the kit's own test JVM sets.
 *
 * @since 0.1
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(RuleDisplayNames.class)
@RuleGroup(reference = "docs/restricted-networks.md")
public abstract class NetworkVerification {

    private static final String USER = "net-user";
    private static final String PASSWORD = "pw-SECRET-net-rules-3b";
    /** The size of the NET-STREAM-1 transfer: three times the child's heap. */
    private static final long STREAM_BYTES = 192L * 1024 * 1024;

    private FakeCellEngine https;
    private FakeCellEngine mutual;
    private FakeCellEngine http;
    private TestProxy jetty;
    private final List<ProxyUnderTest> proxies = new ArrayList<>();

    /** Creates the rules; a subclass names the transport. */
    protected NetworkVerification() {
    }

    /** {@return the provider name of the transport under test, such as {@code jdk}} */
    protected abstract String transport();

    /** Starts the servers and the proxy. */
    @BeforeAll
    public void start() {
        https = FakeCellEngine.start(c -> c.tls = true);
        mutual = FakeCellEngine.start(c -> {
            c.tls = true;
            c.requireClientCertificate = true;
        });
        http = FakeCellEngine.start();
        jetty = TestProxy.withBasicAuth(USER, PASSWORD.toCharArray());
        proxies.add(ProxyUnderTest.of(jetty, USER, PASSWORD));
        ProxyUnderTest.squid(System.getenv()).ifPresent(proxies::add);
    }

    /** Stops them. */
    @AfterAll
    public void stop() {
        for (AutoCloseable c : new AutoCloseable[] {jetty, https, mutual, http}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static TestPki pki() {
        return TestPki.shared();
    }

    private CellEngineBuilder client(FakeCellEngine server) {
        return CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).transportName(transport())
                .retryPolicy(RetryPolicy.none());
    }

    private static String hostPort(FakeCellEngine server) {
        return server.baseUrl().substring(server.baseUrl().indexOf("://") + 3);
    }

    /**
     * Rule {@code NET-PROXY-1}: through an authenticating proxy with the right credentials, calls succeed, over HTTPS
     * (a tunnel) and plain HTTP, and the proxy logs the user.
     */
    @Rule(id = "NET-PROXY-1",
            statement = "through an authenticating proxy with the right credentials, HTTPS and HTTP calls succeed as "
                    + "that user",
            reference = "docs/restricted-networks.md#a-corporate-proxy",
            check = "proxy selection and the proxy authenticator; for jdk, -Djdk.http.auth.tunneling.disabledSchemes=")
    public void required_netProxy1_rightCredentials() {
        for (ProxyUnderTest proxy : proxies) {
            try (CellEngine client = client(https).caBundle(pki().caBundle()).proxy(proxy.address())
                    .proxyCredentials(proxy.user(), proxy.password().toCharArray()).build()) {
                Experiment created = client.postExperiment("Through " + proxy.name());
                assertEquals(created.id(), client.getExperiment(created.id()).id());
            }
            int mark = proxy.mark();
            try (CellEngine client = client(http).proxy(proxy.address())
                    .proxyCredentials(proxy.user(), proxy.password().toCharArray()).build()) {
                client.getExperiments();
            }
            assertTrue(proxy.passed(mark, hostPort(http), proxy.user()), () -> "the call did not pass " + proxy
                    + " as " + proxy.user() + ": " + proxy.since(mark, hostPort(http)));
        }
    }

    /** Rule {@code NET-PROXY-2}: wrong proxy credentials are a ProxyException naming proxy and user, not the password. */
    @Rule(id = "NET-PROXY-2",
            statement = "wrong proxy credentials are a ProxyException naming the proxy and the user, never the "
                    + "password",
            check = "407 handling in the transport (ProxyRefusedException)")
    public void required_netProxy2_wrongCredentials() {
        for (ProxyUnderTest proxy : proxies) {
            try (CellEngine client = client(https).caBundle(pki().caBundle()).proxy(proxy.address())
                    .proxyCredentials(proxy.user(), "not-the-password".toCharArray()).build()) {
                ProxyException e = assertThrows(ProxyException.class, client::getExperiments, proxy::toString);
                assertEquals(407, e.proxyStatus());
                assertEquals(proxy.address(), e.proxy().toString());
                assertTrue(e.getMessage().contains("the proxy " + proxy.address() + " refused the credentials of "
                        + "user '" + proxy.user() + "'"), e.getMessage());
                assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
            }
        }
    }

    /** Rule {@code NET-PROXY-3}: missing proxy credentials are a ProxyException naming the settings to give. */
    @Rule(id = "NET-PROXY-3",
            statement = "missing proxy credentials are a ProxyException naming the proxy and the settings that give "
                    + "them",
            check = "407 handling in the transport (ProxyRefusedException)")
    public void required_netProxy3_missingCredentials() {
        for (ProxyUnderTest proxy : proxies) {
            try (CellEngine client = client(https).caBundle(pki().caBundle()).proxy(proxy.address()).build()) {
                ProxyException e = assertThrows(ProxyException.class, client::getExperiments, proxy::toString);
                assertTrue(e.getMessage().contains("the proxy " + proxy.address() + " asks for proxy "
                        + "authentication"), e.getMessage());
                assertTrue(e.getMessage().contains("CELLENGINE_PROXY_USERNAME"), e.getMessage());
            }
        }
    }

    /**
     * Rule {@code NET-PROXY-4}: a proxy that asks for Digest only: the transport authenticates, or fails naming the
     * transport that can.
     */
    @Rule(id = "NET-PROXY-4",
            statement = "a proxy that asks for Digest only: the transport authenticates, or fails naming the "
                    + "transport that can",
            check = "the transport's proxy auth schemes (needs the Digest Squid of .ci/run)")
    public void required_netProxy4_digestProxy() {
        ProxyUnderTest digest = ProxyUnderTest.squidDigest(System.getenv()).orElse(null);
        Assumptions.assumeTrue(digest != null, "needs Squid with digest_file_auth: .ci/run starts it "
                + "(CELLENGINE_TEST_SQUID_DIGEST)");
        int mark = digest.mark();
        try (CellEngine client = client(http).proxy(digest.address())
                .proxyCredentials(digest.user(), digest.password().toCharArray()).build()) {
            if (answersDigest()) {
                client.getExperiments();
                assertTrue(digest.passed(mark, hostPort(http), digest.user()), () -> digest.since(mark,
                        hostPort(http)).toString());
            } else {
                ProxyException e = assertThrows(ProxyException.class, client::getExperiments);
                assertTrue(e.getMessage().contains("use the apache transport"), e.getMessage());
            }
        }
    }

    /**
     * {@return whether the transport answers a proxy's Digest challenge}
     *
     * @implSpec The default says no (java.net.http answers Basic only); the Apache transport's kit says yes.
     */
    protected boolean answersDigest() {
        return false;
    }

    /** Rule {@code NET-NOPROXY-1}: HTTPS_PROXY and NO_PROXY from the environment route and bypass the proxy. */
    @Rule(id = "NET-NOPROXY-1",
            statement = "HTTPS_PROXY from the environment is used, and NO_PROXY hosts bypass it",
            reference = "docs/restricted-networks.md#from-the-environment",
            check = "ProxySetting.selector() wiring")
    public void required_netNoProxy1_environmentAndBypass() {
        ProxyUnderTest proxy = proxies.get(0);
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HTTPS_PROXY", "http://" + proxy.address());
        env.put("CELLENGINE_PROXY_USERNAME", proxy.user());
        env.put("CELLENGINE_PROXY_PASSWORD", proxy.password());
        int mark = proxy.mark();
        try (CellEngine client = client(https).environment(env).caBundle(pki().caBundle()).build()) {
            client.getExperiments();
        }
        assertTrue(proxy.passed(mark, hostPort(https), proxy.user()), () -> proxy.since(mark, hostPort(https))
                .toString());
        env.put("NO_PROXY", "localhost,127.0.0.1");
        int bypassMark = proxy.mark();
        try (CellEngine client = client(https).environment(env).caBundle(pki().caBundle()).build()) {
            client.getExperiments();
        }
        assertEquals(List.of(), proxy.since(bypassMark, hostPort(https)), "NO_PROXY=127.0.0.1 must bypass the proxy");
        int explicitMark = proxy.mark();
        try (CellEngine client = client(https).caBundle(pki().caBundle())
                .proxy(((ProxySetting.Explicit) ProxySetting.of(proxy.address())).bypassing("127.0.0.0/8"))
                .build()) {
            client.getExperiments();
        }
        assertEquals(List.of(), proxy.since(explicitMark, hostPort(https)), "a bypassed range skips the proxy");
    }

    /** Rule {@code NET-TLS-1}: HTTPS to a server whose private CA is trusted through a PEM bundle works. */
    @Rule(id = "NET-TLS-1",
            statement = "HTTPS to a server whose private CA is trusted through a PEM bundle works",
            reference = "docs/restricted-networks.md#a-private-ca",
            check = "TlsConfig.sslContext() wiring")
    public void required_netTls1_trustedPrivateCa() {
        try (CellEngine client = client(https).caBundle(pki().caBundle()).build()) {
            assertEquals("Trusted", client.postExperiment("Trusted").name());
        }
    }

    /** Rule {@code NET-TLS-2}: an untrusted certificate is a TlsException naming the problem and the setting. */
    @Rule(id = "NET-TLS-2",
            statement = "an untrusted server certificate is a TlsException naming the problem and the setting that "
                    + "fixes it",
            reference = "docs/restricted-networks.md#a-private-ca",
            check = "the transport must report JSSE's SSLHandshakeException unchanged")
    public void required_netTls2_untrustedCertificate() {
        try (CellEngine client = client(https).build()) {
            TlsException e = assertThrows(TlsException.class, client::getExperiments);
            assertEquals(TlsException.Problem.UNTRUSTED_CERTIFICATE, e.problem());
            assertTrue(e.getMessage().contains("the server's certificate is not trusted"), e.getMessage());
            assertTrue(e.getMessage().contains("caBundle(...)") && e.getMessage().contains("CELLENGINE_CA_BUNDLE"),
                    e.getMessage());
        }
    }

    /** Rule {@code NET-MTLS-1}: a server that requires a client certificate answers a client that presents one. */
    @Rule(id = "NET-MTLS-1",
            statement = "a server that requires a client certificate answers a client that presents one",
            reference = "docs/restricted-networks.md#mutual-tls",
            check = "key managers in the transport's SSL context")
    public void required_netMtls1_withClientCertificate() {
        try (CellEngine client = client(mutual).caBundle(pki().caBundle())
                .clientCertificate(pki().clientKeyStore(), pki().password()).build()) {
            assertEquals("Mutual", client.postExperiment("Mutual").name());
        }
    }

    /** Rule {@code NET-MTLS-2}: without a client certificate the call fails with a TransportException, never hangs. */
    @Rule(id = "NET-MTLS-2",
            statement = "without the client certificate the server requires, the call fails with a TransportException",
            reference = "docs/restricted-networks.md#mutual-tls",
            check = "a hang instead of a failure")
    public void required_netMtls2_withoutClientCertificate() {
        try (CellEngine client = client(mutual).caBundle(pki().caBundle()).requestTimeout(Duration.ofSeconds(20))
                .build()) {
            TransportException e = assertThrows(TransportException.class, client::getExperiments);
            if (e instanceof TlsException) {
                assertEquals(TlsException.Problem.CLIENT_CERTIFICATE_REJECTED, ((TlsException) e).problem(),
                        e.getMessage());
                assertTrue(e.getMessage().contains("clientCertificate(...)"), e.getMessage());
            }
        }
    }

    /** Rule {@code NET-GATEWAY-1}: a header an interceptor adds reaches the server, through the proxy too. */
    @Rule(id = "NET-GATEWAY-1",
            statement = "a header an interceptor adds reaches the server, through the proxy too",
            reference = "docs/restricted-networks.md#an-api-gateway-in-front-of-cellengine",
            check = "the interceptor chain")
    public void required_netGateway1_interceptorHeader() {
        String key = "gw-" + transport();
        try (CellEngine client = client(http).proxy(jetty.address())
                .proxyCredentials(USER, PASSWORD.toCharArray())
                .addInterceptor(chain -> chain.proceed(chain.request().withHeaders(chain.request().headers()
                        .toBuilder().set("X-Gateway-Key", key).build()))).build()) {
            client.getExperiments();
        }
        assertTrue(jetty.gatewayKeys().contains(key), () -> "the proxy forwarded " + jetty.gatewayKeys());
    }

    /**
     * Rule {@code NET-STREAM-1}: 192 MiB up and down through the proxy over HTTPS in a JVM with a 64 MiB heap.
     *
     * @throws Exception when the child JVM cannot be run
     */
    @Rule(id = "NET-STREAM-1",
            statement = "192 MiB up and down through the proxy over HTTPS in a JVM with a 64 MiB heap",
            check = "buffering of bodies in the transport or the tunnel")
    public void required_netStream1_constantMemoryThroughProxy() throws Exception {
        String experiment;
        try (CellEngine client = client(https).caBundle(pki().caBundle()).build()) {
            experiment = client.postExperiment("Streaming through the proxy").id();
        }
        int mark = jetty.log().size();
        Map<String, String> out = child(List.of(transport(), https.baseUrl(), https.token(),
                pki().caBundle().toString(), jetty.address(), USER, PASSWORD, experiment,
                Long.toString(STREAM_BYTES)));
        assertEquals(Long.toString(STREAM_BYTES), out.get("uploaded"), out::toString);
        assertEquals(Long.toString(STREAM_BYTES), out.get("downloaded"), out::toString);
        assertEquals(out.get("expected.crc"), out.get("crc"), out::toString);
        assertTrue(Long.parseLong(out.get("maxHeap")) < STREAM_BYTES / 2, out::toString);
        assertTrue(jetty.log().subList(mark, jetty.log().size()).contains("CONNECT " + hostPort(https) + " " + USER),
                () -> jetty.log().toString());
    }

    private static Map<String, String> child(List<String> args) throws IOException, InterruptedException {
        Set<String> classpath = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    classpath.add(entry);
                }
            }
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-Djdk.http.auth.tunneling.disabledSchemes=",
                "-cp", String.join(File.pathSeparator, classpath), ProxyStreamingMain.class.getName()));
        command.addAll(args);
        Path log = Files.createTempFile("cellengine-net-stream", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                    .start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the streaming child did not finish: " + Files.readString(log));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertFalse(output.contains(PASSWORD), output);
            assertEquals(0, process.exitValue(), output);
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    values.put(line.substring(0, eq), line.substring(eq + 1).strip());
                }
            }
            return values;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
