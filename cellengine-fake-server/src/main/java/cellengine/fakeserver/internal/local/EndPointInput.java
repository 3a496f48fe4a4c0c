package cellengine.fakeserver.internal.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.LocalConnector;

/**
 * The bytes the server writes to one in-memory connection, as a stream. Each read takes what Jetty has flushed so
 * far; taking frees Jetty's output buffer, so a slow reader holds the server back instead of growing memory.
 * A read that sees no byte for {@code idleTimeout} fails with {@link SocketTimeoutException}.
 */
final class EndPointInput extends InputStream {

    private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

    private final LocalConnector.LocalEndPoint endPoint;
    private final Duration idleTimeout;
    private ByteBuffer current = EMPTY;
    private boolean eof;

    EndPointInput(LocalConnector.LocalEndPoint endPoint, Duration idleTimeout) {
        this.endPoint = endPoint;
        this.idleTimeout = idleTimeout;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return current.get() & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.remaining());
        current.get(b, off, n);
        return n;
    }

    @Override
    public int available() {
        return current.remaining();
    }

    /** {@return whether bytes are ready in {@link #current}; false at the end of the connection's output} */
    private boolean fill() throws IOException {
        long deadline = System.nanoTime() + idleTimeout.toNanos();
        while (!current.hasRemaining()) {
            if (eof) {
                return false;
            }
            ByteBuffer taken = endPoint.takeOutput();
            if (taken.hasRemaining()) {
                current = taken;
                return true;
            }
            if (endPoint.isOutputShutdown() || !endPoint.isOpen()) {
                taken = endPoint.takeOutput();
                if (taken.hasRemaining()) {
                    current = taken;
                    return true;
                }
                eof = true;
                return false;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("the fake server sent nothing for " + idleTimeout);
            }
            try {
                // waitForOutput takes what it waited for: keep it
                ByteBuffer waited = endPoint.waitForOutput(left, TimeUnit.NANOSECONDS);
                if (waited != null && waited.hasRemaining()) {
                    current = waited;
                    return true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the fake server");
            }
        }
        return true;
    }

    @Override
    public void close() {
        eof = true;
        current = EMPTY;
        endPoint.close();
    }
}
