package cellengine.api.internal.interceptor;

import cellengine.api.spi.TransportResponse;

import java.io.IOException;

/**
 * One step of cross-cutting request handling (request ids, headers, auth, logging), in OkHttp's shape.
 *
 * <p>Called on the thread that makes the API call. An interceptor calls {@link Chain#proceed} exactly once and
 * returns a non-null response; {@link InterceptorChain} enforces both and names the culprit.
 */
@FunctionalInterface
public interface Interceptor {

    /**
     * Handles one request.
     *
     * @param chain the request and the rest of the chain
     * @return the response from {@link Chain#proceed}, possibly replaced
     * @throws IOException when the transport fails
     * @throws InterruptedException when the thread is interrupted
     */
    TransportResponse intercept(Chain chain) throws IOException, InterruptedException;
}
