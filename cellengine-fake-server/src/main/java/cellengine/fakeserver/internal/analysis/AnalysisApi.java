package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.store.Account;
import cellengine.fakeserver.internal.store.Compensations;
import cellengine.fakeserver.internal.store.Experiments;
import cellengine.fakeserver.internal.store.FcsFiles;
import cellengine.fakeserver.internal.store.FcsPayload;
import cellengine.fakeserver.internal.store.Gates;
import cellengine.fakeserver.internal.store.Populations;
import cellengine.fakeserver.internal.store.ScaleSets;
import cellengine.fakeserver.internal.upload.Blob;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the fake computes from stored events, with the experiment's gates, populations and scale set: statistics
 * and plots (docs/wire.md#plots, docs/wire.md#statistics; docs/semantics.md#statistics), event and ZIP exports, and
 * derived FCS files. Every call first checks the experiment as {@code GET /experiments/{eid}} does.
 */
public final class AnalysisApi {

    private final Experiments experiments;
    private final FcsFiles fcsFiles;
    private final CompensationResolver resolver;
    private final AnalysisState state;
    private final EventExport export;
    private final ZipExport zip;
    private final DerivedFcsFiles derived;

    public AnalysisApi(Experiments experiments, FcsFiles fcsFiles, Compensations compensations, ScaleSets scaleSets,
            Gates gates, Populations populations) {
        this.experiments = experiments;
        this.fcsFiles = fcsFiles;
        this.resolver = new CompensationResolver(compensations);
        this.state = new AnalysisState(scaleSets, gates, populations);
        this.export = new EventExport(resolver, new StoredPopulationGating(state));
        this.zip = new ZipExport(fcsFiles, export);
        this.derived = new DerivedFcsFiles(experiments, fcsFiles);
    }

    /** An export's bytes (in memory, or the spool file of a large upload) with their content type. */
    public record Download(Blob content, String contentType) {
    }

    /** A response body with its content type and, for downloads, its {@code Content-Disposition}. */
    public record Text(byte[] body, String contentType, String disposition) {
    }

    public Text statistics(Account caller, String eid, JsonObject body) {
        JsonObject experiment = experiments.get(caller, eid);
        String experimentId = experiment.getString("_id");
        StatisticsRequest request = StatisticsRequest.of(body);
        ExperimentAnalysis analysis = state.load(experimentId);
        List<Map<String, JsonValue>> rows = new BulkStatistics(analysis, fcsFiles, resolver, state.tables())
                .rows(request);
        if (!request.format().isText()) {
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (Map<String, JsonValue> row : rows) {
                JsonObjectBuilder o = Json.createObjectBuilder();
                row.forEach(o::add);
                out.add(o);
            }
            return new Text(out.build().toString().getBytes(StandardCharsets.UTF_8), "application/json", null);
        }
        boolean tabs = request.format().tabs();
        String text = StatisticsText.write(rows, request.format().header(), tabs);
        String filename = (experiment.getString("name") + " - Statistics" + (tabs ? ".tsv" : ".csv"))
                .replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        return new Text(text.getBytes(StandardCharsets.UTF_8),
                tabs ? "text/tab-separated-values; charset=utf-8" : "text/csv; charset=utf-8",
                "attachment; filename=\"" + filename + "\"");
    }

    public byte[] plot(Account caller, String eid, Map<String, List<String>> query) {
        String experimentId = experiments.get(caller, eid).getString("_id");
        PlotRequest request = PlotRequest.of(query);
        JsonObject file = fcsFiles.get(experimentId, request.fcsFileId());
        FcsPayload payload = fcsFiles.payload(request.fcsFileId());
        ExperimentAnalysis analysis = state.load(experimentId);
        return new PlotRenderer(analysis, resolver, state.tables()).render(request, file, payload);
    }

    /**
     * {@return the events of one file as FCS or TSV}
     *
     * @param segment the path segment, {@code <fid>.fcs} or {@code <fid>.tsv} (any case)
     */
    public Download exportEvents(Account caller, String eid, String segment, Map<String, List<String>> params) {
        String experimentId = experiment(caller, eid);
        String fid = segment.substring(0, segment.length() - 4);
        EventExport.Format format = segment.toLowerCase(Locale.ROOT).endsWith(".fcs")
                ? EventExport.Format.FCS : EventExport.Format.TSV;
        JsonObject file = fcsFiles.get(experimentId, fid);
        ExportRequest request = ExportRequest.fromQuery(params);
        FcsPayload payload = fcsFiles.payload(fid);
        if (request.original() && format == EventExport.Format.FCS) {
            return new Download(payload.original(), format.contentType); // streamed, never copied
        }
        byte[] bytes = export.export(experimentId, file, payload, request, format);
        return new Download(Blob.transientBytes(bytes), format.contentType);
    }

    public byte[] zip(Account caller, String eid, JsonObject body) {
        return zip.zip(experiment(caller, eid), body);
    }

    /** {@code POST /fcsfiles} with a JSON body: a new file made from other files. */
    public JsonObject createFcsFile(Account caller, String eid, JsonObject body) {
        return derived.create(caller, experiment(caller, eid), body);
    }

    private String experiment(Account caller, String eid) {
        return experiments.get(caller, eid).getString("_id");
    }
}
