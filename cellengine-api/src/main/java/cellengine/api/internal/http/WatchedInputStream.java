package cellengine.api.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * A response body that cannot hang: each read must return within the read timeout, and no read may run past the
 * call's deadline. A shared watchdog thread closes the underlying stream when a read overruns, which makes the
 * blocked read return (every transport must allow closing a body from another thread, TCK rule TRANSPORT-CANCEL-2);
 * the read then throws {@link SocketTimeoutException} saying which limit was hit.
 *
 * <p>The watchdog checks lazily, once per timeout period rather than once per read, so a fast download costs one
 * scheduled task per stream. Reads are expected from one thread at a time.
 */
public final class WatchedInputStream extends FilterInputStream {

    private static final ScheduledExecutorService WATCHDOG = watchdog();
    private static final String DEADLINE = "the call timeout ran out while reading the response body";

    private final long readTimeoutNanos;
    private final long deadlineNanos;
    private final boolean hasDeadline;
    private final Duration readTimeout;
    private volatile long readStartedAt;
    private volatile boolean reading;
    private volatile boolean closed;
    private volatile String expired;
    private ScheduledFuture<?> check;

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
        synchronized (this) {
            if (check != null) {
                check.cancel(false);
            }
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
        synchronized (this) {
            if (check == null && !closed) {
                check = WATCHDOG.schedule(this::inspect, dueIn(now, now), TimeUnit.NANOSECONDS);
            }
        }
    }

    /** {@return nanoseconds from {@code now} until a read started at {@code startedAt} overruns} */
    private long dueIn(long startedAt, long now) {
        long due = startedAt + readTimeoutNanos;
        if (hasDeadline && deadlineNanos - due < 0) {
            due = deadlineNanos;
        }
        return Math.max(0, due - now);
    }

    private boolean pastDeadline(long now) {
        return hasDeadline && now - deadlineNanos >= 0;
    }

    /** Runs on the watchdog thread. */
    private void inspect() {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        long startedAt = reading ? readStartedAt : now;
        if (reading && dueIn(startedAt, now) == 0) {
            expired = pastDeadline(now) ? DEADLINE
                    : "no response body bytes arrived for " + human(readTimeout) + " (the read timeout)";
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // the reader is told by failIfExpired; a failing close changes nothing for it
            }
            return;
        }
        synchronized (this) {
            if (!closed) {
                check = WATCHDOG.schedule(this::inspect, Math.max(1, dueIn(startedAt, now)), TimeUnit.NANOSECONDS);
            }
        }
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

    private static ScheduledExecutorService watchdog() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cellengine-read-watchdog");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }
}
