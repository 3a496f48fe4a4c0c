package cellengine.api.internal.http;

import java.net.URI;
import java.util.Locale;

/** Decides whether an origin may carry credentials without TLS. */
public final class Origins {

    private Origins() {
    }

    /**
     * {@return whether the origin is https, or http on a loopback host} Host names are not resolved: only
     * {@code localhost}, literal {@code 127.0.0.0/8} addresses and {@code [::1]} count as loopback, so a DNS answer
     * cannot turn a remote host into a "local" one.
     *
     * @param origin a normalised origin such as {@code https://cellengine.com}
     */
    public static boolean secureOrLoopback(String origin) {
        URI uri = URI.create(origin);
        if ("https".equalsIgnoreCase(uri.getScheme())) {
            return true;
        }
        return isLoopback(uri.getHost());
    }

    /**
     * {@return whether the host is a loopback name or literal address}
     *
     * @param host a host as in a URI, IPv6 literals in brackets
     */
    public static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("[::1]") || h.equals("::1")
                || h.equals("[0:0:0:0:0:0:0:1]")) {
            return true;
        }
        return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }
}
