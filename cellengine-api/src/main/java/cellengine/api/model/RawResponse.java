package cellengine.api.model;

import cellengine.api.ApiException;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.spi.Headers;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A successful answer to a raw call ({@code CellEngine.send}), held in memory: its status, headers and bytes, with
 * the bytes readable as JSON or text (the Python client's {@code raw=True} gives the bytes). An error status never
 * gets here: it is thrown as an {@link ApiException}.
 *
 * @since 0.1
 */
public final class RawResponse {

    private final int status;
    private final Headers headers;
    private final byte[] body;
    private final String method;
    private final String url;
    private final String requestId;

    /**
     * Creates a response.
     *
     * @param status the 2xx status
     * @param headers the response headers
     * @param body the body bytes (copied)
     * @param method the request method, for messages
     * @param url the request URL without credentials, for messages
     * @param requestId the request id, for messages
     */
    public RawResponse(int status, Headers headers, byte[] body, String method, String url, String requestId) {
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
        this.body = Objects.requireNonNull(body, "body").clone();
        this.method = Objects.requireNonNull(method, "method");
        this.url = Objects.requireNonNull(url, "url");
        this.requestId = requestId;
    }

    /** {@return the HTTP status, 2xx} */
    public int status() {
        return status;
    }

    /** {@return the response headers} */
    public Headers headers() {
        return headers;
    }

    /** {@return a copy of the body's bytes; empty for a body-less answer such as 204} */
    public byte[] bytes() {
        return body.clone();
    }

    /** {@return the body decoded as UTF-8} */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * {@return the body parsed as JSON; {@link JsonValue#NULL} for an empty body}
     *
     * @throws ApiException when the body is not JSON, naming the request and the problem
     */
    public JsonValue json() {
        if (body.length == 0) {
            return JsonValue.NULL;
        }
        try {
            return Json.readValue(body);
        } catch (MalformedJsonException e) {
            String problem = "its body is not JSON: " + e.getMessage();
            throw new ApiException(method + " " + url + " answered " + status + " but " + problem + " (request id "
                    + requestId + ")", status, method, url, problem, requestId, e);
        }
    }

    /** {@return the request id the client sent, or {@code null}} */
    public String requestId() {
        return requestId;
    }

    @Override
    public String toString() {
        return "RawResponse[" + status + ", " + body.length + " bytes, " + method + " " + url + "]";
    }
}
