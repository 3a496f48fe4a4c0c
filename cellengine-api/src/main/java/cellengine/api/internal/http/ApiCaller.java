package cellengine.api.internal.http;

import cellengine.api.ApiException;
import cellengine.api.TransportException;
import cellengine.api.internal.interceptor.InterceptorChain;
import cellengine.api.internal.interceptor.RequestIdInterceptor;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.spi.Headers;
import cellengine.api.spi.RequestBody;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import jakarta.json.JsonValue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * Thread-safe.
 */
public final class ApiCaller {

    /** The largest success body read into memory. */
    static final int MAX_BODY = 256 * 1024 * 1024;
    /** The most of an error body read for its message. */
    static final int MAX_ERROR_BODY = 64 * 1024;

    private final String apiBase;
    private final InterceptorChain chain;
    private final Duration timeout;

    /**
     * Creates a caller.
     *
     * @param origin the server origin, such as {@code https://cellengine.com}, without a trailing slash
     * @param chain the interceptors and transport
     * @param timeout the per-request timeout
     */
    public ApiCaller(String origin, InterceptorChain chain, Duration timeout) {
        this.apiBase = Objects.requireNonNull(origin, "origin") + "/api/v1";
        this.chain = Objects.requireNonNull(chain, "chain");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
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
        String queryString = QueryString.encode(query);
        URI uri = URI.create(apiBase + path.encoded() + (queryString.isEmpty() ? "" : "?" + queryString));
        String url = SafeUrls.redact(uri);
        RequestBody requestBody = toRequestBody(body);
        String requestId = UUID.randomUUID().toString();
        TransportRequest request = TransportRequest.builder(method, uri)
                .header(RequestIdInterceptor.HEADER, requestId)
                .body(requestBody)
                .timeout(timeout)
                .build();
        try (TransportResponse response = chain.execute(request)) {
            int status = response.status();
            Headers headers = response.headers();
            String answeredId = headers.firstValue(RequestIdInterceptor.HEADER).orElse(requestId);
            boolean success = status >= 200 && status < 300;
            byte[] bytes;
            try {
                bytes = readAtMost(response.body(), success ? MAX_BODY : MAX_ERROR_BODY, success);
            } catch (IOException e) {
                throw new TransportException(method, url, "failed while reading the " + status + " response", e);
            }
            if (bytes == null) {
                throw new ApiException(method + " " + url + " answered " + status + " with a body larger than "
                        + MAX_BODY + " bytes (request id " + answeredId + ")", status, method, url,
                        "body too large", answeredId, null);
            }
            if (!success) {
                throw ErrorMapper.map(status, headers, bytes, method, url, answeredId);
            }
            return new Answer(status, headers, bytes, method, url, answeredId);
        } catch (IOException e) {
            throw new TransportException(method, url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(method, url, "was interrupted", e);
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
        String queryString = QueryString.encode(query);
        URI uri = URI.create(apiBase + path.encoded() + (queryString.isEmpty() ? "" : "?" + queryString));
        String url = SafeUrls.redact(uri);
        String requestId = UUID.randomUUID().toString();
        TransportRequest request = TransportRequest.builder(method, uri)
                .header(RequestIdInterceptor.HEADER, requestId)
                .header("Accept", "*/*")
                .body(toRequestBody(body))
                .timeout(timeout)
                .build();
        try (TransportResponse response = chain.execute(request)) {
            int status = response.status();
            Headers headers = response.headers();
            String answeredId = headers.firstValue(RequestIdInterceptor.HEADER).orElse(requestId);
            if (status < 200 || status >= 300) {
                byte[] bytes;
                try {
                    bytes = readAtMost(response.body(), MAX_ERROR_BODY, false);
                } catch (IOException e) {
                    throw new TransportException(method, url, "failed while reading the " + status + " response", e);
                }
                throw ErrorMapper.map(status, headers, bytes, method, url, answeredId);
            }
            FailureTrackingInputStream tracked = new FailureTrackingInputStream(response.body());
            try {
                return sink.accept(tracked, new Answer(status, headers, new byte[0], method, url, answeredId));
            } catch (IOException e) {
                if (tracked.failed()) {
                    throw new TransportException(method, url, "failed while reading the " + status + " response", e);
                }
                throw new java.io.UncheckedIOException(method + " " + url + ": " + e.getMessage(), e);
            }
        } catch (IOException e) {
            throw new TransportException(method, url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(method, url, "was interrupted", e);
        }
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
