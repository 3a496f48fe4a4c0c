package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.Upload;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.Gates;
import cellengine.api.param.StatisticsRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code gates list}, {@code populations list} and {@code stats} against the fake server's gating. */
class GatingCommandsTest {

    @RegisterExtension
    static final FakeWithSdk fake = new FakeWithSdk();

    private static Experiment experiment;
    private static FcsFile file;
    private static GateCreated lymphocytes;

    @TempDir
    Path home;

    @BeforeAll
    static void start() {
        experiment = fake.sdk().postExperiment("Gating CLI");
        file = fake.sdk().uploadFcsFile(experiment.id(), Upload.of("sample.fcs", DemoSample.generate(5_000, 3)));
        lymphocytes = fake.sdk().postGate(experiment.id(), Gates.rectangle("FSC-A", "SSC-A", "Lymphocytes",
                40_000, 80_000, 8_000, 32_000).build());
    }

    private Cli cli() {
        return fake.cli(home);
    }

    @Test
    void gates_list_shows_each_gate_with_its_type_and_channels() {
        Cli.Result r = cli().run("gates", "list", "-e", "Gating CLI");
        assertEquals(0, r.status(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("ID") && lines.get(0).contains("TYPE"), lines.get(0));
        assertTrue(lines.get(1).startsWith(lymphocytes.gate().id()) && lines.get(1).contains("Lymphocytes")
                && lines.get(1).contains("RectangleGate  FSC-A     SSC-A"), r::toString);
    }

    @Test
    void populations_list_shows_the_population_the_gate_made() {
        Population population = lymphocytes.populations().get(0);
        Cli.Result r = cli().run("populations", "list", "-e", experiment.id(), "-o", "json");
        assertEquals(0, r.status(), r::toString);
        JsonArray rows = Json.createReader(new StringReader(r.out())).readArray();
        assertEquals(1, rows.size());
        assertEquals(population.id(), rows.getJsonObject(0).getString("id"));
        assertEquals("Lymphocytes", rows.getJsonObject(0).getString("name"));
        assertEquals(lymphocytes.gate().gid(), rows.getJsonObject(0).getString("terminalGateGid"));
    }

    @Test
    void stats_sends_every_option_and_prints_what_the_sdk_gets() {
        List<StatisticsRow> expected = fake.sdk().getStatistics(experiment.id(), StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT, Statistic.MEAN, Statistic.PERCENT).channels("FSC-A")
                .populationIds(Arrays.asList(lymphocytes.populations().get(0).id(), null))
                .fcsFileIds(file.id()).build()).rows();
        Cli.Result json = cli().run("stats", "-e", "Gating CLI", "-s", "eventCount,mean", "-s", "percent",
                "-c", "FSC-A", "-p", "Lymphocytes", "-p", "ungated", "-f", "sample.fcs", "-o", "json");
        assertEquals(0, json.status(), json::toString);
        JsonArray rows = Json.createReader(new StringReader(json.out())).readArray();
        assertEquals(expected.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(expected.get(i).raw(), rows.getJsonObject(i), "row " + i);
        }
        long gated = expected.get(0).eventCount();
        assertTrue(gated > 1000 && gated < 5000, "the rectangle holds part of the file: " + gated);

        Cli.Result csv = cli().run("stats", "-e", experiment.id(), "-s", "eventCount", "-p", "Lymphocytes",
                "-o", "csv");
        assertEquals(0, csv.status(), csv::toString);
        List<String> lines = csv.out().lines().toList();
        int column = Arrays.asList(lines.get(0).split(",")).indexOf("eventCount");
        assertTrue(column >= 0, lines::toString);
        assertEquals(String.valueOf(gated), lines.get(1).split(",")[column], "the gated count");

        Cli.Result table = cli().run("stats", "-e", experiment.id(), "-s", "median", "-c", "SSC-A",
                "--layout", "tall-skinny", "--percent-of", "ungated", "--compensation", "file-internal");
        assertEquals(0, table.status(), table::toString);
        assertTrue(table.out().lines().findFirst().orElseThrow().contains("STATISTIC"), table::toString);
        assertTrue(table.out().contains("median") && table.out().contains("SSC-A"), table::toString);
    }

    @Test
    void stats_reports_bad_options_as_usage_errors_and_unknown_populations_as_not_found() {
        Cli.Result noStatistic = cli().run("stats", "-e", experiment.id());
        assertEquals(ExitCodes.USAGE, noStatistic.status(), noStatistic::toString);
        Cli.Result unknown = cli().run("stats", "-e", experiment.id(), "-s", "mode");
        assertEquals(ExitCodes.USAGE, unknown.status(), unknown::toString);
        assertTrue(unknown.err().contains("'mode' is not a statistic"), unknown::toString);
        Cli.Result noChannel = cli().run("stats", "-e", experiment.id(), "-s", "mean");
        assertEquals(ExitCodes.USAGE, noChannel.status(), noChannel::toString);
        assertTrue(noChannel.err().contains("channels are needed"), noChannel::toString);
        Cli.Result layout = cli().run("stats", "-e", experiment.id(), "-s", "eventCount", "--layout", "wide");
        assertEquals(ExitCodes.USAGE, layout.status(), layout::toString);
        Cli.Result missing = cli().run("stats", "-e", experiment.id(), "-s", "eventCount", "-p", "Monocytes");
        assertEquals(ExitCodes.NOT_FOUND, missing.status(), missing::toString);
    }
}
