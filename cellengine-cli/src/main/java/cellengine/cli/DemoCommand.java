package cellengine.cli;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.Scale;
import cellengine.api.CellEngine;
import cellengine.api.Download;
import cellengine.api.Upload;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Folder;
import cellengine.api.model.GateCreated;
import cellengine.api.model.PanelEntry;
import cellengine.api.model.Population;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsResult;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.CloneOptions;
import cellengine.api.param.EventExport;
import cellengine.api.param.ExperimentCreate;
import cellengine.api.param.ExportFormat;
import cellengine.api.param.Gates;
import cellengine.api.param.PlotRequest;
import cellengine.api.param.StatisticsRequest;
import cellengine.fakeserver.FakeCellEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cellengine demo}: a guided tour of the SDK. Against the embedded fake server by default; against the
 * server in {@code CELLENGINE_BASE_URL} (with {@code CELLENGINE_AUTH_TOKEN} or username and password) when set.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Create a folder and an experiment, list them, look one up by name, clone it, save a revision,",
                "upload a generated FCS file, show its channels and default scales, export compensated events,",
                "create one gate of each type, print statistics, save a dot plot with its gate, export a population.",
                "Uses an embedded fake server unless CELLENGINE_BASE_URL is set; then it uses that server with",
                "CELLENGINE_AUTH_TOKEN or CELLENGINE_USERNAME/CELLENGINE_PASSWORD, and deletes what it created."})
