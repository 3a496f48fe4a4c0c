package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.fakeserver.FakeCellEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    @Test
    void demo_against_the_embedded_server_walks_every_step(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        int status = new CommandLine(new DemoCommand(Map.of())).setOut(new PrintWriter(out))
                .execute("--output-dir", dir.toString());
        assertEquals(0, status, () -> "demo exit status; output:\n" + out);
        String text = out.toString();
        for (String expected : new String[] {"embedded fake server", " 1. Created folder", " 2. Created experiment",
                " 3. Listed 1 experiment(s)", " 5. Looked up", " 6. Cloned it as \"Demo experiment",
                "-1\"", " 7. Saved a revision", " 8. Uploaded a generated FCS file \"demo.fcs\": 10000 events",
                "with a spillover matrix", "FSC-A           LinearScale [1, 262144]",
                "FITC-A   CD3    ArcSinhScale [-200, 262144], cofactor 150", "10. Exported the events compensated",
                "11. Created one gate of each type", "RectangleGate -> Lymphocytes", "PolygonGate", "EllipseGate",
                "RangeGate     -> First 80 s", "QuadrantGate  -> CD3/CD4 (UR), CD3/CD4 (UL), CD3/CD4 (LL), CD3/CD4 (LR)",
                "SplitGate     -> CD3 (L), CD3 (R)", "12. Statistics", "Ungated                       10000  100.00",
                "13. Saved a dot plot", "14. Exported the", "Done."}) {
            assertTrue(text.contains(expected), () -> "demo output lacks \"" + expected + "\":\n" + text);
        }
        List<String> tsv = Files.readAllLines(dir.resolve("demo-compensated.tsv"));
        assertEquals(10_001, tsv.size(), "header and one line per event");
        assertEquals("FSC-A\tSSC-A\t<FITC-A (CD3)>\t<PE-A (CD4)>\tTime", tsv.get(0), "compensated columns bracketed");
        byte[] png = Files.readAllBytes(dir.resolve("demo-cd3-cd4.png"));
        assertEquals("\u0089PNG", new String(png, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1), "PNG signature");
        assertEquals(400, java.nio.ByteBuffer.wrap(png, 16, 4).getInt(), "IHDR width of the saved plot");
        List<String> gated = Files.readAllLines(dir.resolve("demo-cd3-cd4-UR.tsv"));
        assertTrue(text.contains("Exported the " + (gated.size() - 1) + " events of \"CD3/CD4 (UR)\""),
                "the reported count matches the exported rows");
        assertTrue(gated.size() > 1000, () -> "the CD3+CD4+ population holds most T cells: " + gated.size());
    }

    @Test
    void demo_against_an_external_server_uses_the_environment_and_cleans_up(@TempDir Path dir) {
        try (FakeCellEngine server = FakeCellEngine.start();
             CellEngine observer = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build()) {
            StringWriter out = new StringWriter();
            Map<String, String> env = Map.of("CELLENGINE_BASE_URL", server.baseUrl(),
                    "CELLENGINE_AUTH_TOKEN", server.token());
            int status = new CommandLine(new DemoCommand(env)).setOut(new PrintWriter(out))
                    .execute("--output-dir", dir.toString());
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
