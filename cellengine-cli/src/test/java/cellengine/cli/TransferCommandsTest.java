package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.Upload;
import cellengine.api.model.Attachment;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code files} and {@code attachments}: uploads, downloads, progress on a terminal, quiet otherwise. */
class TransferCommandsTest {

    @RegisterExtension
    static final FakeWithSdk fake = new FakeWithSdk();

    private static byte[] fcs;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        fcs = DemoSample.generate(20_000, 7);
    }

    private Experiment experiment() {
        return fake.sdk().postExperiment("Transfers " + UUID.randomUUID());
    }

    @Test
    void upload_off_a_terminal_prints_only_the_result_table() throws IOException {
        Experiment e = experiment();
        Path a = Files.write(dir.resolve("a.fcs"), fcs);
        Path b = Files.write(dir.resolve("b.fcs"), DemoSample.generate(500, 1));
        Cli.Result r = fake.cli(dir).terminal(false).run("files", "upload", "-e", e.name(),
                a.toString(), b.toString());
        assertEquals(0, r.status(), r::toString);
        assertEquals("", r.err(), "no progress when stdout is not a terminal");
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size(), r::toString);
        assertTrue(lines.get(1).contains("a.fcs") && lines.get(1).contains("20000"), lines.get(1));
        assertTrue(lines.get(2).contains("b.fcs") && lines.get(2).contains("500"), lines.get(2));
        assertEquals(List.of("a.fcs", "b.fcs"), fake.sdk().getFcsFiles(e.id()).stream().map(FcsFile::filename)
                .toList());
    }

    @Test
    void upload_on_a_terminal_draws_a_progress_bar_on_stderr_that_reaches_100_percent() throws IOException {
        Experiment e = experiment();
        Path a = Files.write(dir.resolve("big.fcs"), fcs);
        Cli.Result r = fake.cli(dir).terminal(true).run("files", "upload", "-e", e.id(), a.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.err().contains("\rUploading big.fcs  [" + "#".repeat(30) + "] 100%  "), r::toString);
        assertTrue(r.err().contains("  0%"), "starts at 0%: " + r.err());
        assertTrue(r.err().endsWith(Progress.size(fcs.length) + " / " + Progress.size(fcs.length)
                + System.lineSeparator()), r::toString);
        assertFalse(r.out().contains("Uploading"), "progress never goes to stdout");
    }

    @Test
    void list_shows_the_files_and_download_writes_the_original_bytes_and_tsv() throws IOException {
        Experiment e = experiment();
        FcsFile file = fake.sdk().uploadFcsFile(e.id(), Upload.of("sample.fcs", fcs));
        Cli cli = fake.cli(dir);
        Cli.Result list = cli.run("files", "list", "-e", e.id(), "-o", "csv");
        assertEquals(0, list.status(), list::toString);
        assertTrue(list.out().contains(file.id() + ",sample.fcs,20000," + fcs.length + "," + file.md5()),
                list::toString);

        Path original = dir.resolve("copy.fcs");
        Cli.Result download = cli.terminal(true).run("files", "download", "-e", e.name(), "sample.fcs", "--original",
                "-O", original.toString());
        assertEquals(0, download.status(), download::toString);
        assertArrayEquals(fcs, Files.readAllBytes(original));
        assertEquals("Wrote " + original + "\n", download.out());
        assertTrue(download.err().contains("100%"), download::toString);

        Path tsv = dir.resolve("events.tsv");
        Cli.Result text = cli.terminal(false).run("files", "download", "-e", e.id(), file.id(), "--format", "tsv",
                "--headers", "--compensation", "file-internal", "--compensated", "-O", tsv.toString());
        assertEquals(0, text.status(), text::toString);
        assertEquals("", text.err());
        List<String> lines = Files.readAllLines(tsv);
        assertEquals(20_001, lines.size());
        assertEquals("FSC-A\tSSC-A\t<FITC-A (CD3)>\t<PE-A (CD4)>\tTime", lines.get(0));
    }

    @Test
    void download_refuses_to_replace_a_file_without_force_and_leaves_no_partial_file() throws IOException {
        Experiment e = experiment();
        FcsFile file = fake.sdk().uploadFcsFile(e.id(), Upload.of("keep.fcs", fcs));
        Path existing = Files.writeString(dir.resolve("keep.fcs"), "mine");
        Cli cli = fake.cli(dir);
        Cli.Result refused = cli.run("files", "download", "-e", e.id(), file.id(), "-O", existing.toString());
        assertEquals(ExitCodes.USAGE, refused.status(), refused::toString);
        assertTrue(refused.err().contains("--force"), refused::toString);
        assertEquals("mine", Files.readString(existing));

        // Enough faults to outlast any retry: the download must fail as a whole.
        var fault = fake.server().faults().next(5).on("GET", "/api/v1/experiments/*/fcsfiles/*.fcs").cutBody();
        Cli.Result cut = cli.run("files", "download", "-e", e.id(), file.id(), "--original", "-O",
                existing.toString(), "--force");
        assertEquals(ExitCodes.NETWORK, cut.status(), cut::toString);
        assertEquals("mine", Files.readString(existing), "a failed download leaves the old file as it was");
        try (var files = Files.list(dir)) {
            assertEquals(List.of("keep.fcs"), files.map(p -> p.getFileName().toString()).toList(),
                    "no temporary file is left behind");
        }
        fault.cancel();

        Cli.Result forced = cli.run("files", "download", "-e", e.id(), file.id(), "--original", "-O",
                existing.toString(), "--force");
        assertEquals(0, forced.status(), forced::toString);
        assertArrayEquals(fcs, Files.readAllBytes(existing));
    }

    @Test
    void a_bad_compensation_or_a_missing_upload_file_is_a_usage_error_before_any_request() {
        Experiment e = experiment();
        Cli cli = fake.cli(dir);
        Cli.Result comp = cli.run("files", "download", "-e", e.id(), "0123456789abcdef01234567",
                "--compensation", "sideways");
        assertEquals(ExitCodes.USAGE, comp.status(), comp::toString);
        assertTrue(comp.err().contains("--compensation"), comp::toString);
        Cli.Result missing = cli.run("files", "upload", "-e", e.id(), dir.resolve("nope.fcs").toString());
        assertEquals(ExitCodes.USAGE, missing.status(), missing::toString);
        assertTrue(missing.err().contains("nope.fcs"), missing::toString);
        assertTrue(fake.sdk().getFcsFiles(e.id()).isEmpty());
    }

    @Test
    void attachments_upload_list_and_download_round_trip_the_bytes() throws IOException {
        Experiment e = experiment();
        byte[] notes = "plate layout\nA1 control\n".repeat(1000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path source = Files.write(dir.resolve("layout.txt"), notes);
        Cli cli = fake.cli(dir);
        Cli.Result up = cli.terminal(true).run("attachments", "upload", "-e", e.id(), source.toString(), "-o", "json");
        assertEquals(0, up.status(), up::toString);
        assertTrue(up.err().contains("Uploading layout.txt") && up.err().contains("100%"), up::toString);
        Attachment attachment = fake.sdk().getAttachmentByName(e.id(), "layout.txt");
        assertTrue(up.out().contains("\"id\": \"" + attachment.id() + "\""), up::toString);

        Cli.Result list = cli.terminal(false).run("attachments", "list", "-e", e.id());
        assertTrue(list.out().lines().skip(1).findFirst().orElseThrow().startsWith(attachment.id() + "  layout.txt  "
                + notes.length), list::toString);

        Path target = dir.resolve("back.txt");
        Cli.Result down = cli.run("attachments", "download", "-e", e.id(), "layout.txt", "-O", target.toString());
        assertEquals(0, down.status(), down::toString);
        assertEquals("", down.err());
        assertArrayEquals(notes, Files.readAllBytes(target));
    }
}
