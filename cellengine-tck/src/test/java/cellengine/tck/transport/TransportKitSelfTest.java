package cellengine.tck.transport;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit checks itself: deliberately broken transports fail the rules they break, with the intended message. */
class TransportKitSelfTest {

    /** Turns error statuses into exceptions, a common transport bug. */
    private static final class ThrowingOnErrors implements Transport {
        private final Transport delegate;

        ThrowingOnErrors(Transport delegate) {
            this.delegate = delegate;
        }

        @Override
        public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
            TransportResponse response = delegate.send(request);
            if (response.status() >= 300) {
                response.close();
                throw new IOException("HTTP " + response.status());
            }
            return response;
        }
    }

    /** Follows redirects by itself, carrying the credentials along. */
    private static final class Following implements Transport {
        private final Transport delegate;

        Following(Transport delegate) {
            this.delegate = delegate;
        }

        @Override
        public TransportResponse send(TransportRequest request) throws IOException, InterruptedException {
            TransportResponse response = delegate.send(request);
            if (response.status() == 302) {
                response.close();
                return delegate.send(request.toBuilder()
                        .uri(java.net.URI.create(response.headers().firstValue("Location").orElseThrow())).build());
            }
            return response;
        }
    }

    private static TransportVerification kitFor(java.util.function.Function<Transport, Transport> breakIt) {
        return new TransportVerification() {
            @Override
            protected Transport createTransport(TransportConfig config) {
                return breakIt.apply(new SocketTransport(config));
            }
        };
    }

    @Test
    void a_transport_that_throws_on_error_statuses_fails_status_1() {
        TransportVerification kit = kitFor(ThrowingOnErrors::new);
        kit.startPeer();
        try {
            IOException e = assertThrows(IOException.class, kit::statuses_pass_through);
            assertTrue(e.getMessage().startsWith("HTTP 4"), e.getMessage());
        } finally {
            kit.stopPeer();
        }
    }

    @Test
    void a_transport_that_follows_redirects_fails_redirect_1_naming_the_reason() {
        TransportVerification kit = kitFor(Following::new);
        kit.startPeer();
        try {
            AssertionFailedError e = assertThrows(AssertionFailedError.class,
                    kit::redirects_are_not_followed);
            assertTrue(e.getMessage().startsWith("the 302 itself must come back"), e.getMessage());
        } finally {
            kit.stopPeer();
        }
    }
}
