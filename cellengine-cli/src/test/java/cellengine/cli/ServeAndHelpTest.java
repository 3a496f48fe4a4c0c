package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve} with snapshots, {@code --help} everywhere, and shell completion. */
class ServeAndHelpTest {

    @TempDir
    Path dir;

    @Test
    void serve_loads_a_snapshot_and_exports_its_state_when_it_stops() throws IOException {
        Path seed = dir.resolve("seed.json");
        try (FakeCellEngine origin = FakeCellEngine.start();
             CellEngine sdk = CellEngine.builder().baseUrl(origin.baseUrl()).token(origin.token()).build()) {
            sdk.postExperiment("From the snapshot");
            origin.exportSnapshot(seed);
        }
        Path exported = dir.resolve("out.json");
        List<String> seen = new ArrayList<>();
        Cli.Result r = new Cli(dir).serving((server, shutdown) -> {
            Cli.Result list = Cli.against(server, dir).run("experiments", "list", "-o", "csv");
            seen.add(list.out());
            Cli.against(server, dir).run("experiments", "create", "Made while serving");
            shutdown.run();
        }).run("serve", "--port", "0", "--snapshot", seed.toString(), "--export-snapshot", exported.toString());
        assertEquals(0, r.status(), r::toString);
        assertTrue(seen.get(0).contains("From the snapshot"), seen::toString);
        assertTrue(r.out().contains("listening on http://127.0.0.1:") && r.out().contains("seeded from " + seed),
                r::toString);
        assertTrue(r.out().contains("Wrote the server's state to " + exported), r::toString);
        String snapshot = Files.readString(exported);
        assertTrue(snapshot.contains("From the snapshot") && snapshot.contains("Made while serving"), snapshot);
    }

    @Test
    void serve_rejects_a_missing_snapshot_and_a_bad_port_as_usage_errors() {
        Cli.Result missing = new Cli(dir).run("serve", "--port", "0", "--snapshot", dir.resolve("no.json")
                .toString());
        assertEquals(ExitCodes.USAGE, missing.status(), missing::toString);
        assertTrue(missing.err().contains("no.json"), missing::toString);
        assertEquals(ExitCodes.USAGE, new Cli(dir).run("serve", "--port", "70000").status());
    }

    @Test
    void every_command_has_help_that_exits_0() {
        CommandLine root = Main.commandLine(new CliContext(java.util.Map.of(), dir, false, SecretPrompt.NONE,
                (server, shutdown) -> shutdown.run()));
        List<List<String>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        assertTrue(paths.size() >= 24, "commands found: " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            Cli.Result r = new Cli(dir).run(args.toArray(String[]::new));
            assertEquals(0, r.status(), () -> args + ": " + r);
            assertTrue(r.out().startsWith("Usage: cellengine"), () -> args + ": " + r);
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> next = new ArrayList<>(path);
                next.add(name);
                collect(sub, next, into);
            }
        });
    }

    @Test
    void completion_prints_a_bash_script_that_knows_every_command() {
        Cli.Result r = new Cli(dir).run("completion", "bash");
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().contains("complete -F _complete_cellengine"), "registers the completion function");
        for (String word : new String[] {"experiments", "files", "attachments", "serve", "configure", "--profile",
                "--output", "download"}) {
            assertTrue(r.out().contains(word), () -> "the script lacks " + word);
        }
        assertEquals(ExitCodes.USAGE, new Cli(dir).run("completion", "fish").status());
    }

    @Test
    void the_root_help_lists_the_exit_statuses() {
        Cli.Result r = new Cli(dir).run("--help");
        assertTrue(r.out().contains("Exit status:") && r.out().contains("6   network"), r::toString);
    }
}
