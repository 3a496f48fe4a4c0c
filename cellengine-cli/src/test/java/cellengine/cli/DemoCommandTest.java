package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void demo_against_the_embedded_server_walks_every_step() {
        StringWriter out = new StringWriter();
        int status = new CommandLine(new DemoCommand(Map.of())).setOut(new PrintWriter(out)).execute();
        assertEquals(0, status, () -> "demo exit status; output:\n" + out);
        String text = out.toString();
        for (String expected : new String[] {"embedded fake server", " 1. Created folder", " 2. Created experiment",
                " 3. Listed 1 experiment(s)", " 5. Looked up", " 6. Cloned it as \"Demo experiment",
                "-1\"", " 7. Saved a revision", "Done."}) {
            assertTrue(text.contains(expected), () -> "demo output lacks \"" + expected + "\":\n" + text);
        }
    }

    @Test
    void demo_against_an_external_server_uses_the_environment_and_cleans_up() {
        try (FakeCellEngine server = FakeCellEngine.start();
             CellEngine observer = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build()) {
            StringWriter out = new StringWriter();
            Map<String, String> env = Map.of("CELLENGINE_BASE_URL", server.baseUrl(),
                    "CELLENGINE_AUTH_TOKEN", server.token());
            int status = new CommandLine(new DemoCommand(env)).setOut(new PrintWriter(out)).execute();
            assertEquals(0, status, () -> "demo exit status; output:\n" + out);
            assertTrue(out.toString().contains("against " + server.baseUrl()), out::toString);
            assertTrue(observer.getExperiments().stream().allMatch(e -> e.deleted() != null),
                    "every experiment the demo made is deleted afterwards");
            assertEquals(2, observer.getExperiments().size(), "the experiment and its clone were made");
            assertTrue(out.toString().contains("Deleted what the demo created"), out::toString);
        }
    }

    @Test
    void unknown_command_is_a_usage_error() {
        assertEquals(2, Main.run("no-such-command"));
    }

    @Test
    void serve_rejects_an_out_of_range_port_as_a_usage_error() {
        assertEquals(ErrorReporter.USAGE, Main.run("serve", "--port", "70000"));
    }
}
