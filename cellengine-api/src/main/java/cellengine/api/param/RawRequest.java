package cellengine.api.param;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One raw call below {@code /api/v1}, for {@code CellEngine.send}: any method, query parameters, a body, and whether
 * the call may be retried. It is the escape hatch for what the typed methods do not cover, like the Python client's
 * {@code _get}, {@code _post}, {@code _patch} and {@code _delete} with {@code raw=True}.
 *
 * <pre>{@code
 * RawResponse r = client.send(RawRequest.post("/experiments/" + eid + "/gates")
 *         .query("createPopulation", false).body(gateJson).build());
 * byte[] csv = client.send(RawRequest.get("/experiments/" + eid + "/bulkstatistics")
 *         .query(Map.of("format", "csv")).build()).bytes();
 * client.send(RawRequest.patch("/folders/" + id).body(Map.of("name", "Run 7")).idempotent(true).build());
 * }</pre>
 *
 * <p>Immutable; {@link #toBuilder()} derives a changed copy. {@code idempotent} tells the client that sending the
 * request twice has the same effect as sending it once, so a {@code POST} or {@code PATCH} may be retried after a
 * failure like a {@code GET}; only mark calls that are idempotent on the server (a retried create may otherwise
 * create two resources). The body must also be replayable to be retried (JSON bodies and
 * {@code RequestBody.ofBytes/ofString/ofPath/ofInputStream(Supplier)} are; {@code RequestBody.ofStream} is not).
 *
 * @since 0.1
 */
public final class RawRequest {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "PUT", "DELETE", "HEAD");

    private final String method;
    private final String path;
    private final Map<String, Object> query;
    private final Object body;
    private final boolean idempotent;
    private final Duration callTimeout;

    private RawRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(b.query));
        this.body = b.body;
        this.idempotent = b.idempotent;
        this.callTimeout = b.callTimeout;
    }

    /**
     * {@return a builder of a call}
     *
     * @param method GET, POST, PATCH, PUT, DELETE or HEAD, in any case
     * @param path the path below {@code /api/v1}, such as {@code "/experiments"}; segments unencoded
     * @throws IllegalArgumentException when the method is not one of those
     */
    public static Builder builder(String method, String path) {
        return new Builder(method, path);
    }

    /**
     * {@return a builder of a GET}
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     */
    public static Builder get(String path) {
        return new Builder("GET", path);
    }

    /**
     * {@return a builder of a POST}
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     */
    public static Builder post(String path) {
        return new Builder("POST", path);
    }

    /**
     * {@return a builder of a PATCH}
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     */
    public static Builder patch(String path) {
        return new Builder("PATCH", path);
    }

    /**
     * {@return a builder of a DELETE}
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     */
    public static Builder delete(String path) {
        return new Builder("DELETE", path);
    }

    /** {@return a builder holding this call's values} */
    public Builder toBuilder() {
        Builder b = new Builder(method, path);
        b.query.putAll(query);
        b.body = body;
        b.idempotent = idempotent;
        b.callTimeout = callTimeout;
        return b;
    }

    /** {@return the method, upper case} */
    public String method() {
        return method;
    }

    /** {@return the path below {@code /api/v1}} */
    public String path() {
        return path;
    }

    /** {@return the query parameters, in the order given; null values are left out when sent} */
    public Map<String, Object> query() {
        return query;
    }

    /** {@return the body, or empty for none} */
    public Optional<Object> body() {
        return Optional.ofNullable(body);
    }

    /** {@return whether a POST or PATCH may be retried; GET, HEAD, PUT and DELETE always may} */
    public boolean idempotent() {
        return idempotent;
    }

    /** {@return the deadline for the whole call, or empty for the client's} */
    public Optional<Duration> callTimeout() {
        return Optional.ofNullable(callTimeout);
    }

    @Override
    public String toString() {
        return "RawRequest[" + method + " " + path + (query.isEmpty() ? "" : " " + query.keySet())
                + (body == null ? "" : ", with a body") + (idempotent ? ", idempotent" : "")
                + (callTimeout == null ? "" : ", callTimeout=" + callTimeout) + "]";
    }

    /** Builds a {@link RawRequest}. Setters return the builder and reject bad values at once; not thread-safe. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final Map<String, Object> query = new LinkedHashMap<>();
        private Object body;
        private boolean idempotent;
        private Duration callTimeout;

        private Builder(String method, String path) {
            String upper = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
            if (!METHODS.contains(upper)) {
                throw new IllegalArgumentException("method must be one of " + METHODS + ", was '" + method + "'");
            }
            this.method = upper;
            this.path = Objects.requireNonNull(path, "path");
        }

        /**
         * Adds a query parameter (booleans are sent lower-case, lists as repeated keys, null left out).
         *
         * @param name the parameter
         * @param value its value
         * @return this builder
         */
        public Builder query(String name, Object value) {
            query.put(Objects.requireNonNull(name, "query parameter name"), value);
            return this;
        }

        /**
         * Adds query parameters, as Python's {@code params}.
         *
         * @param values names to values
         * @return this builder
         */
        public Builder query(Map<String, ?> values) {
            Objects.requireNonNull(values, "query").forEach(this::query);
            return this;
        }

        /**
         * Sets the body: a {@code JsonValue}, a request type, an entity record, a {@link Map} (null values sent as
         * JSON null), or a {@code RequestBody} sent as it is.
         *
         * @param value the body, or {@code null} for none
         * @return this builder
         */
        public Builder body(Object value) {
            this.body = value;
            return this;
        }

        /**
         * Marks the call as safe to send twice, so a POST or PATCH may be retried.
         *
         * @param value whether it is idempotent on the server
         * @return this builder
         */
        public Builder idempotent(boolean value) {
            this.idempotent = value;
            return this;
        }

        /**
         * Sets a deadline for the whole call: every attempt and the waits between them.
         *
         * @param value positive
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder callTimeout(Duration value) {
            Objects.requireNonNull(value, "callTimeout");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("callTimeout must be positive, was " + value);
            }
            this.callTimeout = value;
            return this;
        }

        /** {@return the call} */
        public RawRequest build() {
            return new RawRequest(this);
        }
    }
}
