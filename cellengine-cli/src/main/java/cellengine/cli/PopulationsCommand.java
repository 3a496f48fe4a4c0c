package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.model.Population;
import cellengine.api.param.ListOptions;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code cellengine populations list}: an experiment's populations. */
@Command(name = "populations", mixinStandardHelpOptions = true, description = "List an experiment's populations.",
        subcommands = PopulationsCommand.ListPopulations.class)
final class PopulationsCommand {

    static final List<Column<Population>> COLUMNS = List.of(
            Column.of("id", Population::id),
            Column.of("name", Population::name),
            Column.of("uniqueName", Population::uniqueName),
            Column.of("parentId", Population::parentId),
            Column.of("terminalGateGid", Population::terminalGateGid),
            Column.of("gates", Population::gates));

    private PopulationsCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an experiment's populations.")
    static final class ListPopulations extends ExperimentListCommand<Population> {
        ListPopulations() {
            super(COLUMNS);
        }

        @Override
        List<Population> fetch(CellEngine client, String experimentId, ListOptions options) {
            return client.getPopulations(experimentId, options);
        }
    }
}
