package cellengine.api.internal.interceptor;

import cellengine.api.spi.Headers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders headers for a log line: values of allow-listed headers are shown, credentials are always
 * {@code <redacted>}, and every other header shows its name only ({@code <hidden>}), since an unknown header may
 * carry a secret (an API key, a signed URL).
 */
final class LoggedHeaders {

    /** Headers whose values are safe and useful in logs. */
    static final Set<String> ALLOWED = Set.of("accept", "accept-encoding", "allow", "cache-control", "connection",
            "content-encoding", "content-length", "content-type", "date", "etag", "last-modified", "retry-after",
            "server", "transfer-encoding", "user-agent", "vary", "x-current-release", "x-request-id");

    private LoggedHeaders() {
    }

    static String render(Headers headers) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            String name = e.getKey();
            sb.append(name).append('=');
            if (Headers.isSecret(name)) {
                sb.append("<redacted>");
            } else if (ALLOWED.contains(name.toLowerCase(Locale.ROOT))) {
                List<String> values = e.getValue();
                sb.append(values.size() == 1 ? values.get(0) : values.toString());
            } else {
                sb.append("<hidden>");
            }
        }
        return sb.append('}').toString();
    }
}
