package cellengine.api.internal.interceptor;

import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;

/** The rest of an interceptor chain, as seen by one {@link Interceptor}. */
public interface Chain {

    /** {@return the request as it reached this interceptor} */
    TransportRequest request();

    /**
     * Passes the (possibly changed) request on and returns the response. Call exactly once.
     *
     * @param request the request to send
     * @return the response
     * @throws IOException when the transport fails
     * @throws InterruptedException when the thread is interrupted
     * @throws IllegalStateException when called a second time
     */
    TransportResponse proceed(TransportRequest request) throws IOException, InterruptedException;
}
