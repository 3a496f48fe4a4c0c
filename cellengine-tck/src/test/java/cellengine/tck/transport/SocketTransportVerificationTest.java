package cellengine.tck.transport;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;

/** The transport rules against the minimal hand-written transport: the SPI is pluggable. */
class SocketTransportVerificationTest extends TransportVerification {

    @Override
    protected Transport createTransport(TransportConfig config) {
        return new SocketTransport(config);
    }
}
