package cellengine.fakeserver.internal;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * A container health check: {@code java -cp cellengine-fake-server.jar cellengine.fakeserver.internal.HealthProbe
 * [URL]} exits 0 when the server answers (any status below 500; an unauthenticated list answers 401), else 1.
 * The default URL is {@code http://127.0.0.1:8080/api/v1/experiments}.
 */
public final class HealthProbe {

    private static final String DEFAULT_URL = "http://127.0.0.1:8080/api/v1/experiments";

    private HealthProbe() {
    }

    /**
     * Probes once and exits.
     *
     * @param args optionally, the URL to probe
     */
    public static void main(String[] args) {
        System.exit(healthy(args.length > 0 ? args[0] : DEFAULT_URL) ? 0 : 1);
    }

    static boolean healthy(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setConnectTimeout(2000);
            connection.setReadTimeout(2000);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status > 0 && status < 500;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
