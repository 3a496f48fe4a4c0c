package cellengine.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When and how long the client waits before sending a failed request again: exponential backoff with full jitter,
 * {@code Retry-After} honoured up to a cap.
 *
 * <p>What is retried: a connection that could not be made (the request was never sent), for every method; and,
 * for requests that are safe to repeat, a connection that failed or timed out and the statuses in
 * {@link #retryableStatuses()} (by default 408, 429, 500, 502, 503 and 504). Safe to repeat means GET, HEAD, PUT,
 * DELETE, and a POST or PATCH marked idempotent ({@link cellengine.api.param.RawRequest#idempotent()}) whose body is replayable.
 *
 * <p>How long: retry {@code n} (1-based) waits a uniformly random time between zero and
 * {@code min(maxBackoff, initialBackoff * 2^(n-1))} ("full jitter"). When the answer carries {@code Retry-After}
 * (seconds or an HTTP date), the client waits that long instead; when it asks for more than
 * {@link #maxRetryAfter()}, or more than the call's deadline leaves, the client stops and throws, and the
 * exception's {@code retryAfter()} tells the caller how long the server asked for.
 *
 * <pre>{@code
 * CellEngine.builder().retryPolicy(RetryPolicy.builder().maxAttempts(6).maxBackoff(Duration.ofSeconds(10)).build())
 * CellEngine.builder().retryPolicy(RetryPolicy.none())   // one attempt, no retries
 * }</pre>
 *
 * <p>The clock, the sleeper and the jitter source can be replaced, so tests of retrying code take no wall time.
 * Immutable and thread-safe; the {@link Builder} is not.
 *
 * @since 0.1
 */
public final class RetryPolicy {

    /** The statuses retried by default: 408, 429, 500, 502, 503 and 504. */
    public static final Set<Integer> DEFAULT_RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Duration maxRetryAfter;
    private final Set<Integer> retryableStatuses;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.maxRetryAfter = b.maxRetryAfter;
        this.retryableStatuses = Set.copyOf(b.retryableStatuses);
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.jitter = b.jitter;
    }

    /**
     * {@return the default policy}: 4 attempts, backoff from 500 ms doubling up to 30 s, {@code Retry-After} honoured
     * up to 2 minutes, the statuses of {@link #DEFAULT_RETRYABLE_STATUSES}, the system clock, real sleeping
     */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** {@return a policy that never retries: every call makes exactly one attempt} */
    public static RetryPolicy none() {
        return NONE;
    }

    /** {@return a builder starting from the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this policy's values} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxAttempts = maxAttempts;
        b.initialBackoff = initialBackoff;
        b.maxBackoff = maxBackoff;
        b.maxRetryAfter = maxRetryAfter;
        b.retryableStatuses = new TreeSet<>(retryableStatuses);
        b.clock = clock;
        b.sleeper = sleeper;
        b.jitter = jitter;
        return b;
    }

    /** {@return the most attempts per call, the first included; 1 means no retries} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@return the backoff ceiling of the first retry} */
    public Duration initialBackoff() {
        return initialBackoff;
    }

    /** {@return the largest backoff ceiling} */
    public Duration maxBackoff() {
        return maxBackoff;
    }

    /** {@return the longest {@code Retry-After} the client waits for; a longer one ends the retries} */
    public Duration maxRetryAfter() {
        return maxRetryAfter;
    }

    /** {@return the HTTP statuses retried for requests that are safe to repeat} */
    public Set<Integer> retryableStatuses() {
        return retryableStatuses;
    }

    /** {@return the clock used for {@code Retry-After} dates and call deadlines} */
    public Clock clock() {
        return clock;
    }

    /** {@return how the client waits between attempts} */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * {@return whether a call of this policy retries at all}
     */
    public boolean retries() {
        return maxAttempts > 1;
    }

    /**
     * {@return the longest backoff before retry {@code retry}}: {@code min(maxBackoff, initialBackoff * 2^(retry-1))}
     *
     * @param retry the retry number, 1 for the first retry
     * @throws IllegalArgumentException when {@code retry} is less than 1
     */
    public Duration backoffCeiling(int retry) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry must be 1 or more, was " + retry);
        }
        Duration ceiling = initialBackoff;
        for (int i = 1; i < retry && ceiling.compareTo(maxBackoff) < 0; i++) {
            ceiling = ceiling.multipliedBy(2);
        }
        return ceiling.compareTo(maxBackoff) > 0 ? maxBackoff : ceiling;
    }

    /**
     * {@return the backoff before retry {@code retry}: a random time between zero and {@link #backoffCeiling}}
     *
     * @param retry the retry number, 1 for the first retry
     */
    public Duration backoff(int retry) {
        double r = jitter.getAsDouble();
        if (!(r >= 0 && r <= 1)) {
            throw new IllegalStateException("the jitter source must give numbers in [0, 1], gave " + r);
        }
        return Duration.ofNanos((long) (backoffCeiling(retry).toNanos() * r));
    }

    @Override
    public String toString() {
        return maxAttempts == 1 ? "RetryPolicy[none]" : "RetryPolicy[maxAttempts=" + maxAttempts
                + ", backoff=" + initialBackoff + ".." + maxBackoff + " with full jitter, maxRetryAfter="
                + maxRetryAfter + ", statuses=" + new TreeSet<>(retryableStatuses) + "]";
    }

    /**
     * Builds a {@link RetryPolicy}. Setters check their value at once, naming the parameter, and return the builder.
     * Not thread-safe.
     */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private Duration maxRetryAfter = Duration.ofMinutes(2);
        private Set<Integer> retryableStatuses = new TreeSet<>(DEFAULT_RETRYABLE_STATUSES);
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.system();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {
        }

        /**
         * Sets the most attempts per call, the first included.
         *
         * @param value 1 (no retries) to 100
         * @return this builder
         * @throws IllegalArgumentException when out of range
         */
        public Builder maxAttempts(int value) {
            if (value < 1 || value > 100) {
                throw new IllegalArgumentException("maxAttempts must be 1 to 100, was " + value);
            }
            this.maxAttempts = value;
            return this;
        }

        /**
         * Sets the backoff ceiling of the first retry; it doubles with each retry up to {@link #maxBackoff}.
         *
         * @param value zero or positive
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder initialBackoff(Duration value) {
            this.initialBackoff = notNegative(value, "initialBackoff");
            return this;
        }

        /**
         * Sets the largest backoff ceiling.
         *
         * @param value zero or positive
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder maxBackoff(Duration value) {
            this.maxBackoff = notNegative(value, "maxBackoff");
            return this;
        }

        /**
         * Sets the longest {@code Retry-After} the client waits for; when the server asks for longer, the call
         * fails at once and the exception's {@code retryAfter()} holds the server's value.
         *
         * @param value zero or positive
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder maxRetryAfter(Duration value) {
            this.maxRetryAfter = notNegative(value, "maxRetryAfter");
            return this;
        }

        /**
         * Sets the HTTP statuses that are retried for requests that are safe to repeat.
         *
         * @param statuses statuses from 400 to 599
         * @return this builder
         * @throws IllegalArgumentException when a status is out of range
         */
        public Builder retryableStatuses(Set<Integer> statuses) {
            Objects.requireNonNull(statuses, "retryableStatuses");
            for (Integer s : statuses) {
                if (s == null || s < 400 || s > 599) {
                    throw new IllegalArgumentException("retryableStatuses must hold statuses from 400 to 599, "
                            + "held " + s);
                }
            }
            this.retryableStatuses = new TreeSet<>(statuses);
            return this;
        }

        /**
         * Sets the clock used to read {@code Retry-After} dates and to measure call deadlines.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Sets how the client waits between attempts.
         *
         * @param value the sleeper
         * @return this builder
         */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /**
         * Sets the source of jitter: each call gives a number in {@code [0, 1]} that scales the backoff ceiling.
         * {@code () -> 1.0} turns jitter off (always the ceiling).
         *
         * @param value the source; called once per retry, on the calling thread
         * @return this builder
         */
        public Builder jitter(DoubleSupplier value) {
            this.jitter = Objects.requireNonNull(value, "jitter");
            return this;
        }

        /**
         * {@return a new policy}
         *
         * @throws IllegalStateException when {@code initialBackoff} is longer than {@code maxBackoff}
         */
        public RetryPolicy build() {
            if (initialBackoff.compareTo(maxBackoff) > 0) {
                throw new IllegalStateException("initialBackoff (" + initialBackoff + ") must not be longer than "
                        + "maxBackoff (" + maxBackoff + ")");
            }
            return new RetryPolicy(this);
        }

        private static Duration notNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + value);
            }
            return value;
        }
    }
}
