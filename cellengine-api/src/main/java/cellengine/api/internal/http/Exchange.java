package cellengine.api.internal.http;

import cellengine.api.ApiException;
import cellengine.api.CellEngineException;
import cellengine.api.RetryPolicy;
import cellengine.api.TransportException;
import cellengine.api.internal.http.CallOptions;
import cellengine.api.internal.interceptor.InterceptorChain;
import cellengine.api.spi.Headers;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One logical API call: attempts until one succeeds, the failure is not retryable, the attempts run out or the
 * deadline passes (see {@link RetryPolicy} for the rules). Every attempt sends the same {@code X-Request-Id}.
 * The exception thrown at the end is the last attempt's, with the earlier ones attached as suppressed.
 */
final class Exchange {

    /** Methods that are safe to repeat by definition (RFC 9110 §9.2.2). */
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final System.Logger LOGGER = System.getLogger("cellengine.api");

    private final InterceptorChain chain;
    private final CallSettings settings;
    private final TransportRequest request;
    private final String url;
    private final String requestId;
    private final Duration callTimeout;
    private final boolean safeToRepeat;
    private final boolean replayable;

    Exchange(InterceptorChain chain, CallSettings settings, TransportRequest request, String url, String requestId,
             CallOptions options) {
        this.chain = chain;
        this.settings = settings;
        this.request = request;
        this.url = url;
        this.requestId = requestId;
        this.callTimeout = options.callTimeout() != null ? options.callTimeout() : settings.callTimeout();
        RequestBody body = request.body();
        this.replayable = body == null || body.replayable();
        this.safeToRepeat = replayable && (IDEMPOTENT_METHODS.contains(request.method()) || options.idempotent());
    }

    /** Reads a successful answer into memory, up to {@link ApiCaller#MAX_BODY} bytes. */
    static final BodySink<ApiCaller.Answer> IN_MEMORY = (body, head) -> {
        byte[] bytes = readAtMost(body, ApiCaller.MAX_BODY, true);
        if (bytes == null) {
            throw new ApiException(head.method() + " " + head.url() + " answered " + head.status()
                    + " with a body larger than " + ApiCaller.MAX_BODY + " bytes (request id " + head.requestId() + ")",
                    head.status(), head.method(), head.url(), "body too large", head.requestId(), null);
        }
        return new ApiCaller.Answer(head.status(), head.headers(), bytes, head.method(), head.url(), head.requestId());
    };

    /** Set once a successful body reached a sink that cannot take it twice; no retry is possible after that. */
    private boolean handedToCaller;

    /**
     * Runs the call, reading a successful body into memory.
     *
     * @return the answer
     */
    ApiCaller.Answer run() {
        return run(IN_MEMORY, true);
    }

    /**
     * Runs the call and hands a successful body to a sink.
     *
     * @param sink consumes the 2xx body; an {@link IOException} from it is a failed transfer
     * @param repeatable whether a failure while the sink reads may be retried; false for sinks that pass bytes on
     *        to the caller (a stream, a file), since a second attempt would write them twice
     * @param <T> the sink's result
     * @return the sink's result
     */
    <T> T run(BodySink<T> sink, boolean repeatable) {
        RetryPolicy policy = settings.retryPolicy();
        Clock clock = policy.clock();
        Instant deadline = callTimeout == null ? null : clock.instant().plus(callTimeout);
        List<CellEngineException> earlier = new ArrayList<>(0);
        for (int attempt = 1; ; attempt++) {
            CellEngineException failure;
            try {
                return attempt(attempt, deadline == null ? null : Duration.between(clock.instant(), deadline), sink,
                        repeatable);
            } catch (ApiException | TransportException e) {
                failure = e;
            }
            Duration delay = delayBeforeRetry(failure, attempt, policy, clock, deadline);
            if (delay == null) {
                throw finalFailure(failure, earlier, attempt, clock, deadline);
            }
            if (LOGGER.isLoggable(Level.INFO)) {
                LOGGER.log(Level.INFO, request.method() + " " + url + " " + summary(failure) + "; retry "
                        + attempt + " of " + (policy.maxAttempts() - 1) + " in " + delay.toMillis()
                        + " ms (request id " + requestId + ")");
            }
            try {
                policy.sleeper().sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                TransportException interrupted = new TransportException(request.method(), url,
                        "was interrupted while waiting to retry", e, requestId);
                earlier.forEach(interrupted::addSuppressed);
                interrupted.addSuppressed(failure);
                throw interrupted;
            }
            earlier.add(failure);
        }
    }

