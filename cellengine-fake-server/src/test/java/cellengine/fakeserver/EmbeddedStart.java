package cellengine.fakeserver;

import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;

/** A user's test in miniature, run by {@link QuietStartTest} in a child JVM: start, one request, stop. */
final class EmbeddedStart {

    static final String DONE = "started, answered 200, stopped";

    private EmbeddedStart() {
    }

    public static void main(String[] args) throws Exception {
        try (FakeCellEngine server = FakeCellEngine.start()) {
            HttpURLConnection connection = (HttpURLConnection) URI.create(server.baseUrl() + "/api/v1/experiments")
                    .toURL().openConnection();
            connection.setRequestProperty("Authorization", "Bearer " + server.token());
            int status = connection.getResponseCode();
            try (InputStream body = connection.getInputStream()) {
                body.readAllBytes();
            }
            if (status != 200) {
                throw new IllegalStateException("answered " + status);
            }
        }
        System.out.println(DONE);
    }
}
