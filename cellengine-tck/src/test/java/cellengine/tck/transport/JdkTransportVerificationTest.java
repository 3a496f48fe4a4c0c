package cellengine.tck.transport;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.Transports;

/** The transport rules against the JDK transport, found by discovery as users find it. */
class JdkTransportVerificationTest extends TransportVerification {

    @Override
    protected Transport createTransport(TransportConfig config) {
        return Transports.select("jdk").create(config);
    }
}
