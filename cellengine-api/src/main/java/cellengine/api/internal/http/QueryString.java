package cellengine.api.internal.http;

import java.lang.reflect.Array;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * Form-encodes query parameters as the official clients do (docs/wire.md#request-encoding): space as {@code +},
 * reserved characters percent-encoded, booleans lower-case, null values left out, lists as repeated keys.
 */
public final class QueryString {

    private QueryString() {
    }

    /**
     * {@return the encoded query without the leading {@code ?}; empty when there are no parameters}
     *
     * @param parameters names to values: strings, numbers, booleans, or iterables/arrays of them; null values
     *         are left out
     * @throws IllegalArgumentException when a value is a map or another nested structure
     */
    public static String encode(Map<String, ?> parameters) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, ?> e : parameters.entrySet()) {
            String name = Objects.requireNonNull(e.getKey(), "query parameter name");
            Object value = e.getValue();
            if (value instanceof Iterable) {
                for (Object item : (Iterable<?>) value) {
                    append(sb, name, item);
                }
            } else if (value != null && value.getClass().isArray()) {
                for (int i = 0; i < Array.getLength(value); i++) {
                    append(sb, name, Array.get(value, i));
                }
            } else {
                append(sb, name, value);
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Map || value instanceof Iterable || value.getClass().isArray()) {
            throw new IllegalArgumentException("query parameter '" + name + "' must be a string, number or "
                    + "boolean, or a list of them; found a nested " + value.getClass().getSimpleName());
        }
        if (sb.length() > 0) {
            sb.append('&');
        }
        sb.append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
    }
}
