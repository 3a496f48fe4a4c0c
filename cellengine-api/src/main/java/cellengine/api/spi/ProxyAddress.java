package cellengine.api.spi;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an HTTP proxy listens: a host name or IP literal and a port. Only plain {@code http://} proxies are
 * supported (a TLS connection to the server is tunnelled through them with {@code CONNECT}).
 *
 * @param host the host name or IP literal, without brackets
 * @param port the port, 1 to 65535
 * @since 0.1
 */
public record ProxyAddress(String host, int port) {

    /**
     * Checks the address.
     *
     * @param host the host, not blank
     * @param port 1 to 65535
     * @throws IllegalArgumentException when the host is blank or the port out of range
     */
    public ProxyAddress {
        Objects.requireNonNull(host, "host");
        if (host.isBlank() || host.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a proxy host must not be blank or contain spaces, was '" + host
                    + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("a proxy port must be within 1..65535, was " + port);
        }
    }

    /**
     * Reads {@code host:port} or {@code http://host:port} (a trailing slash is allowed; an IPv6 literal is written
     * in brackets). Without a port, 1080 is assumed, as curl does.
     *
     * @param text the proxy as written
     * @param setting the name of the setting it came from, used in error messages (such as {@code --proxy})
     * @return the address
     * @throws IllegalArgumentException naming the setting when the text is not such a proxy: another scheme
     *         ({@code https://}, {@code socks5://}), user info (give credentials separately), or a path
     */
    public static ProxyAddress parse(String text, String setting) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(setting, "setting");
        String trimmed = text.strip();
        String withScheme = trimmed.contains("://") ? trimmed : "http://" + trimmed;
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(setting + " is not a proxy such as proxy.example.com:3128 or "
                    + "http://proxy.example.com:3128: " + e.getReason(), e);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http")) {
            throw new IllegalArgumentException(setting + " uses the scheme " + scheme + "://, but only http:// "
                    + "proxies are supported (HTTPS to the server is tunnelled through them with CONNECT)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(setting + " holds user info; give proxy credentials separately "
                    + "(proxyCredentials(...) on the builder, or CELLENGINE_PROXY_USERNAME and "
                    + "CELLENGINE_PROXY_PASSWORD)");
        }
        String host = uri.getHost();
        if (host == null) {
            throw new IllegalArgumentException(setting + " is not a proxy such as proxy.example.com:3128 (no host "
                    + "in '" + trimmed + "')");
        }
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty() && !path.equals("/") || uri.getRawQuery() != null) {
            throw new IllegalArgumentException(setting + " must be a proxy's host and port, without a path or "
                    + "query, was '" + trimmed + "'");
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new ProxyAddress(host, uri.getPort() == -1 ? 1080 : uri.getPort());
    }

    /** {@return {@code host:port}, with an IPv6 literal in brackets} */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
