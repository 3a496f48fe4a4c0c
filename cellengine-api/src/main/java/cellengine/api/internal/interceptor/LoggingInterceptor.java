package cellengine.api.internal.interceptor;

import cellengine.api.Interceptor;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.SafeUrls;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Logs each attempt. At {@code DEBUG}: method, URL (credentials removed), status, duration and request id (the
 * server's when it answers with one). At {@code TRACE}, also the request and response headers: values of the headers
 * in {@link LoggedHeaders#ALLOWED} only, credentials always redacted. Bodies are never logged, so no token, password
 * or cookie reaches a log.
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
        String id = request.headers().firstValue(ApiCaller.REQUEST_ID_HEADER).orElse("none");
        boolean trace = logger.isLoggable(Level.TRACE);
        if (trace) {
            logger.log(Level.TRACE, what + " sending headers " + LoggedHeaders.render(request.headers())
                    + (request.body() == null ? "" : " and a body of " + length(request.body().contentLength()))
                    + " (request id " + id + ")");
        }
        long start = System.nanoTime();
        try {
            TransportResponse response = chain.proceed(request);
            long ms = (System.nanoTime() - start) / 1_000_000;
            String answeredId = response.headers().firstValue(ApiCaller.REQUEST_ID_HEADER).orElse(id);
            logger.log(Level.DEBUG, what + " -> " + response.status() + " in " + ms + " ms (request id "
                    + answeredId + ")");
            if (trace) {
                logger.log(Level.TRACE, what + " received headers " + LoggedHeaders.render(response.headers())
                        + " (request id " + answeredId + ")");
            }
            return response;
        } catch (IOException | RuntimeException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            logger.log(Level.DEBUG, what + " failed after " + ms + " ms (request id " + id + "): "
                    + e.getClass().getSimpleName());
            throw e;
        }
    }

    private static String length(long n) {
        return n < 0 ? "unknown length" : n + " bytes";
    }
}
