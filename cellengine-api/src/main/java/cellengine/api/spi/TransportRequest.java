package cellengine.api.spi;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * One HTTP request as handed to a {@link Transport}: immutable, and can be sent more than once when its body is
 * replayable.
 *
 * <p>{@link #toString()} shows the method, URI and headers with credentials redacted (see {@link Headers}).
 *
 * @param method the upper-case method, such as {@code GET} or {@code PATCH}
 * @param uri the absolute {@code http} or {@code https} URI
 * @param headers the headers to send; the transport adds {@code Content-Length} and {@code Host} itself
 * @param body the body, or {@code null} for none
 * @param timeout how long to wait for the response headers, or {@code null} for the transport's default
 * @since 0.1
 */
public record TransportRequest(String method, URI uri, Headers headers, RequestBody body, Duration timeout) {

    /**
     * Checks the request.
     *
     * @param method the upper-case method
     * @param uri the absolute http(s) URI
     * @param headers the headers
     * @param body the body, or {@code null}
     * @param timeout the timeout, or {@code null}
     * @throws IllegalArgumentException when the method is not an upper-case token, the URI is not absolute
     *         http(s), or the timeout is not positive
     */
    public TransportRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(headers, "headers");
        if (method.isEmpty() || !method.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            throw new IllegalArgumentException("method must be an upper-case token such as GET, was '" + method
                    + "'");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("uri must be an absolute http or https URI, was " + uri);
        }
        if (timeout != null) {
            TransportConfig.requirePositive(timeout, "timeout");
        }
    }

    /**
     * {@return a builder for a request with the given method and URI}
     *
     * @param method the upper-case method
     * @param uri the absolute URI
     */
    public static Builder builder(String method, URI uri) {
        return new Builder(method, uri);
    }

    /** {@return a builder holding this request's values} */
    public Builder toBuilder() {
        Builder b = new Builder(method, uri);
        b.headers = headers.toBuilder();
        b.body = body;
        b.timeout = timeout;
        return b;
    }

    /**
     * {@return a copy with other headers}
     *
     * @param newHeaders the headers
     */
    public TransportRequest withHeaders(Headers newHeaders) {
        return new TransportRequest(method, uri, newHeaders, body, timeout);
    }

    @Override
    public String toString() {
        return "TransportRequest[" + method + " " + uri + ", headers=" + headers + ", body=" + body
                + (timeout == null ? "" : ", timeout=" + timeout) + "]";
    }

    /**
     * Builds a {@link TransportRequest}. Setters change the builder and return it; the builder is not thread-safe;
     * {@link #build()} returns a new immutable request each time.
     */
    public static final class Builder {
        private String method;
        private URI uri;
        private Headers.Builder headers = Headers.builder();
        private RequestBody body;
        private Duration timeout;

        private Builder(String method, URI uri) {
            this.method = Objects.requireNonNull(method, "method");
            this.uri = Objects.requireNonNull(uri, "uri");
        }

        /**
         * Sets the method.
         *
         * @param value the upper-case method
         * @return this builder
         */
        public Builder method(String value) {
            this.method = Objects.requireNonNull(value, "method");
            return this;
        }

        /**
         * Sets the URI.
         *
         * @param value the absolute URI
         * @return this builder
         */
        public Builder uri(URI value) {
            this.uri = Objects.requireNonNull(value, "uri");
            return this;
        }

        /**
         * Adds a header value.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder header(String name, String value) {
            headers.add(name, value);
            return this;
        }

        /**
         * Replaces a header's values with one value.
         *
         * @param name the header name
         * @param value the value
         * @return this builder
         */
        public Builder setHeader(String name, String value) {
            headers.set(name, value);
            return this;
        }

        /**
         * Replaces all headers.
         *
         * @param value the headers
         * @return this builder
         */
        public Builder headers(Headers value) {
            this.headers = value.toBuilder();
            return this;
        }

        /**
         * Sets the body.
         *
         * @param value the body, or {@code null} for none
         * @return this builder
         */
        public Builder body(RequestBody value) {
            this.body = value;
            return this;
        }

        /**
         * Sets the timeout for this request.
         *
         * @param value positive, or {@code null} for the transport's default
         * @return this builder
         */
        public Builder timeout(Duration value) {
            if (value != null) {
                TransportConfig.requirePositive(value, "timeout");
            }
            this.timeout = value;
            return this;
        }

        /** {@return a new request with the values set so far} */
        public TransportRequest build() {
            return new TransportRequest(method, uri, headers.build(), body, timeout);
        }
    }
}
