package cellengine.api.internal.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Per-call options of the pipeline: whether a POST or PATCH may be retried, and a deadline for the whole call.
 * Callers set them on a {@link cellengine.api.param.RawRequest}.
 *
 * @param idempotent whether a POST or PATCH may be retried; GET, HEAD, PUT and DELETE are always retryable
 * @param callTimeout the deadline for the whole call, retries and waits included, or {@code null} for the
 *         client's
 */
public record CallOptions(boolean idempotent, Duration callTimeout) {

    private static final CallOptions DEFAULTS = new CallOptions(false, null);

    /**
     * Checks the options.
     *
     * @param idempotent whether a POST or PATCH may be retried
     * @param callTimeout positive, or {@code null}
     * @throws IllegalArgumentException when the call timeout is zero or negative
     */
    public CallOptions {
        if (callTimeout != null && (callTimeout.isZero() || callTimeout.isNegative())) {
            throw new IllegalArgumentException("callTimeout must be positive, was " + callTimeout);
        }
    }

    /** {@return the defaults: not idempotent, the client's call timeout} */
    public static CallOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return a copy with another idempotency mark}
     *
     * @param value whether the call may be retried
     */
    public CallOptions withIdempotent(boolean value) {
        return new CallOptions(value, callTimeout);
    }

    /**
     * {@return a copy with another deadline for the whole call}
     *
     * @param value positive
     * @throws IllegalArgumentException when not positive
     */
    public CallOptions withCallTimeout(Duration value) {
        return new CallOptions(idempotent, Objects.requireNonNull(value, "callTimeout"));
    }
}
