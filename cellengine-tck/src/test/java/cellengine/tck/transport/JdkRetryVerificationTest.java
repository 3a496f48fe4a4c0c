package cellengine.tck.transport;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.Transports;

/** The retry rules with the JDK transport. */
class JdkRetryVerificationTest extends RetryVerification {

    @Override
    protected Transport createTransport(TransportConfig config) {
        return Transports.select("jdk").create(config);
    }
}
