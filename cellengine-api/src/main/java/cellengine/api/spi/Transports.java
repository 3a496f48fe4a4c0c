package cellengine.api.spi;

import cellengine.api.NoTransportException;
import cellengine.api.internal.net.NetworkSettings;

import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds {@link TransportProvider}s with {@link ServiceLoader} and chooses one, deterministically.
 *
 * <p>The order of choice: a transport given to the client builder (handled by the builder), else the provider named
 * by the system property {@value #SYSTEM_PROPERTY}, else the one named by the environment variable
 * {@value #ENVIRONMENT_VARIABLE}, else the highest {@link TransportProvider#priority()}, ties broken by the smallest
 * {@link TransportProvider#name()}.
 *
 * @since 0.1
 */
public final class Transports {

    /** The system property naming the provider to use. */
    public static final String SYSTEM_PROPERTY = "cellengine.transport";
    /** The environment variable naming the provider to use. */
    public static final String ENVIRONMENT_VARIABLE = "CELLENGINE_TRANSPORT";

    private static final Comparator<Found> BY_PRIORITY_THEN_NAME = Comparator
            .comparingInt((Found f) -> -f.provider().priority())
            .thenComparing(f -> f.provider().name());

    private Transports() {
    }

    /**
     * Describes every provider found (name, priority, class, and the module or classpath location it came from),
     * which one would be chosen and why, and the network settings a client built with no explicit settings would
     * use (proxy, proxy user, trust, client certificate, protocols, each with where it came from; never a password).
     *
     * @return a multi-line, human-readable report
     */
    public static String describe() {
        Discovery discovery = discover();
        return describe(discovery, System.getProperty(SYSTEM_PROPERTY), System.getenv(ENVIRONMENT_VARIABLE)) + "\n"
                + describeNetwork(NetworkSettings.Requested.NOTHING, System.getenv());
    }

    /**
     * {@return the network part of {@link #describe()} for what a caller set and the given environment}
     *
     * @param requested the caller's settings
     * @param environment the environment variables
     */
    static String describeNetwork(NetworkSettings.Requested requested, java.util.Map<String, String> environment) {
        try {
            return NetworkSettings.resolve(requested, System::getProperty, environment).describe();
        } catch (RuntimeException e) {
            return "Network: cannot be decided: " + e.getMessage();
        }
    }

    /**
     * Chooses a provider.
     *
     * @param explicitName the provider name to use, or {@code null} to fall back to the system property, the
     *         environment variable and then the priority
     * @return the chosen provider
     * @throws NoTransportException when no provider is found, or none has the requested name; the message lists
     *         what was found and names the module to add
     */
    public static TransportProvider select(String explicitName) {
        Discovery discovery = discover();
        return choose(discovery, explicitName, System.getProperty(SYSTEM_PROPERTY),
                System.getenv(ENVIRONMENT_VARIABLE)).provider();
    }

    /** {@return every provider found, highest priority first, ties by name} */
    public static List<TransportProvider> providers() {
        List<TransportProvider> result = new ArrayList<>();
        for (Found f : discover().found()) {
            result.add(f.provider());
        }
        return List.copyOf(result);
    }

    static Discovery discover() {
        List<Found> found = new ArrayList<>();
        List<String> broken = new ArrayList<>();
        Iterator<TransportProvider> it = ServiceLoader.load(TransportProvider.class).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                TransportProvider provider = it.next();
                found.add(new Found(provider, origin(provider.getClass())));
            } catch (ServiceConfigurationError e) {
                broken.add(e.getMessage());
            }
        }
        found.sort(BY_PRIORITY_THEN_NAME);
        return new Discovery(List.copyOf(found), List.copyOf(broken));
    }

    static Choice choose(Discovery discovery, String explicitName, String property, String environment) {
        if (explicitName != null) {
            return byName(discovery, explicitName, "named explicitly");
        }
        if (property != null && !property.isBlank()) {
            return byName(discovery, property.trim(), "system property " + SYSTEM_PROPERTY + "=" + property.trim());
        }
        if (environment != null && !environment.isBlank()) {
            return byName(discovery, environment.trim(),
                    "environment variable " + ENVIRONMENT_VARIABLE + "=" + environment.trim());
        }
        List<Found> found = discovery.found();
        if (found.isEmpty()) {
            throw new NoTransportException("No CellEngine transport was found. Add the module "
                    + "cellengine.transport.jdk (Maven: com.cellengine.sdk:cellengine-transport-jdk) to the module "
                    + "path or classpath, or pass a Transport to CellEngine.builder().transport(...). "
                    + listing(discovery));
        }
        Found first = found.get(0);
        boolean tie = found.size() > 1 && found.get(1).provider().priority() == first.provider().priority();
        return new Choice(first.provider(), "highest priority (" + first.provider().priority() + ")"
                + (tie ? ", tie broken by name" : ""));
    }

    private static Choice byName(Discovery discovery, String name, String reason) {
        for (Found f : discovery.found()) {
            if (f.provider().name().equalsIgnoreCase(name)) {
                return new Choice(f.provider(), reason);
            }
        }
        throw new NoTransportException("No CellEngine transport named '" + name + "' (" + reason + ") was found. "
                + listing(discovery) + " The default transport is in the module cellengine.transport.jdk "
                + "(Maven: com.cellengine.sdk:cellengine-transport-jdk).");
    }

    static String describe(Discovery discovery, String property, String environment) {
        StringBuilder sb = new StringBuilder();
        sb.append("CellEngine transports found: ").append(discovery.found().size()).append('\n');
        for (Found f : discovery.found()) {
            sb.append("  ").append(line(f)).append('\n');
        }
        for (String b : discovery.broken()) {
            sb.append("  broken provider: ").append(b).append('\n');
        }
        try {
            Choice choice = choose(discovery, null, property, environment);
            sb.append("Chosen: ").append(choice.provider().name()).append(" (").append(choice.reason()).append(')');
        } catch (NoTransportException e) {
            sb.append("Chosen: none. ").append(e.getMessage());
        }
        return sb.toString();
    }

    private static String listing(Discovery discovery) {
        if (discovery.found().isEmpty() && discovery.broken().isEmpty()) {
            return "Found: no TransportProvider at all.";
        }
        StringBuilder sb = new StringBuilder("Found: ");
        List<String> items = new ArrayList<>();
        discovery.found().forEach(f -> items.add(line(f)));
        discovery.broken().forEach(b -> items.add("broken provider (" + b + ")"));
        return sb.append(String.join("; ", items)).append('.').toString();
    }

    private static String line(Found f) {
        return f.provider().name() + " (priority " + f.provider().priority() + ", " + f.provider().getClass()
                .getName() + ", from " + f.origin() + ")";
    }

    static String origin(Class<?> type) {
        Module module = type.getModule();
        String location = location(type);
        if (module.isNamed()) {
            return "module " + module.getName() + (location.isEmpty() ? "" : " at " + location);
        }
        return "classpath" + (location.isEmpty() ? "" : " " + location);
    }

    private static String location(Class<?> type) {
        try {
            CodeSource source = type.getProtectionDomain().getCodeSource();
            URL url = source == null ? null : source.getLocation();
            return url == null ? "" : url.toString();
        } catch (SecurityException e) {
            return "";
        }
    }

    /** A provider with the place it was loaded from. */
    record Found(TransportProvider provider, String origin) {
    }

    /** What discovery found: working providers, sorted, and messages of broken ones. */
    record Discovery(List<Found> found, List<String> broken) {
    }

    /** The chosen provider and why. */
    record Choice(TransportProvider provider, String reason) {
    }
}
