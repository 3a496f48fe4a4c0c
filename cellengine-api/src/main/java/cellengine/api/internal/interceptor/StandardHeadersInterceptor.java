package cellengine.api.internal.interceptor;

import cellengine.api.Interceptor;
import cellengine.api.spi.Headers;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.util.Objects;

/**
 * Adds {@code User-Agent}, {@code Accept: application/json}, and the body's {@code Content-Type}, unless the
 * request sets them already.
 */
public final class StandardHeadersInterceptor implements Interceptor {

    private final String userAgent;

    /**
     * Creates the interceptor.
     *
     * @param userAgent the {@code User-Agent} value, such as {@code cellengine-java/0.1.0}
     */
    public StandardHeadersInterceptor(String userAgent) {
        this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    }

    @Override
    public TransportResponse intercept(Chain chain) throws IOException, InterruptedException {
        TransportRequest request = chain.request();
        Headers.Builder headers = request.headers().toBuilder();
        if (!request.headers().contains("User-Agent")) {
            headers.set("User-Agent", userAgent);
        }
        if (!request.headers().contains("Accept")) {
            headers.set("Accept", "application/json");
        }
        if (request.body() != null && !request.headers().contains("Content-Type")) {
            headers.set("Content-Type", request.body().contentType());
        }
        return chain.proceed(request.withHeaders(headers.build()));
    }
}
