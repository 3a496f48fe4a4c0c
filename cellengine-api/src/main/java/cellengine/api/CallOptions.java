package cellengine.api;

import java.time.Duration;
import java.util.Objects;

/**
 * Options for one raw call ({@link CellEngine#post(String, Object, CallOptions)},
 * {@link CellEngine#patch(String, Object, CallOptions)}).
 *
 * <p>{@code idempotent} tells the client that sending the request twice has the same effect as sending it once, so
 * a {@code POST} or {@code PATCH} may be retried after a failure like a {@code GET}. Only mark calls that are
 * idempotent on the server: a retried create may otherwise create two resources. The body must also be replayable
 * (JSON bodies and {@code RequestBody.ofBytes/ofString/ofPath/ofInputStream(Supplier)} are; a one-shot
 * {@code RequestBody.ofStream} is not, and is never retried).
 *
 * <pre>{@code
 * client.post("/experiments/" + id + "/gates/reset", null, CallOptions.defaults().withIdempotent(true));
 * }</pre>
 *
 * @param idempotent whether a POST or PATCH may be retried; GET, HEAD, PUT and DELETE are always retryable
 * @param callTimeout the deadline for the whole call, retries and waits included, or {@code null} for the
 *         client's {@link CellEngine.Builder#callTimeout(Duration)}
 * @since 0.1
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
