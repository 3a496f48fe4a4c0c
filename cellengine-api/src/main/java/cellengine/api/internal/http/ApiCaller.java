package cellengine.api.internal.http;

import cellengine.api.ApiException;
import cellengine.api.TransportException;
import cellengine.api.internal.http.CallOptions;
import cellengine.api.internal.interceptor.InterceptorChain;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.spi.Headers;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.TransportRequest;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Sends API calls below {@code <origin>/api/v1} through an interceptor chain and turns answers into values or
 * exceptions: 2xx JSON is bound, an error status becomes an {@link ApiException}, a missing answer a
 * {@link TransportException}, a 2xx body that is not the expected JSON an {@link ApiException} naming the problem.
 * Failed attempts are retried as {@link CallSettings#retryPolicy()} allows (see {@link Exchange}). Thread-safe.
 */
public final class ApiCaller {

    /** The header carrying the request id, the same on every attempt of a call (docs/reliability.md). */
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    /** The largest success body read into memory. */
    static final int MAX_BODY = 256 * 1024 * 1024;
    /** The most of an error body read for its message. */
    static final int MAX_ERROR_BODY = 64 * 1024;

    private final String apiBase;
    private final InterceptorChain chain;
    private final CallSettings settings;
    private volatile boolean closed;

    /**
     * Creates a caller.
     *
     * @param origin the server origin, such as {@code https://cellengine.com}, without a trailing slash
     * @param chain the interceptors and transport
     * @param timeout the per-request timeout; the other settings are the defaults
     */
    public ApiCaller(String origin, InterceptorChain chain, Duration timeout) {
        this(origin, chain, CallSettings.of(Objects.requireNonNull(timeout, "timeout")));
    }

    /**
     * Creates a caller.
     *
     * @param origin the server origin, such as {@code https://cellengine.com}, without a trailing slash
     * @param chain the interceptors and transport
     * @param settings timeouts and the retry policy
     */
    public ApiCaller(String origin, InterceptorChain chain, CallSettings settings) {
        this.apiBase = Objects.requireNonNull(origin, "origin") + "/api/v1";
        this.chain = Objects.requireNonNull(chain, "chain");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Calls and binds a JSON object answer.
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters (null values left out)
     * @param body the body (see {@link Json#toJsonValue}), a {@link RequestBody}, or {@code null} for none
     * @param type the type to bind
     * @param <T> the type to bind
     * @return the bound answer
     */
    public <T> T object(String method, ApiPath path, Map<String, ?> query, Object body, Class<T> type) {
        Answer answer = exchange(method, path, query, body);
        try {
            T value = Json.read(answer.body(), type);
            if (value == null) {
                throw answer.unusable("null where " + type.getSimpleName() + " was expected", null);
            }
            return value;
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
    }

    /**
     * Calls and binds a JSON array answer.
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters
     * @param type the element type
     * @param <T> the element type
     * @return the bound list
     */
    public <T> List<T> list(String method, ApiPath path, Map<String, ?> query, Class<T> type) {
        Answer answer = exchange(method, path, query, null);
        try {
            return Json.readList(answer.body(), type);
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
    }

    /**
     * Calls and parses any JSON answer.
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters
     * @param body the body, or {@code null}
     * @return the parsed answer
     */
    public JsonValue value(String method, ApiPath path, Map<String, ?> query, Object body) {
        Answer answer = exchange(method, path, query, body);
        try {
            return Json.readValue(answer.body());
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
    }

    /**
     * Calls and ignores the answer's body (DELETE).
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters
     */
    public void discard(String method, ApiPath path, Map<String, ?> query) {
        exchange(method, path, query, null);
    }

    /**
     * Calls and returns the raw successful answer.
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters
     * @param body the body, or {@code null}
     * @return the status, headers and bytes of a 2xx answer
     * @throws ApiException for any other status
     * @throws TransportException when no answer came
     */
    public Answer exchange(String method, ApiPath path, Map<String, ?> query, Object body) {
        return exchange(method, path, query, body, CallOptions.defaults());
    }

    /**
     * Calls with per-call options and returns the raw successful answer, retrying as the client's
     * {@link cellengine.api.RetryPolicy} and the options allow.
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters
     * @param body the body, or {@code null}
     * @param options idempotency and call timeout
     * @return the status, headers and bytes of a 2xx answer
     * @throws ApiException for any other status
     * @throws TransportException when no answer came
     */
    public Answer exchange(String method, ApiPath path, Map<String, ?> query, Object body, CallOptions options) {
        Objects.requireNonNull(options, "options");
        return newExchange(method, path, query, body, options, null).run();
    }

    /**
     * Calls with per-call options and parses any JSON answer.
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters
     * @param body the body, or {@code null}
     * @param options idempotency and call timeout
     * @return the parsed answer
     */
    public JsonValue value(String method, ApiPath path, Map<String, ?> query, Object body, CallOptions options) {
        Answer answer = exchange(method, path, query, body, options);
        try {
            return Json.readValue(answer.body());
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
    }

    /**
     * Calls and streams a successful answer's body into a sink, never holding it in memory; an error answer is
     * read (its first {@value #MAX_ERROR_BODY} bytes) and thrown as an {@link ApiException}.
     *
     * @param method the method
     * @param path the path below {@code /api/v1}
     * @param query query parameters
     * @param body the body (see {@link Json#toJsonValue}), a {@link RequestBody}, or {@code null}
     * @param sink consumes the 2xx body
     * @param <T> the sink's result
     * @return the sink's result
     * @throws ApiException for a status other than 2xx
     * @throws TransportException when no answer came or the body broke off
     */
    public <T> T download(String method, ApiPath path, Map<String, ?> query, Object body, BodySink<T> sink) {
        Objects.requireNonNull(sink, "sink");
        return newExchange(method, path, query, body, CallOptions.defaults(), "*/*").run((stream, head) -> {
            FailureTrackingInputStream tracked = new FailureTrackingInputStream(stream);
            try {
                return sink.accept(tracked, head);
            } catch (IOException e) {
                if (tracked.failed()) {
                    throw e;
                }
                throw new UncheckedIOException(head.method() + " " + head.url() + ": " + e.getMessage(), e);
            }
        }, false);
    }

    /** Refuses every later call with an {@link IllegalStateException}; calls already under way finish. */
    public void close() {
        closed = true;
    }

    private Exchange newExchange(String method, ApiPath path, Map<String, ?> query, Object body, CallOptions options,
                                 String accept) {
        if (closed) {
            throw new IllegalStateException("this CellEngine client is closed");
        }
        String queryString = QueryString.encode(query);
        URI uri = URI.create(apiBase + path.encoded() + (queryString.isEmpty() ? "" : "?" + queryString));
        String requestId = UUID.randomUUID().toString();
        TransportRequest.Builder request = TransportRequest.builder(method, uri)
                .header(REQUEST_ID_HEADER, requestId)
                .body(toRequestBody(body));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return new Exchange(chain, settings, request.build(), SafeUrls.redact(uri), requestId, options);
    }

    private static RequestBody toRequestBody(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof RequestBody) {
            return (RequestBody) body;
        }
        String json = Json.toJsonValue(body).toString();
        return RequestBody.ofBytes(json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    /**
     * A successful answer read into memory.
     *
     * @param status the 2xx status
     * @param headers the response headers
     * @param body the body bytes
     * @param method the request method
     * @param url the request URL without credentials
     * @param requestId the request id
     */
    public record Answer(int status, Headers headers, byte[] body, String method, String url, String requestId) {

        /**
         * {@return an exception saying the 2xx body could not be used}
         *
         * @param problem what is wrong with it
         * @param cause the parser's exception, or {@code null}
         */
        public ApiException unusable(String problem, Throwable cause) {
            String message = method + " " + url + " answered " + status + " but " + problem + " (request id "
                    + requestId + ")";
            return new ApiException(message, status, method, url, problem, requestId, cause);
        }
    }
}
