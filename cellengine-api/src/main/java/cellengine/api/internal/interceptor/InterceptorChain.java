package cellengine.api.internal.interceptor;

import cellengine.api.Interceptor;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Runs a request through a fixed list of interceptors and then the transport: the one mechanism for the client's
 * own steps (headers, auth, logging) and the caller's {@link Interceptor}s. Immutable and thread-safe; each call
 * uses fresh {@link Interceptor.Chain} positions. Enforces the rules of {@link Interceptor}: {@code proceed} at most
 * once, a non-null response, and names the interceptor that broke one.
 */
public final class InterceptorChain {

    private final List<Interceptor> interceptors;
    private final Transport transport;

    /**
     * Creates a chain.
     *
     * @param interceptors the interceptors, outermost first
     * @param transport the transport at the end
     */
    public InterceptorChain(List<Interceptor> interceptors, Transport transport) {
        this.interceptors = List.copyOf(interceptors);
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    /**
     * Sends a request through every interceptor and the transport.
     *
     * @param request the request
     * @param attempt which attempt of the call this is, from 1
     * @return the response
     * @throws IOException when the transport or an interceptor fails
     * @throws InterruptedException when the thread is interrupted
     */
    public TransportResponse execute(TransportRequest request, int attempt) throws IOException, InterruptedException {
        return new Position(0, request, attempt).send();
    }

    /** The chain as seen by the interceptor at {@code index}. */
    private final class Position implements Interceptor.Chain {
        private final int index;
        private final TransportRequest request;
        private final int attempt;
        private int calls;

        Position(int index, TransportRequest request, int attempt) {
            this.index = index;
            this.request = Objects.requireNonNull(request, "request");
            this.attempt = attempt;
        }

        @Override
        public TransportRequest request() {
            return request;
        }

        @Override
        public int attempt() {
            return attempt;
        }

        @Override
        public TransportResponse proceed(TransportRequest next) throws IOException, InterruptedException {
            if (++calls > 1) {
                throw new IllegalStateException("interceptor " + interceptors.get(index - 1).getClass().getName()
                        + " must call proceed() at most once, called it again");
            }
            return new Position(index, next, attempt).send();
        }

        TransportResponse send() throws IOException, InterruptedException {
            if (index == interceptors.size()) {
                TransportResponse response = transport.send(request);
                if (response == null) {
                    throw new IllegalStateException("transport " + transport.getClass().getName()
                            + " returned null for " + request.method() + " " + request.uri().getPath());
                }
                return response;
            }
            Interceptor interceptor = interceptors.get(index);
            TransportResponse response = interceptor.intercept(new Position(index + 1, request, attempt));
            if (response == null) {
                throw new IllegalStateException("interceptor " + interceptor.getClass().getName()
                        + " returned null");
            }
            return response;
        }
    }
}
