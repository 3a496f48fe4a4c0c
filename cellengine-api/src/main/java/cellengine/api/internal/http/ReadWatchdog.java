package cellengine.api.internal.http;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One daemon thread that watches every open {@link WatchedInputStream} of every client and ends reads that overrun.
 *
 * <p>Registering a body costs a set insertion and, usually, nothing else: the thread sleeps until the earliest moment
 * any watched read could overrun, and a new body only wakes it when that body could overrun sooner. Bodies of one
 * client share one read timeout, so a client calling at any rate wakes the thread about once per read timeout, not
 * once per call. (The scheduled task per body this replaces woke the thread twice per call, which on two cores was a
 * context switch on every request.) After a few sweeps with nothing to watch the thread ends; the next body starts
 * another.
 */
final class ReadWatchdog {

    static final ReadWatchdog SHARED = new ReadWatchdog();

    /** Empty sweeps after which the thread ends. */
    private static final int IDLE_SWEEPS = 4;
    /** "Not before the next registration": far enough for any timeout, small enough that nanoTime arithmetic holds. */
    private static final long FOREVER = Long.MAX_VALUE / 4;

    private final Set<WatchedInputStream> watched = ConcurrentHashMap.newKeySet();
    private final AtomicLong registrations = new AtomicLong();
    private volatile long plannedWakeup;
    private volatile long idlePeriodNanos = FOREVER;
    private volatile long sweeps;
    private volatile long starts;
    private volatile Thread thread;

    private ReadWatchdog() {
    }

    /**
     * Starts watching a body.
     *
     * @param body the body
     * @param firstDue the {@link System#nanoTime()} at which its first read could overrun
     * @param readTimeoutNanos its read timeout; the latest body's is the thread's period while it has nothing to watch
     */
    void watch(WatchedInputStream body, long firstDue, long readTimeoutNanos) {
        if (idlePeriodNanos != readTimeoutNanos) {
            idlePeriodNanos = readTimeoutNanos;
        }
        watched.add(body);
        registrations.incrementAndGet();
        Thread sweeper = thread();
        // paired with the end of run()'s sweep: either the sweeper sees the new registration count and sweeps again,
        // or this thread sees the sweeper's new plan and wakes it when the body is due earlier
        if (firstDue - plannedWakeup < 0) {
            LockSupport.unpark(sweeper);
        }
    }

    /**
     * Stops watching a body.
     *
     * @param body the body
     */
    void forget(WatchedInputStream body) {
        watched.remove(body);
    }

    /** {@return how many times the thread has looked at the watched bodies, to test that it does not per call} */
    long sweeps() {
        return sweeps;
    }

    /** {@return how many times a thread was started, to test that an idle one ends} */
    long starts() {
        return starts;
    }

    private Thread thread() {
        Thread running = thread;
        return running != null ? running : start();
    }

    private synchronized Thread start() {
        if (thread == null) {
            plannedWakeup = System.nanoTime() + FOREVER;
            starts++;
            thread = new Thread(this::run, "cellengine-read-watchdog");
            thread.setDaemon(true);
            thread.start();
        }
        return thread;
    }

    /**
     * Ends the thread when nothing has registered since the sweep that began with {@code seen}, so that an idle
     * client holds no thread (and, in an application server, no class loader); the next registration starts another.
     *
     * @return whether the thread should end; false when a body registered meanwhile and this thread keeps watching
     */
    private boolean retire(long seen) {
        thread = null;
        // paired with watch(): either it sees the null and starts a new thread, or this sees its registration
        if (registrations.get() == seen) {
            return true;
        }
        synchronized (this) {
            if (thread != null) {
                return true;
            }
            thread = Thread.currentThread();
            return false;
        }
    }

    private void run() {
        try {
            sweepUntilIdle();
        } finally {
            // after an Error, too: the next registration must find no thread and start one, or no read would end
            synchronized (this) {
                if (thread == Thread.currentThread()) {
                    thread = null;
                }
            }
        }
    }

    private void sweepUntilIdle() {
        int idleSweeps = 0;
        while (true) {
            long seen = registrations.get();
            sweeps++;
            long now = System.nanoTime();
            long next = now + FOREVER;
            for (WatchedInputStream body : watched) {
                if (body.closed()) {
                    // closed from another thread while it was registering; close() could not remove it
                    watched.remove(body);
                    continue;
                }
                long due = body.inspect(now);
                if (due - next < 0) {
                    next = due;
                }
            }
            idleSweeps = watched.isEmpty() ? idleSweeps + 1 : 0;
            if (idleSweeps > 0 && idleSweeps <= IDLE_SWEEPS) {
                // keep waking at the read timeout for a while, so that a client calling one request after another
                // registers each body before the planned wakeup and never has to wake this thread
                next = now + Math.min(idlePeriodNanos, FOREVER);
            }
            if (idleSweeps > IDLE_SWEEPS && retire(seen)) {
                return;
            }
            plannedWakeup = next;
            if (registrations.get() != seen) {
                continue;
            }
            LockSupport.parkNanos(this, next - now);
        }
    }
}
