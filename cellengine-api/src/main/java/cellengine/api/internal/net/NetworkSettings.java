package cellengine.api.internal.net;

import cellengine.api.spi.KeyStoreFile;
import cellengine.api.spi.NoProxy;
import cellengine.api.spi.ProxyAddress;
import cellengine.api.spi.ProxyCredentials;
import cellengine.api.spi.ProxySetting;
import cellengine.api.spi.TlsConfig;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TrustMaterial;

import java.net.ProxySelector;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Decides the network settings of a transport from what the caller set, the JVM's system properties and the
 * environment, in that order for each setting (docs/restricted-networks.md#precedence). One place, used by
 * {@code CellEngineBuilder}, {@code Transports.describe()} and so the CLI, so that all three agree.
 *
 * <ul>
 *   <li>Proxy: the builder's; else the JVM's selector when a system property configures it
 *       ({@code https.proxyHost}, {@code http.proxyHost}, {@code socksProxyHost},
 *       {@code java.net.useSystemProxies=true}) or the application installed its own default selector; else
 *       {@code https_proxy}/{@code HTTPS_PROXY}, {@code http_proxy}, {@code all_proxy}/{@code ALL_PROXY} and
 *       {@code no_proxy}/{@code NO_PROXY}, read as curl reads them (lower case first; upper-case
 *       {@code HTTP_PROXY} ignored, as curl ignores it); else the JVM's selector, which connects directly.</li>
 *   <li>Proxy credentials: the builder's; else {@code CELLENGINE_PROXY_USERNAME} and
 *       {@code CELLENGINE_PROXY_PASSWORD}; else the user info of the proxy URL in the environment.</li>
 *   <li>Trust: the builder's; else the JVM's when {@code javax.net.ssl.trustStore} is set; else
 *       {@code CELLENGINE_CA_BUNDLE}; else the JVM's.</li>
 *   <li>Client certificate: the builder's; else {@code CELLENGINE_CLIENT_CERT} with
 *       {@code CELLENGINE_CLIENT_CERT_PASSWORD}.</li>
 *   <li>Protocols: the builder's; else the JVM's when {@code jdk.tls.client.protocols} is set; else
 *       {@code CELLENGINE_TLS_PROTOCOLS}.</li>
 * </ul>
 */
public final class NetworkSettings {

    /** The proxy user name variable. */
    public static final String PROXY_USERNAME = "CELLENGINE_PROXY_USERNAME";
    /** The proxy password variable. */
    public static final String PROXY_PASSWORD = "CELLENGINE_PROXY_PASSWORD";
    /** The PEM CA bundle variable. */
    public static final String CA_BUNDLE = "CELLENGINE_CA_BUNDLE";
    /** The client certificate (PKCS12) variable. */
    public static final String CLIENT_CERT = "CELLENGINE_CLIENT_CERT";
    /** The client certificate's password variable. */
    public static final String CLIENT_CERT_PASSWORD = "CELLENGINE_CLIENT_CERT_PASSWORD";
    /** The allowed TLS protocols variable, comma-separated. */
    public static final String TLS_PROTOCOLS = "CELLENGINE_TLS_PROTOCOLS";

    private static final List<String> PROXY_PROPERTIES = List.of("https.proxyHost", "http.proxyHost",
            "socksProxyHost");

    private NetworkSettings() {
    }

    /**
     * What the caller set explicitly; each {@code null} when not set.
     *
     * @param proxy the proxy setting
     * @param credentials the proxy credentials
     * @param trust the trust material
     * @param clientCertificate the client certificate
     * @param protocols the allowed protocols
     */
    public record Requested(ProxySetting proxy, ProxyCredentials credentials, TrustMaterial trust,
                            KeyStoreFile clientCertificate, List<String> protocols) {

        /** Nothing set. */
        public static final Requested NOTHING = new Requested(null, null, null, null, null);

        /** {@return whether anything was set} */
        public boolean any() {
            return proxy != null || credentials != null || trust != null || clientCertificate != null
                    || protocols != null;
        }

        /** {@return the first setting given, named for a message} */
        public String first() {
            return proxy != null ? "proxy" : credentials != null ? "proxyCredentials" : trust != null
                    ? "caBundle/trustStore/sslContext" : clientCertificate != null ? "clientCertificate"
                    : "tlsProtocols";
        }
    }

    /**
     * The decided settings.
     *
     * @param proxy the proxy
     * @param credentials the proxy credentials
     * @param tls the TLS settings
     * @param notes what was set but not used, and why
     */
    public record Resolved(ProxySetting proxy, Optional<ProxyCredentials> credentials, TlsConfig tls,
                           List<String> notes) {

        /**
         * {@return the base settings with these network settings}
         *
         * @param base timeouts and protocol version
         */
        public TransportConfig applyTo(TransportConfig base) {
            return base.withProxy(proxy).withProxyCredentials(credentials.orElse(null)).withTls(tls);
        }

        /** {@return a few lines for {@code Transports.describe()}; no password} */
        public String describe() {
            StringBuilder sb = new StringBuilder("Network: proxy: ").append(proxy)
                    .append(credentials.map(c -> ", as user " + c.username() + " (password <redacted>)").orElse(""))
                    .append("\nTLS: trust ").append(tls.trust());
            tls.clientCertificate().ifPresent(c -> sb.append(", client certificate ").append(c));
            sb.append(", protocols ").append(tls.protocols().isEmpty() ? "the JVM's"
                    : String.join(",", tls.protocols()));
            for (String note : notes) {
                sb.append("\nNote: ").append(note);
            }
            return sb.toString();
        }
    }

    /**
     * {@return the settings from the real system properties and environment}
     *
     * @param requested what the caller set
     */
    public static Resolved resolve(Requested requested) {
        return resolve(requested, System::getProperty, System.getenv());
    }

    /**
     * Decides every setting.
     *
     * @param requested what the caller set
     * @param properties system property lookup
     * @param environment the environment variables
     * @return the settings and notes
     * @throws IllegalArgumentException naming the variable when an environment value is malformed
     * @throws IllegalStateException when a user name is set without a password, or the reverse
     */
    public static Resolved resolve(Requested requested, UnaryOperator<String> properties,
                                   Map<String, String> environment) {
        List<String> notes = new ArrayList<>();
        Env env = new Env(environment);
        EnvProxy envProxy = null;
        ProxySetting proxy;
        if (requested.proxy() != null) {
            proxy = requested.proxy();
        } else {
            String property = jvmProxyProperty(properties);
            if (property != null) {
                proxy = new ProxySetting.Jvm(property);
            } else {
                envProxy = envProxy(env, notes);
                proxy = envProxy != null ? envProxy.setting() : new ProxySetting.Jvm("default");
            }
        }
        if (requested.proxy() != null || envProxy == null) {
            for (String name : List.of("https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY")) {
                if (env.get(name) != null) {
                    notes.add(name + " is set but not used: " + proxy);
                    break;
                }
            }
        }
        Optional<ProxyCredentials> credentials = credentials(requested, env, envProxy);
        TlsConfig tls = tls(requested, properties, env, notes);
        return new Resolved(proxy, credentials, tls, List.copyOf(notes));
    }

    private static String jvmProxyProperty(UnaryOperator<String> properties) {
        for (String name : PROXY_PROPERTIES) {
            String value = properties.apply(name);
            if (value != null && !value.isBlank()) {
                return "system property " + name;
            }
        }
        if ("true".equalsIgnoreCase(properties.apply("java.net.useSystemProxies"))) {
            return "system property java.net.useSystemProxies";
        }
        ProxySelector selector = ProxySelector.getDefault();
        if (selector != null && !selector.getClass().getName().equals("sun.net.spi.DefaultProxySelector")) {
            return "ProxySelector.setDefault(" + selector.getClass().getName() + ")";
        }
        return null;
    }

    /** A proxy from the environment, with the credentials its URL held. */
    private record EnvProxy(ProxySetting setting, ProxyCredentials credentials) {
    }

    private static EnvProxy envProxy(Env env, List<String> notes) {
        if (env.raw("HTTP_PROXY") != null && env.raw("http_proxy") == null) {
            notes.add("HTTP_PROXY is ignored, as curl ignores it (a CGI server sets it from a request header); "
                    + "use http_proxy");
        }
        Named https = env.first("https_proxy", "HTTPS_PROXY");
        Named http = env.first("http_proxy");
        Named all = env.first("all_proxy", "ALL_PROXY");
        if (https == null) {
            https = all;
        }
        if (http == null) {
            http = all;
        }
        if (https == null && http == null) {
            return null;
        }
        Parsed forHttps = https == null ? null : parse(https);
        Parsed forHttp = http == null ? null : parse(http);
        Named noProxy = env.first("no_proxy", "NO_PROXY");
        NoProxy bypass = noProxy == null ? NoProxy.none() : NoProxy.parse(noProxy.value());
        String source = "environment " + (https != null ? https.name() : http.name())
                + (http != null && https != null && !http.name().equals(https.name()) ? " and " + http.name() : "")
                + (noProxy == null ? "" : ", " + noProxy.name());
        ProxyCredentials credentials = forHttps != null && forHttps.credentials() != null ? forHttps.credentials()
                : forHttp != null ? forHttp.credentials() : null;
        return new EnvProxy(new ProxySetting.Explicit(forHttps == null ? null : forHttps.address(),
                forHttp == null ? null : forHttp.address(), bypass, source), credentials);
    }

    /** An address and the credentials of its URL's user info. */
    private record Parsed(ProxyAddress address, ProxyCredentials credentials) {
    }

    private static Parsed parse(Named variable) {
        String text = variable.value();
        String withScheme = text.contains("://") ? text : "http://" + text;
        String userInfo;
        try {
            userInfo = new URI(withScheme).getRawUserInfo();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(variable.name() + " is not a proxy URL such as "
                    + "http://proxy.example.com:3128: " + e.getReason(), e);
        }
        if (userInfo == null) {
            return new Parsed(ProxyAddress.parse(text, variable.name()), null);
        }
        String withoutUser = withScheme.replace(userInfo + "@", "");
        ProxyAddress address = ProxyAddress.parse(withoutUser, variable.name());
        int colon = userInfo.indexOf(':');
        String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
        char[] password = decode(colon < 0 ? "" : userInfo.substring(colon + 1)).toCharArray();
        try {
            return new Parsed(address, user.isBlank() ? null : new ProxyCredentials(user, password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Optional<ProxyCredentials> credentials(Requested requested, Env env, EnvProxy envProxy) {
        if (requested.credentials() != null) {
            return Optional.of(requested.credentials());
        }
        String user = env.get(PROXY_USERNAME);
        String password = env.raw(PROXY_PASSWORD);
        if (user != null) {
            if (password == null || password.isEmpty()) {
                throw new IllegalStateException(PROXY_USERNAME + " is set but " + PROXY_PASSWORD + " is not");
            }
            char[] secret = password.toCharArray();
            try {
                return Optional.of(new ProxyCredentials(user, secret));
            } finally {
                Arrays.fill(secret, '\0');
            }
        }
        if (password != null && !password.isEmpty()) {
            throw new IllegalStateException(PROXY_PASSWORD + " is set but " + PROXY_USERNAME + " is not");
        }
        return Optional.ofNullable(envProxy == null ? null : envProxy.credentials());
    }

    private static TlsConfig tls(Requested requested, UnaryOperator<String> properties, Env env,
                                 List<String> notes) {
        TrustMaterial trust;
        if (requested.trust() != null) {
            trust = requested.trust();
            noteUnused(env, CA_BUNDLE, "the builder's trust setting", notes);
        } else if (nonBlank(properties.apply("javax.net.ssl.trustStore"))) {
            trust = new TrustMaterial.JvmDefault("system property javax.net.ssl.trustStore");
            noteUnused(env, CA_BUNDLE, "system property javax.net.ssl.trustStore", notes);
        } else if (env.get(CA_BUNDLE) != null) {
            trust = new TrustMaterial.PemBundle(Path.of(env.get(CA_BUNDLE)), "environment " + CA_BUNDLE);
        } else {
            trust = new TrustMaterial.JvmDefault("default");
        }
        KeyStoreFile client = null;
        if (requested.clientCertificate() != null) {
            client = requested.clientCertificate();
            noteUnused(env, CLIENT_CERT, "the builder's client certificate", notes);
        } else if (env.get(CLIENT_CERT) != null) {
            if (trust instanceof TrustMaterial.Context) {
                noteUnused(env, CLIENT_CERT, "the builder's SSLContext, which holds its own keys", notes);
            } else {
                String password = env.raw(CLIENT_CERT_PASSWORD);
                char[] secret = password == null ? new char[0] : password.toCharArray();
                try {
                    client = new KeyStoreFile(Path.of(env.get(CLIENT_CERT)), secret,
                            "environment " + CLIENT_CERT);
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }
        }
        List<String> protocols = List.of();
        if (requested.protocols() != null) {
            protocols = requested.protocols();
        } else if (nonBlank(properties.apply("jdk.tls.client.protocols"))) {
            noteUnused(env, TLS_PROTOCOLS, "system property jdk.tls.client.protocols", notes);
        } else if (env.get(TLS_PROTOCOLS) != null) {
            protocols = new ArrayList<>();
            for (String p : env.get(TLS_PROTOCOLS).split(",")) {
                if (!p.isBlank()) {
                    protocols.add(p.strip());
                }
            }
        }
        return new TlsConfig(trust, Optional.ofNullable(client), protocols);
    }

    private static void noteUnused(Env env, String name, String winner, List<String> notes) {
        if (env.get(name) != null) {
            notes.add(name + " is set but not used: " + winner + " takes precedence");
        }
    }

    private static boolean nonBlank(String s) {
        return s != null && !s.isBlank();
    }

    /** A variable's name and value. */
    private record Named(String name, String value) {
    }

    /** Environment lookups: blank values count as unset. */
    private static final class Env {
        private final Map<String, String> map;

        Env(Map<String, String> map) {
            this.map = map;
        }

        String raw(String name) {
            return map.get(name);
        }

        String get(String name) {
            String v = map.get(name);
            return v == null || v.isBlank() ? null : v.strip();
        }

        Named first(String... names) {
            for (String name : names) {
                if (get(name) != null) {
                    return new Named(name, get(name));
                }
            }
            return null;
        }
    }
}
