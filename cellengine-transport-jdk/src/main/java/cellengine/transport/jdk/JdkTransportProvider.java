package cellengine.transport.jdk;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportProvider;

/**
 * Provides the {@code jdk} transport (priority {@value #PRIORITY}) on {@code java.net.http.HttpClient}. Found by
 * {@link java.util.ServiceLoader} on the module path and the classpath.
 *
 * @since 0.1
 */
public final class JdkTransportProvider implements TransportProvider {

    /** The provider name. */
    public static final String NAME = "jdk";
    /** The provider priority. */
    public static final int PRIORITY = 100;

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public JdkTransportProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return PRIORITY;
    }

    @Override
    public Transport create(TransportConfig config) {
        return new JdkTransport(config);
    }

    @Override
    public String toString() {
        return "JdkTransportProvider[name=" + NAME + ", priority=" + PRIORITY + "]";
    }
}
