package cellengine.tck.transport;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;

/** The retry rules with the minimal hand-written transport. */
class SocketRetryVerificationTest extends RetryVerification {

    @Override
    protected Transport createTransport(TransportConfig config) {
        return new SocketTransport(config);
    }
}
