package cellengine.api.internal.interceptor;

import cellengine.api.internal.http.SafeUrls;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Logs each exchange at {@code DEBUG}: method, URL (credentials removed), status, duration and request id. Never
 * headers or bodies, so no token, password or cookie reaches a log.
 */
public final class LoggingInterceptor implements Interceptor {

    private final System.Logger logger;

    /**
     * Creates the interceptor.
     *
     * @param logger where to log
     */
    public LoggingInterceptor(System.Logger logger) {
        this.logger = Objects.requireNonNull(logger, "logger");
    }

    @Override
    public TransportResponse intercept(Chain chain) throws IOException, InterruptedException {
        TransportRequest request = chain.request();
        if (!logger.isLoggable(Level.DEBUG)) {
            return chain.proceed(request);
        }
        String what = request.method() + " " + SafeUrls.redact(request.uri());
        String id = request.headers().firstValue(RequestIdInterceptor.HEADER).orElse("none");
        long start = System.nanoTime();
        try {
            TransportResponse response = chain.proceed(request);
            long ms = (System.nanoTime() - start) / 1_000_000;
            logger.log(Level.DEBUG, what + " -> " + response.status() + " in " + ms + " ms (request id " + id
                    + ")");
            return response;
        } catch (IOException | RuntimeException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            logger.log(Level.DEBUG, what + " failed after " + ms + " ms (request id " + id + "): "
                    + e.getClass().getSimpleName());
            throw e;
        }
    }
}
