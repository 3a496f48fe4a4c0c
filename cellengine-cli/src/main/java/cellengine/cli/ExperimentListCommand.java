package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.param.ListOptions;
import java.util.List;
import picocli.CommandLine.Mixin;

/**
 * A {@code list} command of something inside an experiment (files, gates, populations): the experiment, the
 * server's list options ({@code --query}, {@code --limit}, {@code --skip}, {@code --sort}) and the output format.
 * Subclasses say how to fetch the items and which columns to print.
 *
 * @param <T> the listed entity
 */
abstract class ExperimentListCommand<T> extends ApiCommand {

    @Mixin
    ExperimentOption experiment;
    @Mixin
    ListParameters list;
    @Mixin
    FormatOption output;

    private final List<Column<T>> columns;

    ExperimentListCommand(List<Column<T>> columns) {
        this.columns = columns;
    }

    /**
     * {@return the items to print}
     *
     * @param client the connected client
     * @param experimentId the experiment's id
     * @param options the list options given on the command line
     */
    abstract List<T> fetch(CellEngine client, String experimentId, ListOptions options);

    @Override
    final int run(CellEngine client) {
        output.printer(out()).list(columns, fetch(client, experiment.id(client), list.toListOptions()));
        return ExitCodes.OK;
    }
}
