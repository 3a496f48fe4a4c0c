package cellengine.api.internal.interceptor;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Runs a request through a fixed list of interceptors and then the transport. Immutable and thread-safe; each call
 * uses fresh {@link Chain} positions.
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
     * @return the response
     * @throws IOException when the transport fails
     * @throws InterruptedException when the thread is interrupted
     */
    public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        return new Position(0, request).send();
    }

    /** The chain as seen by the interceptor at {@code index}. */
    private final class Position implements Chain {
        private final int index;
        private final TransportRequest request;
        private int calls;

        Position(int index, TransportRequest request) {
            this.index = index;
            this.request = Objects.requireNonNull(request, "request");
        }

        @Override
        public TransportRequest request() {
            return request;
        }

        @Override
        public TransportResponse proceed(TransportRequest next) throws IOException, InterruptedException {
            if (++calls > 1) {
                throw new IllegalStateException("interceptor " + interceptors.get(index - 1).getClass().getName()
                        + " must call proceed() exactly once, called it again");
            }
            return new Position(index, next).send();
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
            Position next = new Position(index + 1, request);
            TransportResponse response = interceptor.intercept(next);
            if (next.calls != 1) {
                throw new IllegalStateException("interceptor " + interceptor.getClass().getName()
                        + " must call proceed() exactly once, called it " + next.calls + " times");
            }
            if (response == null) {
                throw new IllegalStateException("interceptor " + interceptor.getClass().getName()
                        + " returned null");
            }
            return response;
        }
    }
}
