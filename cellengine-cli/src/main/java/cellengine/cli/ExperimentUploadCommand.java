package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.Upload;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * An {@code upload} command of files into an experiment (FCS files, attachments): each file is uploaded under its
 * file name, with a progress bar per file on stderr when stdout is a terminal, and what the server made of them is
 * printed. Subclasses say which call uploads and which columns to print.
 *
 * @param <T> what an upload makes, such as an {@code FcsFile}
 */
abstract class ExperimentUploadCommand<T> extends ApiCommand {

    @Mixin
    ExperimentOption experiment;
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to upload.")
    List<Path> files;
    @Mixin
    FormatOption output;

    private final List<Column<T>> columns;

    ExperimentUploadCommand(List<Column<T>> columns) {
        this.columns = columns;
    }

    /**
     * {@return what the server made of one upload}
     *
     * @param client the connected client
     * @param experimentId the experiment's id
     * @param upload one file, named by its file name
     */
    abstract T upload(CellEngine client, String experimentId, Upload upload);

    @Override
    final int run(CellEngine client) {
        String experimentId = experiment.id(client);
        files.forEach(Transfers::size); // every file is checked to be readable before the first is sent
        List<T> uploaded = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (Progress progress = Progress.on(context(), err(), "Uploading " + name, Transfers.size(file))) {
                uploaded.add(upload(client, experimentId, Upload.of(name, Transfers.upload(file, progress))));
            }
        }
        output.printer(out()).list(columns, uploaded);
        return ExitCodes.OK;
    }
}
