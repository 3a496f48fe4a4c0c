package cellengine.testing.wire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock that moves only when a test moves it: through {@link #sleep(Duration)}, which a retry policy calls as its
 * sleeper ({@code sleeper(clock::sleep)}), or {@link #advance(Duration)}. Retries then take no wall time, and every
 * wait is recorded for the test to check. Thread-safe. Used by the API's retry tests, the TCK's retry rules and the
 * fake server's timestamp tests.
 *
 * @since 0.1
 */
public final class ManualClock extends Clock {

    /** The instant every clock starts at. */
    public static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

    private volatile Instant now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** Makes a clock at {@link #START}. */
    public ManualClock() {
        this(START);
    }

    /**
     * Makes a clock at another instant.
     *
     * @param start the instant it shows until moved
     */
    public ManualClock(Instant start) {
        this.now = start;
    }

    /**
     * Records a wait and moves the clock on by it, at once.
     *
     * @param duration the wait
     */
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /**
     * Moves the clock on without recording a wait, as time spent working would.
     *
     * @param duration how far
     */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** {@return the waits passed to {@link #sleep(Duration)}, in order; a live view} */
    public List<Duration> sleeps() {
        return sleeps;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
