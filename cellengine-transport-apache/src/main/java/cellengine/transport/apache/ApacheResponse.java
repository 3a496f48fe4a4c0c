package cellengine.transport.apache;

import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportResponse;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response from {@link ApacheTransport}. Closing it (or its body) after the body's end returns the connection to
 * the pool; closing it earlier, from any thread, aborts the connection: HttpClient would otherwise read the rest
 * of the body first, and a stalled body would never let the close return.
 */
final class ApacheResponse implements TransportResponse {

    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private final Headers headers;
    private final Body body;

    ApacheResponse(HttpUriRequestBase request, ClassicHttpResponse response) throws IOException {
        this.request = request;
        this.response = response;
        this.headers = ApacheTransport.headers(response);
        this.body = new Body(ApacheTransport.content(response));
    }

    @Override
    public int status() {
        return response.getCode();
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
        return "ApacheResponse[" + response.getCode() + ", headers=" + headers + "]";
    }

    /** The entity stream, which knows whether it was read to the end. */
    private final class Body extends FilterInputStream {
        private volatile boolean ended;
        private volatile boolean closed;

        Body(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            ended |= n < 0;
            return n;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (ended) {
                try {
                    super.close();
                } finally {
                    response.close();
                }
                return;
            }
            request.cancel();
            try {
                super.close();
                response.close();
            } catch (IOException aborted) {
                // The connection was just aborted on purpose; failing to close it further changes nothing.
            }
        }
    }
}
