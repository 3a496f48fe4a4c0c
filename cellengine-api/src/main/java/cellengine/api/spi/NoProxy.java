package cellengine.api.spi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The hosts reached without the proxy, read as curl reads {@code NO_PROXY}: a comma-separated list in which
 * {@code *} alone matches every host; a name matches itself and every name below it ({@code example.com} and
 * {@code .example.com} both match {@code api.example.com}); an IP literal matches itself; and an address with a
 * prefix length ({@code 10.0.0.0/8}, {@code fd00::/8}) matches the addresses in that range. Ports are not part of
 * the match. Matching ignores case and never asks DNS.
 *
 * @param entries the entries, lower case, without the leading dot
 * @since 0.1
 */
public record NoProxy(List<String> entries) {

    private static final NoProxy NONE = new NoProxy(List.of());

    /**
     * Copies the entries.
     *
     * @param entries the entries
     */
    public NoProxy {
        entries = List.copyOf(entries);
    }

    /** {@return the empty list: every host goes through the proxy} */
    public static NoProxy none() {
        return NONE;
    }

    /**
     * {@return the list read from text such as {@code localhost,.internal.example.com,10.0.0.0/8}}
     *
     * @param text comma-separated entries; blank entries are skipped
     */
    public static NoProxy parse(String text) {
        Objects.requireNonNull(text, "text");
        List<String> result = new ArrayList<>();
        for (String raw : text.split(",")) {
            String entry = raw.strip().toLowerCase(Locale.ROOT);
            if (entry.startsWith("[") && entry.contains("]")) {
                entry = entry.substring(1, entry.indexOf(']')) + entry.substring(entry.indexOf(']') + 1);
            }
            while (entry.startsWith(".")) {
                entry = entry.substring(1);
            }
            if (!entry.isEmpty()) {
                result.add(entry);
            }
        }
        return new NoProxy(result);
    }

    /**
     * {@return whether the host is reached directly}
     *
     * @param host a host name or IP literal (IPv6 with or without brackets)
     */
    public boolean matches(String host) {
        Objects.requireNonNull(host, "host");
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String entry : entries) {
            if (entry.equals("*") || entry.equals(h) || h.endsWith("." + entry) || inRange(h, entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inRange(String host, String entry) {
        int slash = entry.indexOf('/');
        if (slash < 0 || !isIpLiteral(host) || !isIpLiteral(entry.substring(0, slash))) {
            return false;
        }
        try {
            byte[] address = InetAddress.getByName(host).getAddress();
            byte[] network = InetAddress.getByName(entry.substring(0, slash)).getAddress();
            int bits = Integer.parseInt(entry.substring(slash + 1));
            if (address.length != network.length || bits < 0 || bits > address.length * 8) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((address[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    /** Only literals reach InetAddress.getByName, so no name is ever looked up. */
    private static boolean isIpLiteral(String s) {
        return !s.isEmpty() && (s.indexOf(':') >= 0 ? s.chars().allMatch(c -> Character.digit(c, 16) >= 0
                || c == ':' || c == '.') : s.chars().allMatch(c -> c >= '0' && c <= '9' || c == '.')
                && s.chars().filter(c -> c == '.').count() == 3);
    }

    @Override
    public String toString() {
        return entries.isEmpty() ? "none" : String.join(",", entries);
    }
}
