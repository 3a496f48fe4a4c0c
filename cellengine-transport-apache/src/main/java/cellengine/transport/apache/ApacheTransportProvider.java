package cellengine.transport.apache;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportProvider;

/**
 * Provides the {@code apache} transport (priority {@value #PRIORITY}) on Apache HttpClient 5. Found by
 * {@link java.util.ServiceLoader} on the module path and the classpath. Its priority is below the JDK transport's
 * 100, so with both present the JDK one stays the default and this one is chosen by name:
 * {@code CellEngine.builder().transportName("apache")}, {@code -Dcellengine.transport=apache} or
 * {@code CELLENGINE_TRANSPORT=apache}. Alone on the path, it is chosen by priority.
 *
 * @since 0.1
 */
public final class ApacheTransportProvider implements TransportProvider {

    /** The provider name. */
    public static final String NAME = "apache";
    /** The provider priority. */
    public static final int PRIORITY = 50;

    /** Creates the provider; called by {@link java.util.ServiceLoader}. */
    public ApacheTransportProvider() {
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
        return new ApacheTransport(config);
    }

    @Override
    public String toString() {
        return "ApacheTransportProvider[name=" + NAME + ", priority=" + PRIORITY + "]";
    }
}
