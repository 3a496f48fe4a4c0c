package cellengine.api.internal.http;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** Renders URLs for messages and logs with credentials removed. */
public final class SafeUrls {

    private static final Set<String> SECRET_PARAMETERS = Set.of("token", "access_token", "accesstoken",
            "password", "otp");

    private SafeUrls() {
    }

    /**
     * {@return the URL without user info, with the values of credential query parameters replaced}
     *
     * @param uri the URL
     */
    public static String redact(URI uri) {
        StringBuilder sb = new StringBuilder();
        if (uri.getScheme() != null) {
            sb.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            sb.append(uri.getHost());
        }
        if (uri.getPort() >= 0) {
            sb.append(':').append(uri.getPort());
        }
        if (uri.getRawPath() != null) {
            sb.append(uri.getRawPath());
        }
        String query = uri.getRawQuery();
        if (query != null && !query.isEmpty()) {
            sb.append('?');
            String[] pairs = query.split("&", -1);
            for (int i = 0; i < pairs.length; i++) {
                if (i > 0) {
                    sb.append('&');
                }
                int eq = pairs[i].indexOf('=');
                String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
                if (eq >= 0 && SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                    sb.append(name).append("=<redacted>");
                } else {
                    sb.append(pairs[i]);
                }
            }
        }
        return sb.toString();
    }
}
