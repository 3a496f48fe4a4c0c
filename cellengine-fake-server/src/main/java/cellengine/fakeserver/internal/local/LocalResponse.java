package cellengine.fakeserver.internal.local;

import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A response read from an in-memory connection; closing it (or its body) closes the connection. */
final class LocalResponse {

    private LocalResponse() {
    }

    static TransportResponse of(int status, Headers headers, InputStream body, AutoCloseable connection) {
        return TransportResponse.of(status, headers, new FilterInputStream(body) {
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
        });
    }
}
