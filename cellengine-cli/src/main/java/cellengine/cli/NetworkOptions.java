package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import cellengine.api.spi.NoProxy;
import cellengine.api.spi.ProxyAddress;
import cellengine.api.spi.ProxySetting;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * How to reach the server through a restricted network: proxy, proxy user, CA bundle, client certificate and
 * transport. Each setting comes from the first of its flag, the profile, the JVM's system properties and the
 * environment ({@code HTTPS_PROXY}, {@code NO_PROXY}, {@code CELLENGINE_PROXY_USERNAME}, {@code CELLENGINE_CA_BUNDLE},
 * {@code CELLENGINE_CLIENT_CERT}, ...), the same reading as the SDK's (docs/restricted-networks.md). Passwords never
 * come from a flag or a profile: {@code CELLENGINE_PROXY_PASSWORD} and {@code CELLENGINE_CLIENT_CERT_PASSWORD}, or a
 * prompt.
 */
final class NetworkOptions {

    /** The variables that say which server and account to use; the SDK must not read them a second time. */
    private static final List<String> ACCOUNT_VARIABLES = List.of("CELLENGINE_BASE_URL", "CELLENGINE_AUTH_TOKEN",
            "CELLENGINE_USERNAME", "CELLENGINE_PASSWORD");

    @Option(names = "--proxy", paramLabel = "HOST:PORT",
            description = {"HTTP proxy for every request (http://HOST:PORT also works); 'none' for no proxy,",
                    "'system' for the JVM's (-Dhttps.proxyHost). Default: HTTPS_PROXY / http_proxy as curl reads them."})
    String proxy;

    @Option(names = "--no-proxy", paramLabel = "HOSTS",
            description = "With --proxy: hosts reached directly, as NO_PROXY (localhost,.internal.example.com,10.0.0.0/8).")
    String noProxy;

    @Option(names = "--proxy-user", paramLabel = "USER",
            description = "Proxy user (DOMAIN\\user for NTLM); the password comes from CELLENGINE_PROXY_PASSWORD or a prompt.")
    String proxyUser;

    @Option(names = "--ca-bundle", paramLabel = "PEM",
            description = "Trust the CA certificates of this PEM file instead of the JVM's (as CELLENGINE_CA_BUNDLE).")
    Path caBundle;

    @Option(names = "--client-cert", paramLabel = "PKCS12",
            description = {"Present this client certificate (mutual TLS); its password comes from",
                    "CELLENGINE_CLIENT_CERT_PASSWORD or a prompt."})
    Path clientCert;

    @Option(names = "--transport", paramLabel = "NAME",
            description = "The transport to use: jdk (default) or apache (NTLM, Digest and SPNEGO proxies).")
    String transport;

    /** Copies the flags into a profile's network settings, for {@code configure}. */
    Profile.Network toProfile() {
        return new Profile.Network(proxy, noProxy, proxyUser, caBundle == null ? null : caBundle.toString(),
                clientCert == null ? null : clientCert.toString(), transport);
    }

    /**
     * Applies the flags, else the profile's settings, to the builder, and lets the SDK read the rest from the
     * environment.
     *
     * @param builder the client builder
     * @param profile the profile's network settings
     * @param context the environment and the prompt
     * @throws CliException (usage) when a value is malformed, (auth) when a password is needed and none is given
     */
    void apply(CellEngineBuilder builder, Profile.Network profile, CliContext context) {
        Map<String, String> env = context.environment();
        Map<String, String> network = new HashMap<>(env);
        ACCOUNT_VARIABLES.forEach(network::remove);
        builder.environment(network);
        String proxyValue = first(proxy, profile.proxy());
        String proxySource = proxy != null ? "--proxy" : "profile proxy";
        try {
            if (proxyValue != null) {
                builder.proxy(proxySetting(proxyValue, first(noProxy, profile.noProxy()), proxySource));
            }
            String user = first(proxyUser, profile.proxyUser());
            if (user != null) {
                char[] password = secret(context, "CELLENGINE_PROXY_PASSWORD", "Proxy password for " + user + ": ",
                        "a proxy password is needed for " + user);
                try {
                    builder.proxyCredentials(user, password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
            String bundle = caBundle != null ? caBundle.toString() : profile.caBundle();
            if (bundle != null) {
                builder.caBundle(Path.of(bundle));
            }
            String cert = clientCert != null ? clientCert.toString() : profile.clientCert();
            if (cert != null) {
                char[] password = secret(context, "CELLENGINE_CLIENT_CERT_PASSWORD", "Password of " + cert + ": ",
                        "a password is needed for the client certificate " + cert);
                try {
                    builder.clientCertificate(Path.of(cert), password);
                } finally {
                    Arrays.fill(password, '\0');
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.USAGE, e.getMessage());
        }
        String name = first(transport, profile.transport());
        if (name != null) {
            builder.transportName(name);
        }
    }

    private static ProxySetting proxySetting(String value, String bypass, String source) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "none":
            case "direct":
                return new ProxySetting.Direct(source);
            case "system":
            case "jvm":
                return new ProxySetting.Jvm(source);
            default:
                ProxyAddress address = ProxyAddress.parse(value, source);
                return new ProxySetting.Explicit(address, address, bypass == null ? NoProxy.none()
                        : NoProxy.parse(bypass), source);
        }
    }

    private static char[] secret(CliContext context, String variable, String prompt, String missing) {
        String fromEnv = context.environment().get(variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return fromEnv.toCharArray();
        }
        char[] typed = context.secrets().read(prompt);
        if (typed == null) {
            throw new CliException(ExitCodes.AUTH, missing + ": set " + variable + ", or run on a terminal to be "
                    + "asked for it");
        }
        return typed;
    }

    private static String first(String flag, String profile) {
        return flag != null && !flag.isBlank() ? flag.strip() : profile;
    }
}
