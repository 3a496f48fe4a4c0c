package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.Download;
import cellengine.api.Upload;
import cellengine.api.model.CompensationId;
import cellengine.api.model.FcsFile;
import cellengine.api.param.EventExport;
import cellengine.api.param.ExportFormat;
import cellengine.api.param.ListOptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cellengine files list|upload|download}: an experiment's FCS files. */
@Command(name = "files", mixinStandardHelpOptions = true,
        description = "List, upload and download an experiment's FCS files.",
        subcommands = {FilesCommand.ListFiles.class, FilesCommand.UploadFiles.class,
                FilesCommand.DownloadFile.class})
final class FilesCommand {

    static final List<Column<FcsFile>> COLUMNS = List.of(
            Column.of("id", FcsFile::id),
            Column.of("filename", FcsFile::filename),
            Column.of("eventCount", FcsFile::eventCount),
            Column.of("size", FcsFile::size),
            Column.of("md5", FcsFile::md5),
            Column.of("isControl", FcsFile::isControl),
            Column.of("deleted", FcsFile::deleted));

    private FilesCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List an experiment's FCS files (soft-deleted ones too; see the deleted column).")
    static final class ListFiles extends ExperimentListCommand<FcsFile> {
        @Option(names = "--include-controls", negatable = true,
                description = "Include (or, with --no-include-controls, leave out) control files.")
        Boolean includeControls;

        ListFiles() {
            super(COLUMNS);
        }

        @Override
        List<FcsFile> fetch(CellEngine client, String experimentId, ListOptions options) {
            return includeControls == null ? client.getFcsFiles(experimentId, options)
                    : client.getFcsFiles(experimentId, options, includeControls);
        }
    }

    @Command(name = "upload", mixinStandardHelpOptions = true,
            description = {"Upload FCS files, each named by its file name.",
                    "A progress bar is drawn on stderr when stdout is a terminal."})
    static final class UploadFiles extends ExperimentUploadCommand<FcsFile> {
        UploadFiles() {
            super(COLUMNS);
        }

        @Override
        FcsFile upload(CellEngine client, String experimentId, Upload upload) {
            return client.uploadFcsFile(experimentId, upload);
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = {"Download an FCS file's events as FCS or TSV, with optional compensation and population.",
                    "The file is written whole or not at all. A progress bar is drawn on stderr when stdout is a "
                            + "terminal."})
    static final class DownloadFile extends ApiCommand {
        @Mixin
        ExperimentOption experiment;
        @Parameters(paramLabel = "FILE", description = "The FCS file's id or exact file name.")
        String file;
        @Option(names = {"-O", "--output-file"}, paramLabel = "PATH",
                description = "Where to write. Default: the file name (with .tsv for TSV) in the current folder.")
        Path target;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "FCS",
                description = "FCS or TSV. Default: ${DEFAULT-VALUE}.")
        ExportFormat format;
        @Option(names = "--original", description = "The uploaded bytes, unchanged (FCS only).")
        boolean original;
        @Option(names = "--compensation", paramLabel = "COMP",
                description = "uncompensated, file-internal, per-file, or a compensation id.")
        String compensation;
        @Option(names = "--compensated", description = "Write compensated values (TSV).")
        boolean compensated;
        @Option(names = "--population", paramLabel = "POPULATION_ID",
                description = "Only this population's events (needs --compensation).")
        String population;
        @Option(names = "--headers", description = "Write a header row (TSV).")
        boolean headers;
        @Option(names = "--force", description = "Replace the output file if it exists.")
        boolean force;

        @Override
        int run(CellEngine client) throws Exception {
            EventExport options = exportOptions();
            String eid = experiment.id(client);
            FcsFile meta = client.getFcsFile(eid, Refs.fcsFile(client, eid, file));
            Path out = target != null ? target : Transfers.localName(defaultName(meta.filename()));
            downloadTo(out, force, meta.filename(), original && meta.size() != null ? meta.size() : -1,
                    stream -> client.downloadFcsFile(eid, meta.id(), options, Download.to(stream)));
            return ExitCodes.OK;
        }

        private EventExport exportOptions() {
            EventExport.Builder options = EventExport.builder(format == ExportFormat.TSV ? ExportFormat.TSV
                    : ExportFormat.FCS);
            if (original) {
                options.original(true);
            }
            if (compensation != null) {
                options.compensationId(compensation(compensation));
            }
            if (compensated) {
                options.compensatedQ(true);
            }
            if (population != null) {
                options.populationId(population);
            }
            if (headers) {
                options.headers(true);
            }
            return options.build();
        }

        private String defaultName(String filename) {
            if (format != ExportFormat.TSV) {
                return filename;
            }
            int dot = filename.lastIndexOf('.');
            return (dot > 0 ? filename.substring(0, dot) : filename) + ".tsv";
        }
    }

    /** {@return the compensation named on the command line} */
    static CompensationId compensation(String text) {
        switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "uncompensated":
                return CompensationId.uncompensated();
            case "file-internal":
                return CompensationId.fileInternal();
            case "per-file":
                return CompensationId.perFile();
            default:
                if (!Refs.isId(text)) {
                    throw new CliException(ExitCodes.USAGE, "--compensation must be uncompensated, file-internal, "
                            + "per-file or a 24-hex compensation id, was '" + text + "'");
                }
                return CompensationId.of(text);
        }
    }
}
