package cellengine.fakeserver.internal.local;

import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A response read from an in-memory connection; closing it (or its body) closes the connection. */
final class LocalResponse implements TransportResponse {

    private final int status;
    private final Headers headers;
    private final InputStream body;

    LocalResponse(int status, Headers headers, InputStream body, AutoCloseable connection) {
        this.status = status;
        this.headers = headers;
        this.body = new FilterInputStream(body) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    try {
                        connection.close();
                    } catch (Exception e) {
                        throw new IOException("cannot close the in-memory connection", e);
                    }
                }
            }
        };
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
    public String toString() {
        return "TransportResponse[" + status + ", headers=" + headers + ", in-memory]";
    }
}
