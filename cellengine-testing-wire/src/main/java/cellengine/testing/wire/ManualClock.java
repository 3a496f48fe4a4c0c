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
 * wait is recorded for the test to check. Used by the API's retry tests and the TCK's retry rules.
 *
 * @since 0.1
 */
public final class ManualClock extends Clock {

    /** The instant every clock starts at. */
    public static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

    private volatile Instant now = START;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** Makes a clock at {@link #START}. */
    public ManualClock() {
    }

    /**
     * Records a wait and moves the clock on by it, at once.
     *
     * @param duration the wait
     */
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /**
     * Moves the clock on without recording a wait, as time spent working would.
     *
     * @param duration how far
     */
    public void advance(Duration duration) {
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
