package cellengine.api;

import java.time.Duration;

/**
 * Waits between retry attempts. The default is {@link #system()}; tests inject one that records the delays and
 * advances a fake clock instead, so retries take no wall time.
 *
 * <p>Called on the thread making the API call, once per retry, never with a negative duration.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Waits for the given time.
     *
     * @param duration how long to wait; zero or positive
     * @throws InterruptedException when the thread is interrupted while waiting; the call then fails with a
     *         {@link TransportException} and the interrupt flag set
     */
    void sleep(Duration duration) throws InterruptedException;

    /** {@return a sleeper that blocks the calling thread with {@link Thread#sleep(long, int)}} */
    static Sleeper system() {
        return duration -> {
            if (!duration.isZero()) {
                Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
            }
        };
    }
}
