package cellengine.fakeserver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Raw HTTP against a running fake on loopback, with java.net.http (not the SDK). Paths are under /api/v1. */
final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String base;
    private final String token;

    Api(String baseUrl, String token) {
        this.base = baseUrl + "/api/v1";
        this.token = token;
    }

    static Api of(FakeCellEngine server) {
        return new Api(server.baseUrl(), server.token());
    }

    Api withToken(String otherToken) {
        return new Api(base.substring(0, base.length() - "/api/v1".length()), otherToken);
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply patch(String path, String json) {
        return send("PATCH", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends with the Bearer token (if any) plus {@code headers} (name, value, name, value ...). */
    Reply send(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return new Reply(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** {@return {@code text} form-encoded, so spaces travel as '+'} */
    static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
