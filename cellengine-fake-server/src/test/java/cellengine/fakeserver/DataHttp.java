package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** Multipart uploads and byte downloads against a running fake, with java.net.http. Paths are under /api/v1. */
final class DataHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static final String BOUNDARY = "----cellengine-test-boundary-7MA4YWxkTrZu0gW";

    /** A response with a byte body. */
    record Bytes(int status, byte[] body, HttpResponse<byte[]> response) {
        Bytes expect(int wanted) {
            assertEquals(wanted, status, () -> response.request().method() + " " + response.request().uri()
                    + " answered " + status + ": " + text());
            return this;
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    private final String base;
    private final String token;

    DataHttp(FakeCellEngine server) {
        this.base = server.baseUrl() + "/api/v1";
        this.token = server.token();
    }

    /** POSTs one file part named {@code field} (Python: data, R: file), as multipart/form-data. */
    Reply upload(String path, String field, String filename, byte[] content) {
        return new Reply(sendString(multipartRequest(path, multipart(field, filename, content))));
    }

    static byte[] multipart(String field, String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return body.toByteArray();
    }

    Reply postMultipart(String path, byte[] body) {
        return new Reply(sendString(multipartRequest(path, body)));
    }

    Bytes get(String pathAndQuery) {
        HttpRequest request = authed(HttpRequest.newBuilder(URI.create(base + pathAndQuery))).GET().build();
        return sendBytes(request);
    }

    Bytes post(String path, String json) {
        HttpRequest request = authed(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return sendBytes(request);
    }

    private HttpRequest multipartRequest(String path, byte[] body) {
        return authed(HttpRequest.newBuilder(URI.create(base + path)))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private HttpRequest.Builder authed(HttpRequest.Builder builder) {
        return builder.header("Authorization", "Bearer " + token);
    }

    private static HttpResponse<String> sendString(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Bytes sendBytes(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Bytes(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
