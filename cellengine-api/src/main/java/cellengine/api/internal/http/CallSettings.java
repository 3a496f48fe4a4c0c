package cellengine.api.internal.http;

import cellengine.api.RetryPolicy;

import java.time.Duration;
import java.util.Objects;

/**
 * The timeouts and retry policy of every call a client makes.
 *
 * @param requestTimeout the longest wait for one attempt's response headers
 * @param readTimeout the longest a single read of a response body may block
 * @param callTimeout the deadline of a whole call, retries and waits included, or {@code null} for none
 * @param retryPolicy when and how long to wait before retrying
 */
public record CallSettings(Duration requestTimeout, Duration readTimeout, Duration callTimeout,
                           RetryPolicy retryPolicy) {

    /** The default read timeout: 60 seconds. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);

    /**
     * Checks the settings.
     *
     * @param requestTimeout positive
     * @param readTimeout positive
     * @param callTimeout positive, or {@code null}
     * @param retryPolicy the policy
     */
    public CallSettings {
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
    }

    /**
     * {@return settings with this request timeout and the defaults otherwise}
     *
     * @param requestTimeout the longest wait for response headers
     */
    public static CallSettings of(Duration requestTimeout) {
        return new CallSettings(requestTimeout, DEFAULT_READ_TIMEOUT, null, RetryPolicy.defaults());
    }
}
