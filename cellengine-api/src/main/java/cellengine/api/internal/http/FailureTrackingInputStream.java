package cellengine.api.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Remembers whether reading failed, so that a transfer failure (the answer broke off) can be told from a failure
 * of whatever consumes the bytes (a full disk, an unreadable FCS file).
 */
public final class FailureTrackingInputStream extends FilterInputStream {

    private volatile boolean failed;

    /**
     * Wraps a stream.
     *
     * @param in the stream read
     */
    public FailureTrackingInputStream(InputStream in) {
        super(in);
    }

    /** {@return whether a read threw an {@link IOException}} */
    public boolean failed() {
        return failed;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        try {
            return super.read(b, off, len);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            failed = true;
            throw e;
        }
    }
}
