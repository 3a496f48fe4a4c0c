package cellengine.testing.wire;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as it arrived at a {@link ScriptedPeer}. The peer reads every body to its end; it keeps the bytes of
 * bodies up to {@link #RECORDED_BODY_LIMIT} and the length and CRC-32 of all of them, so a test can send gigabytes
 * and still check what arrived.
 *
 * @param method the request method, such as {@code GET}
 * @param rawPath the path as sent, still percent-encoded
 * @param rawQuery the query as sent, or {@code null} when the request had none
 * @param headers every request header, names in lower case, values in the order they arrived
 * @param recordedBody the body's bytes, or its first {@link #RECORDED_BODY_LIMIT} bytes when it is longer
 * @param bodyLength the body's length in bytes
 * @param bodyCrc32 the CRC-32 of the whole body
 * @param remotePort the client's port, which tells connections apart
 * @since 0.1
 */
public record RecordedRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                              byte[] recordedBody, long bodyLength, long bodyCrc32, int remotePort) {

    /** The longest body whose bytes are kept: 8 MiB. */
    public static final int RECORDED_BODY_LIMIT = 8 * 1024 * 1024;

    /**
     * {@return the first value of a header, or {@code null} when the request had none}
     *
     * @param name the header's name, in any case
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.get(0);
    }

    /**
     * {@return every value of a header in the order they arrived; empty when the request had none}
     *
     * @param name the header's name, in any case
     */
    public List<String> headerValues(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * {@return the whole body}
     *
     * @throws IllegalStateException when the body was longer than {@link #RECORDED_BODY_LIMIT}; check such bodies
     *     with {@link #bodyLength()} and {@link #bodyCrc32()}
     */
    public byte[] body() {
        if (recordedBody.length != bodyLength) {
            throw new IllegalStateException("the body of " + this + " is longer than the " + RECORDED_BODY_LIMIT
                    + " bytes the peer keeps; check bodyLength() and bodyCrc32() instead");
        }
        return recordedBody;
    }

    /** {@return the whole body as UTF-8 text} */
    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /** {@return the decoded query parameters in order; a repeated name keeps its last value} */
    public Map<String, String> query() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    @Override
    public String toString() {
        return method + " " + rawPath + (rawQuery == null ? "" : "?" + rawQuery) + " (" + bodyLength
                + " body bytes, client port " + remotePort + ")";
    }
}
