package cellengine.api.spi;

/**
 * Creates {@link Transport}s; found by {@link java.util.ServiceLoader}.
 *
 * <p>Implementations are public, have a public no-argument constructor, and are registered with
 * {@code provides cellengine.api.spi.TransportProvider with ...} in their {@code module-info.java} and in
 * {@code META-INF/services/cellengine.api.spi.TransportProvider} for classpath users. {@link #name()} and
 * {@link #priority()} are cheap and constant: {@link Transports} calls them to choose a provider.
 *
 * @since 0.1
 */
public interface TransportProvider {

    /** {@return the short name users select this provider by, such as {@code "jdk"}} */
    String name();

    /** {@return the priority; when no provider is named, the highest wins, ties broken by name} */
    int priority();

    /**
     * Creates a transport with the given settings.
     *
     * @param config the timeouts and protocol to use
     * @return a new transport, owned by the caller, who closes it
     */
    Transport create(TransportConfig config);
}
