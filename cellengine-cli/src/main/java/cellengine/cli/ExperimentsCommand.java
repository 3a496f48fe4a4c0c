package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.api.param.CloneOptions;
import cellengine.api.param.ExperimentCreate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cellengine experiments list|get|create|clone|delete}. */
@Command(name = "experiments", mixinStandardHelpOptions = true,
        description = "List, show, create, clone and delete experiments.",
        subcommands = {ExperimentsCommand.ListExperiments.class, ExperimentsCommand.GetExperiment.class,
                ExperimentsCommand.CreateExperiment.class, ExperimentsCommand.CloneExperiment.class,
                ExperimentsCommand.DeleteExperiment.class})
final class ExperimentsCommand {

    static final List<Column<Experiment>> COLUMNS = List.of(
            Column.of("id", Experiment::id),
            Column.of("name", Experiment::name),
            Column.of("created", Experiment::created),
            Column.of("updated", Experiment::updated),
            Column.of("deleted", Experiment::deleted),
            Column.of("tags", Experiment::tags));

    static final List<Column<Experiment>> DETAIL = concat(COLUMNS, List.of(
            Column.of("deepUpdated", Experiment::deepUpdated),
            Column.of("path", Experiment::path),
            Column.of("locked", Experiment::locked),
            Column.of("public", Experiment::publicAccess),
            Column.of("uploader", e -> e.uploader() == null ? null : e.uploader().username()),
            Column.of("cloneSourceExperiment", Experiment::cloneSourceExperiment),
            Column.of("revisions", e -> e.revisions().size())));

    private ExperimentsCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List experiments (soft-deleted ones too; see the deleted column).")
    static final class ListExperiments extends ApiCommand {
        @Mixin
        ListParameters list;
        @Mixin
        FormatOption output;

        @Override
        int run(CellEngine client) {
            output.printer(out()).list(COLUMNS, client.getExperiments(list.toListOptions()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Show one experiment.")
    static final class GetExperiment extends ApiCommand {
        @Parameters(paramLabel = "EXPERIMENT", description = "The experiment's id or exact name.")
        String experiment;
        @Mixin
        FormatOption output;

        @Override
        int run(CellEngine client) {
            output.printer(out()).one(DETAIL, client.getExperiment(Refs.experiment(client, experiment)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an experiment.")
    static final class CreateExperiment extends ApiCommand {
        @Parameters(paramLabel = "NAME", description = "The new experiment's name.")
        String name;
        @Option(names = "--tag", paramLabel = "TAG", description = "A tag; repeat for more.")
        List<String> tags = new ArrayList<>();
        @Option(names = "--folder", paramLabel = "FOLDER_ID", description = "Create it in this folder.")
        String folder;
        @Mixin
        FormatOption output;

        @Override
        int run(CellEngine client) {
            ExperimentCreate.Builder body = ExperimentCreate.builder().name(name);
            if (!tags.isEmpty()) {
                body.tags(tags);
            }
            if (folder != null) {
                body.path(List.of(folder));
            }
            output.printer(out()).one(DETAIL, client.postExperiment(body.build()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "clone", mixinStandardHelpOptions = true,
            description = "Deep-copy an experiment: files, gates, populations, compensations and more.")
    static final class CloneExperiment extends ApiCommand {
        @Parameters(paramLabel = "EXPERIMENT", description = "The experiment's id or exact name.")
        String experiment;
        @Option(names = "--name", paramLabel = "NAME",
                description = "The copy's name. Default: the server's, \"<name>-1\".")
        String name;
        @Mixin
        FormatOption output;

        @Override
        int run(CellEngine client) {
            CloneOptions options = name == null ? CloneOptions.defaults() : CloneOptions.named(name);
            output.printer(out()).one(DETAIL, client.cloneExperiment(Refs.experiment(client, experiment), options));
            return ExitCodes.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Soft-delete experiments (the server keeps them, marked deleted).")
    static final class DeleteExperiment extends ApiCommand {
        @Parameters(paramLabel = "EXPERIMENT", arity = "1..*", description = "Ids or exact names.")
        List<String> experiments;

        @Override
        int run(CellEngine client) {
            List<String> ids = new ArrayList<>();
            for (String experiment : experiments) {
                ids.add(Refs.experiment(client, experiment));
            }
            for (String id : ids) {
                client.deleteExperiment(id);
                out().println("Deleted experiment " + id);
            }
            out().flush();
            return ExitCodes.OK;
        }
    }

    private static <T> List<Column<T>> concat(List<Column<T>> a, List<Column<T>> b) {
        List<Column<T>> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
