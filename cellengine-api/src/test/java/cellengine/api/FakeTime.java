package cellengine.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when its sleeper sleeps: retries in zero wall time, with every wait recorded. */
final class FakeTime extends Clock implements Sleeper {

    static final Instant START = Instant.parse("2025-03-01T12:00:00Z");

    private volatile Instant now = START;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    void advance(Duration d) {
        now = now.plus(d);
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

    /** {@return a policy on this time with jitter off, so each backoff is exactly its ceiling} */
    RetryPolicy.Builder policy() {
        return RetryPolicy.builder().clock(this).sleeper(this).jitter(() -> 1.0);
    }
}
