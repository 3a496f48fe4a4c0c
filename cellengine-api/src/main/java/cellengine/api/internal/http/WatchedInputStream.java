package cellengine.api.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A response body that cannot hang: each read must return within the read timeout, and no read may run past the
 * call's deadline. The shared {@link ReadWatchdog} thread closes the underlying stream when a read overruns, which
 * makes the blocked read return (every transport must allow closing a body from another thread, TCK rule
 * TRANSPORT-CANCEL-2); the read then throws {@link SocketTimeoutException} saying which limit was hit.
 *
 * <p>Reads only write two volatile fields; the watchdog looks at them when a read could have overrun, so watching
 * costs nothing per read and one set insertion per body. Reads are expected from one thread at a time.
 */
public final class WatchedInputStream extends FilterInputStream {

    private static final String DEADLINE = "the call timeout ran out while reading the response body";

    private final long readTimeoutNanos;
    private final long deadlineNanos;
    private final boolean hasDeadline;
    private final Duration readTimeout;
    private volatile long readStartedAt;
    private volatile boolean reading;
    private volatile boolean closed;
    private volatile String expired;
    private boolean watched;

    /**
     * Wraps a body.
     *
     * @param in the transport's body stream
     * @param readTimeout the longest a single read may block
     * @param deadlineNanos the {@link System#nanoTime()} no read may pass, or {@link Long#MAX_VALUE} for none
     */
    public WatchedInputStream(InputStream in, Duration readTimeout, long deadlineNanos) {
        super(in);
        this.readTimeout = readTimeout;
        this.readTimeoutNanos = readTimeout.toNanos();
        this.deadlineNanos = deadlineNanos;
        this.hasDeadline = deadlineNanos != Long.MAX_VALUE;
    }

    @Override
    public int read() throws IOException {
        begin();
        try {
            int b = in.read();
            failIfExpired();
            return b;
        } catch (IOException e) {
            failIfExpired();
            throw e;
        } finally {
            reading = false;
        }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        begin();
        try {
            int n = in.read(b, off, len);
            failIfExpired();
            return n;
        } catch (IOException e) {
            failIfExpired();
            throw e;
        } finally {
            reading = false;
        }
    }

    @Override
    public long skip(long n) throws IOException {
        begin();
        try {
            long skipped = in.skip(n);
            failIfExpired();
            return skipped;
        } finally {
            reading = false;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        if (watched) {
            ReadWatchdog.SHARED.forget(this);
        }
        in.close();
    }

    private void begin() throws IOException {
        failIfExpired();
        long now = System.nanoTime();
        if (pastDeadline(now)) {
            expired = DEADLINE;
            failIfExpired();
        }
        readStartedAt = now;
        reading = true;
        if (!watched && !closed) {
            watched = true;
            ReadWatchdog.SHARED.watch(this, dueAt(now), readTimeoutNanos);
        }
    }

    /** {@return the {@link System#nanoTime()} at which a read started at {@code startedAt} overruns} */
    private long dueAt(long startedAt) {
        long due = startedAt + readTimeoutNanos;
        return hasDeadline && deadlineNanos - due < 0 ? deadlineNanos : due;
    }

    private boolean pastDeadline(long now) {
        return hasDeadline && now - deadlineNanos >= 0;
    }

    /** {@return whether the body was closed, so the watchdog can drop it} */
    boolean closed() {
        return closed;
    }

    /**
     * Runs on the watchdog thread: ends a read that has overrun.
     *
     * @param now the current {@link System#nanoTime()}
     * @return when to look at this body again at the latest
     */
    long inspect(long now) {
        if (!reading || expired != null) {
            return nextLook(now);
        }
        long due = dueAt(readStartedAt);
        if (due - now > 0) {
            return due;
        }
        expired = pastDeadline(now) ? DEADLINE
                : "no response body bytes arrived for " + human(readTimeout) + " (the read timeout)";
        try {
            in.close();
        } catch (IOException | RuntimeException ignored) {
            // the reader is told by failIfExpired; a failing close changes nothing for it
        }
        return nextLook(now);
    }

    /** {@return when a read starting now could overrun; past the deadline, one read timeout from now} */
    private long nextLook(long now) {
        long due = dueAt(now);
        return due - now > 0 ? due : now + readTimeoutNanos;
    }

    private void failIfExpired() throws SocketTimeoutException {
        String reason = expired;
        if (reason != null) {
            throw new SocketTimeoutException(reason);
        }
    }

    static String human(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