    /** {@return how long to wait before the next attempt, or null to give up} */
    private Duration delayBeforeRetry(CellEngineException failure, int attempt, RetryPolicy policy, Clock clock,
                                      Instant deadline) {
        if (attempt >= policy.maxAttempts() || handedToCaller) {
            return null;
        }
        Duration delay;
        if (failure instanceof TransportException) {
            if (NetworkFailures.permanent((TransportException) failure)) {
                return null;
            }
            Throwable cause = failure.getCause();
            if (cause instanceof InterruptedException || Thread.currentThread().isInterrupted()) {
                return null;
            }
            boolean neverSent = cause instanceof ConnectException;
            if (!safeToRepeat && !(neverSent && replayable)) {
                return null;
            }
            delay = policy.backoff(attempt);
        } else {
            ApiException api = (ApiException) failure;
            if (!safeToRepeat || !policy.retryableStatuses().contains(api.status())) {
                return null;
            }
            Duration retryAfter = api.retryAfter().orElse(null);
            if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
                return null;
            }
            delay = retryAfter != null ? retryAfter : policy.backoff(attempt);
        }
        if (deadline != null && !clock.instant().plus(delay).isBefore(deadline)) {
            return null;
        }
        return delay;
    }

    private CellEngineException finalFailure(CellEngineException failure, List<CellEngineException> earlier,
                                             int attempts, Clock clock, Instant deadline) {
        CellEngineException last = failure;
        if (failure instanceof TransportException && deadline != null && !clock.instant().isBefore(deadline)) {
            last = new TransportException(request.method(), url, "exceeded the call timeout of "
                    + WatchedInputStream.human(callTimeout) + " (" + attempts + " attempt" + (attempts == 1 ? "" : "s")
                    + ")", failure.getCause(), requestId);
        }
        for (CellEngineException e : earlier) {
            last.addSuppressed(e);
        }
        return last;
    }

    private static String summary(CellEngineException failure) {
        if (failure instanceof ApiException) {
            return "answered " + ((ApiException) failure).status();
        }
        Throwable cause = failure.getCause();
        return "failed (" + (cause == null ? "no answer" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())) + ")";
    }

    private <T> T attempt(int attempt, Duration remaining, BodySink<T> sink, boolean repeatable) {
        String method = request.method();
        Duration timeout = settings.requestTimeout();
        if (remaining != null && remaining.compareTo(timeout) < 0) {
            timeout = remaining.isNegative() || remaining.isZero() ? Duration.ofMillis(1) : remaining;
        }
        long deadlineNanos = remaining == null ? Long.MAX_VALUE : System.nanoTime() + Math.max(0, remaining.toNanos());
        TransportRequest sent = new TransportRequest(method, request.uri(), request.headers(), request.body(),
                timeout);
        try (TransportResponse response = chain.execute(sent, attempt)) {
            int status = response.status();
            Headers headers = response.headers();
            String answeredId = headers.firstValue(ApiCaller.REQUEST_ID_HEADER).orElse(requestId);
            boolean success = status >= 200 && status < 300;
            try (InputStream body = new WatchedInputStream(response.body(), settings.readTimeout(), deadlineNanos)) {
                if (success) {
                    handedToCaller = !repeatable;
                    return sink.accept(body, new ApiCaller.Answer(status, headers, new byte[0], method, url,
                            answeredId));
                }
                byte[] bytes = readAtMost(body, ApiCaller.MAX_ERROR_BODY, false);
                throw ErrorMapper.map(status, headers, bytes, method, url, answeredId,
                        settings.retryPolicy().clock());
            } catch (IOException e) {
                throw new TransportException(method, url, "failed while reading the " + status + " response", e,
                        answeredId);
            }
        } catch (IOException e) {
            throw NetworkFailures.noAnswer(method, url, e, requestId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(method, url, "was interrupted", e, requestId);
        }
    }

    /** Reads the whole stream, or returns null (success) / a truncated prefix (error) beyond the limit. */
    private static byte[] readAtMost(InputStream in, int limit, boolean failWhenLonger) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + n > limit) {
                if (failWhenLonger) {
                    return null;
                }
                out.write(buffer, 0, limit - out.size());
                return out.toByteArray();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
