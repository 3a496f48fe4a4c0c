package cellengine.tck.transport;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.Transports;
import org.junit.jupiter.api.Nested;

/**
 * The transport and retry rules against three transports: the JDK and the Apache HttpClient 5 ones, found by
 * discovery as users find them, and a minimal hand-written one on sockets, which proves the SPI is pluggable.
 */
class TransportKitTest {

    @Nested
    class JdkTransportRules extends TransportVerification {
        @Override
        protected Transport createTransport(TransportConfig config) {
            return Transports.select("jdk").create(config);
        }
    }

    @Nested
    class JdkRetryRules extends RetryVerification {
        @Override
        protected Transport createTransport(TransportConfig config) {
            return Transports.select("jdk").create(config);
        }
    }

    @Nested
    class ApacheTransportRules extends TransportVerification {
        @Override
        protected Transport createTransport(TransportConfig config) {
            return Transports.select("apache").create(config);
        }
    }

    @Nested
    class ApacheRetryRules extends RetryVerification {
        @Override
        protected Transport createTransport(TransportConfig config) {
            return Transports.select("apache").create(config);
        }
    }

    @Nested
    class SocketTransportRules extends TransportVerification {
        @Override
        protected Transport createTransport(TransportConfig config) {
            return new SocketTransport(config);
        }
    }

    @Nested
    class SocketRetryRules extends RetryVerification {
        @Override
        protected Transport createTransport(TransportConfig config) {
            return new SocketTransport(config);
        }
    }
}
