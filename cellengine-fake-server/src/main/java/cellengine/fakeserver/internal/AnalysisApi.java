package cellengine.fakeserver.internal;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Statistics and plots (cellengine-api.md §2.10, §2.11, §3.12, §5; semantics.md §9), computed from the stored
 * events with the experiment's gates, populations and scale set.
 */
final class AnalysisApi {

    private final Experiments experiments;
    private final FcsFiles fcsFiles;
    private final CompensationResolver resolver;
    private final AnalysisState state;

    AnalysisApi(Experiments experiments, FcsFiles fcsFiles, Compensations compensations, AnalysisState state) {
        this.experiments = experiments;
        this.fcsFiles = fcsFiles;
        this.resolver = new CompensationResolver(compensations);
        this.state = state;
    }

    /** A response body with its content type and, for downloads, its {@code Content-Disposition}. */
    record Text(byte[] body, String contentType, String disposition) {
    }

    Text statistics(Account caller, String eid, JsonObject body) {
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

    byte[] plot(Account caller, String eid, Map<String, List<String>> query) {
        String experimentId = experiments.get(caller, eid).getString("_id");
        PlotRequest request = PlotRequest.of(query);
        JsonObject file = fcsFiles.get(experimentId, request.fcsFileId());
        FcsPayload payload = fcsFiles.payload(request.fcsFileId());
        ExperimentAnalysis analysis = state.load(experimentId);
        return new PlotRenderer(analysis, resolver, state.tables()).render(request, file, payload);
    }
}
