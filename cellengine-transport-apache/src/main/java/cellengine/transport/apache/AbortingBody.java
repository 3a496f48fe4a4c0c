package cellengine.transport.apache;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a response from {@link ApacheTransport}. Closing it after its end returns the connection to the pool;
 * closing it earlier, from any thread, aborts the connection: HttpClient would otherwise read the rest of the body
 * first, and a stalled body would never let the close return (the client's read timeout closes stalled bodies).
 */
final class AbortingBody extends FilterInputStream {

    private final HttpUriRequestBase request;
    private final ClassicHttpResponse response;
    private volatile boolean ended;
    private volatile boolean closed;

    AbortingBody(HttpUriRequestBase request, ClassicHttpResponse response, InputStream content) {
        super(content);
        this.request = request;
        this.response = response;
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
