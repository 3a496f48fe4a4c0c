package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.Download;
import cellengine.api.Upload;
import cellengine.api.model.Attachment;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cellengine attachments list|upload|download}: files attached to an experiment. */
@Command(name = "attachments", mixinStandardHelpOptions = true,
        description = "List, upload and download an experiment's attachments.",
        subcommands = {AttachmentsCommand.ListAttachments.class, AttachmentsCommand.UploadAttachments.class,
                AttachmentsCommand.DownloadAttachment.class})
final class AttachmentsCommand {

    static final List<Column<Attachment>> COLUMNS = List.of(
            Column.of("id", Attachment::id),
            Column.of("filename", Attachment::filename),
            Column.of("size", Attachment::size),
            Column.of("md5", Attachment::md5),
            Column.of("created", Attachment::created));

    private AttachmentsCommand() {
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an experiment's attachments.")
    static final class ListAttachments extends ApiCommand {
        @Mixin
        ExperimentOption experiment;
        @Mixin
        FormatOption output;

        @Override
        int run(CellEngine client) {
            output.printer(out()).list(COLUMNS, client.getAttachments(experiment.id(client)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "upload", mixinStandardHelpOptions = true,
            description = {"Attach files to an experiment, each named by its file name.",
                    "A progress bar is drawn on stderr when stdout is a terminal."})
    static final class UploadAttachments extends ExperimentUploadCommand<Attachment> {
        UploadAttachments() {
            super(COLUMNS);
        }

        @Override
        Attachment upload(CellEngine client, String experimentId, Upload upload) {
            return client.uploadAttachment(experimentId, upload);
        }
    }

    @Command(name = "download", mixinStandardHelpOptions = true,
            description = {"Download an attachment. The file is written whole or not at all.",
                    "A progress bar is drawn on stderr when stdout is a terminal."})
    static final class DownloadAttachment extends ApiCommand {
        @Mixin
        ExperimentOption experiment;
        @Parameters(paramLabel = "ATTACHMENT", description = "The attachment's id or exact file name.")
        String attachment;
        @Option(names = {"-O", "--output-file"}, paramLabel = "PATH",
                description = "Where to write. Default: the attachment's file name in the current folder.")
        Path target;
        @Option(names = "--force", description = "Replace the output file if it exists.")
        boolean force;

        @Override
        int run(CellEngine client) throws Exception {
            String eid = experiment.id(client);
            Attachment meta = Refs.isId(attachment) ? client.getAttachment(eid, attachment)
                    : client.getAttachmentByName(eid, attachment);
            Path out = target != null ? target : Transfers.localName(meta.filename());
            downloadTo(out, force, meta.filename(), meta.size() == null ? -1 : meta.size(),
                    stream -> client.downloadAttachment(eid, meta.id(), Download.to(stream)));
            return ExitCodes.OK;
        }
    }
}
