package cellengine.it.app;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.api.spi.Transports;

/**
 * Lists the experiments of a CellEngine server: {@code ListExperiments <base URL> <token>}. Prints how it runs
 * (module or classpath, and the transport chosen), one line per experiment, and a count.
 *
 * @since 0.1
 */
public final class ListExperiments {

    private ListExperiments() {
    }

    /**
     * Runs the listing; exits with status 2 on bad arguments and 1 when the server cannot be reached.
     *
     * @param args the base URL and a token
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: ListExperiments <base URL> <token>");
            System.exit(2);
            return;
        }
        Module module = ListExperiments.class.getModule();
        System.out.println("running " + (module.isNamed() ? "as module " + module.getName() : "on the classpath")
                + " with transport " + Transports.select(null).name());
        try (CellEngine client = CellEngine.builder().baseUrl(args[0]).token(args[1]).build()) {
            int count = 0;
            for (Experiment e : client.getExperiments()) {
                System.out.println("experiment " + e.id() + " " + e.name());
                count++;
            }
            System.out.println("experiments: " + count);
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
