package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.model.Population;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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
    static final class ListPopulations extends ApiCommand {
        @Mixin
        ExperimentOption experiment;
        @Mixin
        ListParameters list;
        @Mixin
        FormatOption output;

        @Override
        int run(CellEngine client) {
            output.printer(out()).list(COLUMNS, client.getPopulations(experiment.id(client), list.toListOptions()));
            return ExitCodes.OK;
        }
    }
}
