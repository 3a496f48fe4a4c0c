package cellengine.api.internal.http;

import cellengine.api.ProgressListener;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read through it and reports them to a {@link ProgressListener}, once more at the end. */
public final class ProgressInputStream extends FilterInputStream {

    private final ProgressListener listener;
    private final long total;
    private long count;
    private boolean ended;

    /**
     * Wraps a stream.
     *
     * @param in the stream to count
     * @param total the bytes expected, or -1 when unknown
     * @param listener who hears the counts
     */
    public ProgressInputStream(InputStream in, long total, ProgressListener listener) {
        super(in);
        this.total = total;
        this.listener = listener;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        counted(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        counted(n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            count += skipped;
            listener.progress(count, total);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) {
        if (n > 0) {
            count += n;
            listener.progress(count, total);
        } else if (n < 0 && !ended) {
            ended = true;
            listener.progress(count, total);
        }
    }
}
