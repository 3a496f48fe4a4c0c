package cellengine.tck.transport;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.Transports;

/** The transport rules against the Apache HttpClient 5 transport, found by discovery as users find it. */
class ApacheTransportVerificationTest extends TransportVerification {
    @Override
    protected Transport createTransport(TransportConfig config) {
        return Transports.select("apache").create(config);
    }
}
