package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.model.Gate;
import cellengine.api.param.ListOptions;
import java.util.List;
import picocli.CommandLine.Command;

/** {@code cellengine gates list}: an experiment's gates. */
@Command(name = "gates", mixinStandardHelpOptions = true, description = "List an experiment's gates.",
        subcommands = GatesCommand.ListGates.class)
final class GatesCommand {

    static final List<Column<Gate>> COLUMNS = List.of(
            Column.of("id", Gate::id),
            Column.of("gid", Gate::gid),
            Column.of("names", Gate::displayNames),
            Column.of("type", Gate::type),
            Column.of("xChannel", Gate::xChannel),
            Column.of("yChannel", Gate::yChannel),
            Column.of("tailoredPerFile", Gate::tailoredPerFile),
            Column.of("fcsFileId", Gate::fcsFileId));

    private GatesCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List an experiment's gates, tailored family members included.")
    static final class ListGates extends ExperimentListCommand<Gate> {
        ListGates() {
            super(COLUMNS);
        }

        @Override
        List<Gate> fetch(CellEngine client, String experimentId, ListOptions options) {
            return client.getGates(experimentId, options);
        }
    }
}
