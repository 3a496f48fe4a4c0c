package cellengine.transport.jdk;

import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.io.InputStream;

/** A response from {@link JdkTransport}: status, headers (pseudo-headers dropped) and the body stream. */
final class JdkResponse implements TransportResponse {

    private final int status;
    private final Headers headers;
    private final InputStream body;

    JdkResponse(int status, Headers headers, InputStream body) {
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public Headers headers() {
        return headers;
    }

    @Override
    public InputStream body() {
        return body;
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    @Override
    public String toString() {
        return "JdkResponse[" + status + ", headers=" + headers + "]";
    }
}