final class DemoCommand implements Callable<Integer> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Option(names = "--keep", description = "Keep what the demo created on an external server.")
    boolean keep;

    @Option(names = "--output-dir", paramLabel = "DIR",
            description = "Where the demo writes its exports. Default: a new temporary folder.")
    Path outputDirectory;

    private final Map<String, String> environment;

    DemoCommand() {
        this(System.getenv());
    }

    DemoCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (outputDirectory == null) {
            outputDirectory = java.nio.file.Files.createTempDirectory("cellengine-demo-");
        } else {
            java.nio.file.Files.createDirectories(outputDirectory);
        }
        String external = environment.get("CELLENGINE_BASE_URL");
        if (external == null || external.isBlank()) {
            try (FakeCellEngine server = FakeCellEngine.start();
                 CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build()) {
                out.println("CellEngine demo against an embedded fake server at " + server.baseUrl());
                tour(client, out, false);
            }
        } else {
            try (CellEngine client = CellEngine.fromEnvironment(environment)) {
                out.println("CellEngine demo against " + client.baseUrl() + " (from CELLENGINE_BASE_URL)");
                tour(client, out, !keep);
            }
        }
        out.flush();
        return 0;
    }

    private void tour(CellEngine client, PrintWriter out, boolean cleanUp) throws IOException {
        Deque<Runnable> undo = new ArrayDeque<>();
        String stamp = LocalDateTime.now().format(STAMP);
        try {
            Folder folder = client.postFolder("Demo folder " + stamp);
            undo.push(() -> client.deleteFolder(folder.id()));
            step(out, 1, "Created folder \"" + folder.name() + "\" (" + folder.id() + ")");

            Experiment experiment = client.postExperiment(ExperimentCreate.builder()
                    .name("Demo experiment " + stamp).path(List.of(folder.id())).tags(List.of("demo")).build());
            undo.push(() -> client.deleteExperiment(experiment.id()));
            step(out, 2, "Created experiment \"" + experiment.name() + "\" (" + experiment.id() + ") in that folder");

            List<Experiment> experiments = client.getExperiments();
            step(out, 3, "Listed " + experiments.size() + " experiment(s):");
            experiments.stream().limit(10).forEach(e -> out.printf("     %s  %-40s %s%n", e.id(), e.name(),
                    e.deleted() == null ? "" : "(deleted)"));
            List<Folder> folders = client.getFolders();
            step(out, 4, "Listed " + folders.size() + " folder(s):");
            folders.stream().limit(10).forEach(f -> out.printf("     %s  %s%n", f.id(), f.name()));

            Experiment found = client.getExperimentByName(experiment.name());
            step(out, 5, "Looked up \"" + experiment.name() + "\" by name: " + found.id());

            Experiment copy = client.cloneExperiment(found.id(), CloneOptions.defaults());
            undo.push(() -> client.deleteExperiment(copy.id()));
            step(out, 6, "Cloned it as \"" + copy.name() + "\" (" + copy.id() + ")");

            Experiment revised = client.saveExperimentRevision(copy.id(), "Demo revision");
            step(out, 7, "Saved a revision of the clone; it now has " + revised.revisions().size()
                    + " revision(s), deepUpdated " + revised.deepUpdated());

            FcsFile file = client.uploadFcsFile(experiment.id(), Upload.of("demo.fcs", DemoSample.generate(10_000, 42)));
            step(out, 8, "Uploaded a generated FCS file \"" + file.filename() + "\": " + file.eventCount()
                    + " events, md5 " + file.md5() + (file.hasFileInternalComp() ? ", with a spillover matrix" : ""));
            step(out, 9, "Its channels and the default scales the server gave them:");
            ScaleSet scales = client.getScaleset(experiment.id());
            for (PanelEntry channel : file.panel()) {
                out.printf("     %-8s %-6s %s%n", channel.channel(), channel.reagent() == null ? "" : channel.reagent(),
                        scales.findScale(channel.channel()).map(DemoCommand::describe).orElse("(no scale)"));
            }

            Path tsv = outputDirectory.resolve("demo-compensated.tsv");
            client.downloadFcsFile(experiment.id(), file.id(), EventExport.builder(ExportFormat.TSV).headers(true)
                    .compensationId(CompensationId.fileInternal()).compensatedQ(true).build(), Download.toFile(tsv));
            step(out, 10, "Exported the events compensated with the file's own matrix to " + tsv + ":");
            try (var lines = java.nio.file.Files.lines(tsv)) {
                lines.limit(4).forEach(line -> out.println("     " + line.replace('\t', ' ')));
            }

            gatingTour(client, out, experiment.id(), file);
        } finally {
            if (cleanUp) {
                undo.forEach(Runnable::run);
                out.println("Deleted what the demo created (use --keep to keep it).");
            }
        }
        out.println("Done.");
    }

    /** Steps 11 to 14: one gate of each type, a statistics table, a plot with its gate, a gated export. */
    private void gatingTour(CellEngine client, PrintWriter out, String eid, FcsFile file) throws IOException {
        // FITC-A and PE-A use arcsinh scales (cofactor 150), so their gate coordinates are asinh(value / 150).
        double cd3 = asinh(1500 / 150.0);
        double cd4 = asinh(2000 / 150.0);
        GateCreated lymphocytes = client.postGate(eid,
                Gates.rectangle("FSC-A", "SSC-A", "Lymphocytes", 35000, 90000, 5000, 35000).build());
        String parent = lymphocytes.population().id();
        List<GateCreated> gates = List.of(lymphocytes,
                client.postGate(eid, Gates.polygon("FSC-A", "SSC-A", "Lymphocytes (polygon)", new double[][] {
                        {35000, 5000}, {90000, 5000}, {90000, 35000}, {60000, 40000}, {35000, 35000}}).build()),
                client.postGate(eid, Gates.ellipse("FSC-A", "SSC-A", "Lymphocytes (ellipse)", 60000, 20000, 0,
                        50000, 28000).build()),
                client.postGate(eid, Gates.range("Time", "First 80 s", 0, 80).build()),
                client.postGate(eid, Gates.quadrant("FITC-A", "PE-A", "CD3/CD4", cd3, cd4)
                        .parentPopulation(parent).build()),
                client.postGate(eid, Gates.split("FITC-A", "CD3", cd3).parentPopulation(parent).build()));
        step(out, 11, "Created one gate of each type, with their populations:");
        for (GateCreated created : gates) {
            out.printf("     %-13s -> %s%n", created.gate().type(),
                    String.join(", ", created.populations().stream().map(Population::name).toList()));
        }

        List<String> populationIds = new java.util.ArrayList<>();
        populationIds.add(null);
        gates.forEach(g -> g.populations().forEach(p -> populationIds.add(p.id())));
        StatisticsResult stats = client.getStatistics(eid, StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT, Statistic.PERCENT, Statistic.MEDIAN).channels("FITC-A", "PE-A")
                .populationIds(populationIds).compensationId(CompensationId.fileInternal()).build());
        step(out, 12, "Statistics, compensated with the file's own matrix (percent of parent):");
        out.printf("     %-26s %8s %7s %12s %12s%n", "population", "events", "%", "FITC-A med", "PE-A med");
        java.util.Map<String, double[]> medians = new java.util.LinkedHashMap<>();
        java.util.Map<String, StatisticsRow> first = new java.util.LinkedHashMap<>();
        for (StatisticsRow row : stats.rows()) {
            String name = row.uniquePopulationName();
            first.putIfAbsent(name, row);
            double[] m = medians.computeIfAbsent(name, k -> new double[] {Double.NaN, Double.NaN});
            Double median = row.statistic(Statistic.MEDIAN);
            m["FITC-A".equals(row.channel()) ? 0 : 1] = median == null ? Double.NaN : median;
        }
        first.forEach((name, row) -> out.printf("     %-26s %8d %7s %12s %12s%n", name, row.eventCount(),
                fixed(row.percent(), 2), fixed(medians.get(name)[0], 1), fixed(medians.get(name)[1], 1)));

        Path png = outputDirectory.resolve("demo-cd3-cd4.png");
        client.getPlot(eid, PlotRequest.builder(file.id(), "FITC-A").yChannel("PE-A")
                .plotType(PlotRequest.PlotType.DOT).populationId(parent).compensation(CompensationId.fileInternal())
                .width(400).height(400).renderGates(true).build(), Download.toFile(png));
        step(out, 13, "Saved a dot plot of the lymphocytes, FITC-A vs PE-A, with the CD3/CD4 quadrant, to " + png);

        Population cd3cd4 = gates.get(4).populations().get(0);
        Path tsv = outputDirectory.resolve("demo-cd3-cd4-UR.tsv");
        client.downloadFcsFile(eid, file.id(), EventExport.builder(ExportFormat.TSV).headers(true)
                .population(cd3cd4.id(), CompensationId.fileInternal()).compensatedQ(true).build(),
                Download.toFile(tsv));
        long lines;
        try (var stream = java.nio.file.Files.lines(tsv)) {
            lines = stream.count();
        }
        step(out, 14, "Exported the " + (lines - 1) + " events of \"" + cd3cd4.name() + "\" to " + tsv);
    }

    /** A statistic for the table: "-" where the server says there is none (an empty population). */
    private static String fixed(Double value, int decimals) {
        return value == null || value.isNaN() ? "-" : String.format("%." + decimals + "f", value);
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    private static String describe(Scale scale) {
        if (scale instanceof ArcSinhScale a) {
            return String.format("ArcSinhScale [%s, %s], cofactor %s", num(a.minimum()), num(a.maximum()),
                    num(a.cofactor()));
        }
        return String.format("%s [%s, %s]", scale.getClass().getSimpleName(), num(scale.minimum()),
                num(scale.maximum()));
    }

    private static String num(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    private static void step(PrintWriter out, int n, String text) {
        out.printf("%2d. %s%n", n, text);
    }
}
