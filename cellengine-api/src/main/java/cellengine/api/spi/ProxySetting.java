package cellengine.api.spi;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which proxy, if any, a transport uses to reach the server. Every transport honours all three variants through
 * {@link #selector()}, or refuses the setting when it is created, naming it.
 *
 * <ul>
 *   <li>{@link Direct}: no proxy, whatever the JVM or the environment say.</li>
 *   <li>{@link Jvm}: the JVM's own {@link ProxySelector#getDefault()}, as configured by {@code -Dhttps.proxyHost},
 *       {@code -Dhttp.proxyHost}, {@code -Djava.net.useSystemProxies} or {@link ProxySelector#setDefault}. This is
 *       the default: with nothing set the JVM connects directly.</li>
 *   <li>{@link Explicit}: a proxy for {@code https} URLs and/or one for {@code http} URLs, and a {@link NoProxy}
 *       list of hosts reached directly (from the builder, the CLI's {@code --proxy}, or {@code HTTPS_PROXY},
 *       {@code http_proxy} and {@code NO_PROXY}).</li>
 * </ul>
 *
 * <p>Every variant names its {@link #source()}, such as {@code "builder"} or {@code "environment HTTPS_PROXY"},
 * so that {@link Transports#describe()} and error messages can say where a proxy came from.
 *
 * @since 0.1
 */
public sealed interface ProxySetting permits ProxySetting.Direct, ProxySetting.Jvm, ProxySetting.Explicit {

    /** {@return where this setting came from, such as {@code builder} or {@code environment HTTPS_PROXY}} */
    String source();

    /**
     * {@return the proxies to try for a URI, as a selector that transports built on {@link ProxySelector} use
     * directly}; {@link Jvm} answers {@link ProxySelector#getDefault()} as it is when called
     */
    ProxySelector selector();

    /**
     * {@return the proxy for this URI, or {@code null} when it is reached directly}
     *
     * @param uri an absolute http or https URI
     */
    default ProxyAddress proxyFor(URI uri) {
        Objects.requireNonNull(uri, "uri");
        for (Proxy proxy : selector().select(uri)) {
            if (proxy.type() == Proxy.Type.HTTP && proxy.address() instanceof InetSocketAddress) {
                InetSocketAddress a = (InetSocketAddress) proxy.address();
                return new ProxyAddress(a.getHostString(), a.getPort());
            }
        }
        return null;
    }

    /** {@return no proxy at all} */
    static ProxySetting direct() {
        return new Direct("builder");
    }

    /** {@return the JVM's default proxy selector, as configured by system properties} */
    static ProxySetting jvm() {
        return new Jvm("builder");
    }

    /**
     * {@return one proxy for both {@code http} and {@code https} URLs, with no host bypassing it}
     *
     * @param hostAndPort such as {@code proxy.example.com:3128} or {@code http://proxy.example.com:3128}
     * @throws IllegalArgumentException when the text is not an http proxy (see {@link ProxyAddress#parse})
     */
    static ProxySetting of(String hostAndPort) {
        ProxyAddress address = ProxyAddress.parse(hostAndPort, "proxy");
        return new Explicit(address, address, NoProxy.none(), "builder");
    }

    /**
     * No proxy.
     *
     * @param source where the setting came from
     */
    record Direct(String source) implements ProxySetting {
        private static final ProxySelector NONE = new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(Proxy.NO_PROXY);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        };

        /**
         * Checks the source.
         *
         * @param source where the setting came from
         */
        public Direct {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public ProxySelector selector() {
            return NONE;
        }

        @Override
        public String toString() {
            return "no proxy (" + source + ")";
        }
    }

    /**
     * The JVM's default proxy selector.
     *
     * @param source where the setting came from, such as {@code system property https.proxyHost}
     */
    record Jvm(String source) implements ProxySetting {
        /**
         * Checks the source.
         *
         * @param source where the setting came from
         */
        public Jvm {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public ProxySelector selector() {
            ProxySelector selector = ProxySelector.getDefault();
            return selector != null ? selector : Direct.NONE;
        }

        @Override
        public String toString() {
            return "the JVM's proxy selector (" + source + ")";
        }
    }

    /**
     * Named proxies.
     *
     * @param https the proxy for {@code https} URLs, or {@code null} to reach them directly
     * @param http the proxy for {@code http} URLs, or {@code null} to reach them directly
     * @param bypass the hosts reached directly
     * @param source where the setting came from
     */
    record Explicit(ProxyAddress https, ProxyAddress http, NoProxy bypass, String source) implements ProxySetting {

        /**
         * Checks the setting.
         *
         * @param https the proxy for https URLs, or {@code null}
         * @param http the proxy for http URLs, or {@code null}
         * @param bypass the hosts reached directly
         * @param source where it came from
         * @throws IllegalArgumentException when neither proxy is given
         */
        public Explicit {
            Objects.requireNonNull(bypass, "bypass");
            Objects.requireNonNull(source, "source");
            if (https == null && http == null) {
                throw new IllegalArgumentException("an explicit proxy setting needs a proxy for https or http URLs");
            }
        }

        /**
         * {@return a copy in which these hosts bypass the proxy}
         *
         * @param noProxy the list, read as {@link NoProxy#parse} reads it
         */
        public Explicit bypassing(String noProxy) {
            return new Explicit(https, http, NoProxy.parse(noProxy), source);
        }

        @Override
        public ProxySelector selector() {
            return new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    ProxyAddress proxy = uri.getScheme() != null
                            && uri.getScheme().toLowerCase(Locale.ROOT).equals("http") ? http : https;
                    if (proxy == null || uri.getHost() == null || bypass.matches(uri.getHost())) {
                        return List.of(Proxy.NO_PROXY);
                    }
                    return List.of(new Proxy(Proxy.Type.HTTP,
                            InetSocketAddress.createUnresolved(proxy.host(), proxy.port())));
                }

                @Override
                public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                }

                @Override
                public String toString() {
                    return Explicit.this.toString();
                }
            };
        }

        @Override
        public String toString() {
            String proxies = https != null && https.equals(http) ? "proxy " + https
                    : (https == null ? "" : "https via " + https) + (https != null && http != null ? ", " : "")
                    + (http == null ? "" : "http via " + http);
            return proxies + (bypass.entries().isEmpty() ? "" : ", bypassed for " + bypass) + " (" + source + ")";
        }
    }
}
