package cellengine.api.wire;

import cellengine.api.spi.Headers;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A test transport on {@link HttpClient} (the API module cannot depend on the transport module): streams request
 * bodies from {@link RequestBody#open()}, with a fixed length when known, and returns bodies as streams.
 */
final class HttpClientTransport implements Transport {

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).method(request.method(),
                publisher(request.body()));
        if (request.timeout() != null) {
            b.timeout(request.timeout());
        }
        request.headers().map().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
        HttpResponse<InputStream> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Headers.Builder headers = Headers.builder();
        response.headers().map().forEach((k, v) -> {
            if (!k.startsWith(":")) {
                v.forEach(value -> headers.add(k, value));
            }
        });
        return TransportResponse.of(response.statusCode(), headers.build(), response.body());
    }

    private static HttpRequest.BodyPublisher publisher(RequestBody body) {
        if (body == null) {
            return HttpRequest.BodyPublishers.noBody();
        }
        HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
                return body.open();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return body.contentLength() >= 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, body.contentLength())
                : stream;
    }
}
