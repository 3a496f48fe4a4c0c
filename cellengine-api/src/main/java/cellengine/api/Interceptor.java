package cellengine.api;

import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;

/**
 * A hook around every HTTP attempt the client makes: it sees the request, may change it (add a gateway header,
 * sign it), may observe or replace the response, or may answer without calling the server at all. Added with
 * {@link CellEngineBuilder#addInterceptor(Interceptor)}.
 *
 * <pre>{@code
 * CellEngine client = CellEngine.builder()
 *         .token(token)
 *         .addInterceptor(chain -> chain.proceed(chain.request().withHeaders(
 *                 chain.request().headers().toBuilder().set("X-Gateway-Key", gatewayKey).build())))
 *         .build();
 * }</pre>
 *
 * <p><b>Order.</b> Every call runs inside the retry loop; each attempt runs the whole chain again, outermost first:
 * <ol>
 *   <li>the standard headers ({@code User-Agent}, {@code Accept}, the body's {@code Content-Type}) and the
 *       call's {@code X-Request-Id}, the same on every attempt;</li>
 *   <li>authentication (the session cookie, and {@code Authorization: Bearer} when asked for), signing in first in
 *       the password flow;</li>
 *   <li>the interceptors added to the builder, in the order they were added (the first added is outermost), so
 *       they see the request as it will be sent, credentials included, and may sign all of it;</li>
 *   <li>logging (each attempt at {@code DEBUG}, headers at {@code TRACE}), which therefore shows what the
 *       interceptors added, as the transport will send it;</li>
 *   <li>the transport.</li>
 * </ol>
 * Sign-in requests of the password flow pass through the same chain without step 2. The retry policy sees the
 * outcome of the whole chain: a response an interceptor returns is judged by its status like any other, and an
 * {@link IOException} it throws is a failed attempt ({@link TransportException}).
 *
 * <p><b>Rules.</b> Called on the thread that makes the call (any thread: interceptors are shared and must be
 * thread-safe). An interceptor calls {@link Chain#proceed} at most once; when it does not call it, it returns its
 * own response (a short-circuit), which later interceptors, logging and the transport never see. It returns a
 * non-null response and closes any response it replaces. Breaking a rule is an {@link IllegalStateException} that
 * names the interceptor's class. Interceptors must not log credentials: request headers such as {@code Cookie}
 * and {@code Authorization} hold the session token.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Interceptor {

    /**
     * Handles one attempt.
     *
     * @param chain the request and the rest of the chain
     * @return the response from {@link Chain#proceed}, possibly replaced, or the interceptor's own
     * @throws IOException when the attempt fails without an answer
     * @throws InterruptedException when the thread is interrupted
     */
    TransportResponse intercept(Chain chain) throws IOException, InterruptedException;

    /** The rest of the chain, as one interceptor sees it. */
    interface Chain {

        /** {@return the request as it reached this interceptor} */
        TransportRequest request();

        /** {@return which attempt of the call this is: 1 for the first, 2 for the first retry, and so on} */
        int attempt();

        /**
         * Passes the (possibly changed) request on and returns the response. Call at most once.
         *
         * @param request the request to send
         * @return the response, which the interceptor returns or closes
         * @throws IOException when the attempt fails without an answer
         * @throws InterruptedException when the thread is interrupted
         * @throws IllegalStateException when called a second time
         */
        TransportResponse proceed(TransportRequest request) throws IOException, InterruptedException;
    }
}
