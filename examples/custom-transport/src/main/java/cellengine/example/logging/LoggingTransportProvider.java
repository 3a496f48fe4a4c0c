package cellengine.example.logging;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.api.spi.TransportProvider;
import cellengine.transport.jdk.JdkTransport;

/**
 * Provides the {@code logging} transport: the JDK transport, with one {@link System.Logger} line per exchange
 * (logger {@value #LOGGER}, level {@code INFO}). Its priority is below the JDK transport's, so it is used only
 * when asked for by name: {@code CellEngine.builder().transportName("logging")}, {@code -Dcellengine.transport=
 * logging} or {@code CELLENGINE_TRANSPORT=logging}.
 *
 * @since 0.1
 */
public final class LoggingTransportProvider implements TransportProvider {

    /** The name users select this provider by. */
    public static final String NAME = "logging";
    /** The logger the exchanges are written to. */
    public static final String LOGGER = "cellengine.example.logging";

    /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
    public LoggingTransportProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Transport create(TransportConfig config) {
        System.Logger logger = System.getLogger(LOGGER);
        return new LoggingTransport(new JdkTransport(config), line -> logger.log(System.Logger.Level.INFO, line));
    }
}
