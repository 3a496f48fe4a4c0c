package cellengine.cli;

import cellengine.api.CellEngine;
import picocli.CommandLine.Option;

/** The {@code -e/--experiment} option of commands that work inside one experiment. */
final class ExperimentOption {

    @Option(names = {"-e", "--experiment"}, paramLabel = "EXPERIMENT", required = true,
            description = "The experiment's id or exact name.")
    String experiment;

    /** {@return the experiment's id, looking the name up when it is not an id} */
    String id(CellEngine client) {
        return Refs.experiment(client, experiment);
    }
}
