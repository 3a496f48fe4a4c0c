package cellengine.tck.transport;

import cellengine.api.RetryPolicy;
import cellengine.api.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that moves only when its sleeper sleeps: retries take no wall time and every wait is recorded. */
final class ManualTime extends Clock implements Sleeper {

    static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

    private volatile Instant now = START;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
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

    /** {@return a retry policy on this time, without jitter, so each backoff is its ceiling} */
    RetryPolicy.Builder policy() {
        return RetryPolicy.builder().clock(this).sleeper(this).jitter(() -> 1.0);
    }
}
