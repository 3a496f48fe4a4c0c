package cellengine.api.internal.interceptor;

import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.util.UUID;

/** Gives every request an {@code X-Request-Id} (a random UUID) unless it already has one. */
public final class RequestIdInterceptor implements Interceptor {

    /** The header carrying the request id. */
    public static final String HEADER = "X-Request-Id";

    @Override
    public TransportResponse intercept(Chain chain) throws IOException, InterruptedException {
        TransportRequest request = chain.request();
        if (request.headers().contains(HEADER)) {
            return chain.proceed(request);
        }
        return chain.proceed(request.withHeaders(request.headers().toBuilder()
                .set(HEADER, UUID.randomUUID().toString()).build()));
    }
}
