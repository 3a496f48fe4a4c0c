package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.gate.FileGating;
import cellengine.analysis.stats.Bitsets;
import cellengine.analysis.stats.ChannelStatistics;
import cellengine.analysis.stats.EventTable;
import cellengine.analysis.stats.Moments;
import cellengine.analysis.stats.Statistics;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonNumbers;
import cellengine.fakeserver.internal.store.FcsFiles;
import cellengine.fakeserver.internal.store.Populations;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Computes bulk statistics rows (docs/wire.md#statistics, docs/semantics.md#statistics) with {@code
 * cellengine-analysis}: per file, the request's compensation is resolved and applied once; gates are tested on clamped,
 * scaled values and each population evaluated once ({@link ExperimentAnalysis}); channel statistics use the
 * compensated, unscaled values of the members. Rows are ordered maps, written as JSON or as CSV/TSV by
 * {@link StatisticsText}.
 *
 * <p>Nulls: every statistic but {@code eventCount} and {@code percent} of an empty population, {@code percent}
 * of an empty reference, the values of a channel the file does not have (with a {@code null} reagent), and any
 * value that is not finite (JSON has no NaN).
 */
final class BulkStatistics {

    private static final String UNGATED = "Ungated";

    private final ExperimentAnalysis analysis;
    private final FcsFiles fcsFiles;
    private final CompensationResolver resolver;
    private final EventTables tables;

    BulkStatistics(ExperimentAnalysis analysis, FcsFiles fcsFiles, CompensationResolver resolver, EventTables tables) {
        this.analysis = analysis;
        this.fcsFiles = fcsFiles;
        this.resolver = resolver;
        this.tables = tables;
    }

    /** One population of a row: its id (null = Ungated), name, unique name and members. */
    private record Pop(String id, String name, String uniqueName, long[] members) {
        int count() {
            return Bitsets.count(members);
        }
    }

    List<Map<String, JsonValue>> rows(StatisticsRequest request) {
        for (String p : request.populationIds()) {
            if (p != null) {
                analysis.population(p);
            }
        }
        for (String r : request.percentOf()) {
            if (r != null && !r.equals(StatisticsRequest.PARENT)) {
                analysis.population(r);
            }
        }
        List<Map<String, JsonValue>> rows = new ArrayList<>();
        for (JsonObject file : files(request)) {
            fileRows(request, file, rows);
        }
        return rows;
    }

    private List<JsonObject> files(StatisticsRequest request) {
        String experimentId = analysis.experimentId();
        Map<String, JsonObject> all = new LinkedHashMap<>();
        fcsFiles.inExperiment(experimentId).forEach(f -> all.put(f.getString("_id"), f));
        List<JsonObject> out = new ArrayList<>();
        if (request.fcsFileIds().isEmpty()) {
            for (JsonObject f : all.values()) {
                if (f.isNull("deleted") && !f.getBoolean("isControl", false)) {
                    out.add(f);
                }
            }
            out.sort(Comparator.comparing(f -> f.getString("_id")));
            return out;
        }
        for (int i = 0; i < request.fcsFileIds().size(); i++) {
            String id = request.fcsFileIds().get(i);
            JsonObject f = all.get(id);
            if (f == null || !f.isNull("deleted")) {
                throw new ApiError.BadRequest("\"fcsFileIds[" + i + "]\" names no live FCS file of experiment "
                        + experimentId + ": \"" + id + "\".");
            }
            out.add(f);
        }
        return out;
    }

    private void fileRows(StatisticsRequest request, JsonObject file, List<Map<String, JsonValue>> rows) {
        String fileId = file.getString("_id");
        FcsData data = fcsFiles.payload(fileId).data(); // once: a spooled file decodes its events on each call
        CompensationMatrix compensation = resolver.resolve(request.compensation(), analysis.experimentId(), file, data);
        FileGating gating = analysis.gating(fileId, tables.of(data), compensation);
        EventTable events = gating.events();
        JsonValue annotations = request.annotations() ? annotations(file) : null;
        Map<String, JsonValue> wide = request.effectiveLayout() == StatisticsRequest.Layout.SHORT_WIDE
                ? identity(file, null, null, annotations) : null;
        Set<String> wideKeys = new HashSet<>();
        List<Pop> pops = new ArrayList<>();
        for (String populationId : request.populationIds()) {
            pops.add(pop(gating, populationId));
        }
        List<Map<String, Map<String, JsonValue>>> allValues = channelValues(request, events, pops);
        for (int i = 0; i < pops.size(); i++) {
            String populationId = request.populationIds().get(i);
            Pop pop = pops.get(i);
            Pop parent = parentOf(gating, populationId);
            List<Pop> references = new ArrayList<>();
            for (String r : request.percentOf()) {
                references.add(r == null ? pop(gating, null)
                        : r.equals(StatisticsRequest.PARENT) ? parent : pop(gating, r));
            }
            Map<String, Map<String, JsonValue>> values = allValues.get(i);
            switch (request.effectiveLayout()) {
                case MEDIUM:
                    medium(request, file, annotations, pop, parent, references, values, rows);
                    break;
                case TALL_SKINNY:
                    tallSkinny(request, file, annotations, pop, parent, references, values, rows);
                    break;
                default:
                    shortWide(request, pop, references, values, wide, wideKeys);
            }
        }
        if (wide != null) {
            rows.add(wide);
        }
    }

    private void medium(StatisticsRequest request, JsonObject file, JsonValue annotations, Pop pop, Pop parent,
            List<Pop> references, Map<String, Map<String, JsonValue>> values, List<Map<String, JsonValue>> rows) {
        List<Pop> groups = request.wants("percent") ? references : java.util.Collections.singletonList(null);
        for (Pop reference : groups) {
            List<String> channels = request.channelStatistics().isEmpty() ? java.util.Collections.singletonList(null)
                    : request.channels();
            for (String channel : channels) {
                Map<String, JsonValue> row = identity(file, pop, parent, annotations);
                if (reference != null) {
                    percentGroup(row, pop, reference);
                }
                if (request.wants("eventCount")) {
                    row.put("eventCount", Json.createValue(pop.count()));
                }
                if (channel != null) {
                    row.put("channel", Json.createValue(channel));
                    row.put("reagent", reagent(file, channel));
                    row.putAll(values.get(channel));
                }
                rows.add(row);
            }
        }
    }

    private void tallSkinny(StatisticsRequest request, JsonObject file, JsonValue annotations, Pop pop, Pop parent,
            List<Pop> references, Map<String, Map<String, JsonValue>> values, List<Map<String, JsonValue>> rows) {
        for (String statistic : request.statistics()) {
            if (statistic.equals("percent")) {
                for (Pop reference : references) {
                    Map<String, JsonValue> row = identity(file, pop, parent, annotations);
                    row.put("percentOfId", id(reference));
                    row.put("percentOf", Json.createValue(reference.name()));
                    row.put("percentOfUniqueName", Json.createValue(reference.uniqueName()));
                    row.put("statistic", Json.createValue(statistic));
                    row.put("value", percent(pop, reference));
                    rows.add(row);
                }
            } else if (statistic.equals("eventCount")) {
                Map<String, JsonValue> row = identity(file, pop, parent, annotations);
                row.put("statistic", Json.createValue(statistic));
                row.put("value", Json.createValue(pop.count()));
                rows.add(row);
            } else {
                for (String channel : request.channels()) {
                    Map<String, JsonValue> row = identity(file, pop, parent, annotations);
                    row.put("channel", Json.createValue(channel));
                    row.put("reagent", reagent(file, channel));
                    row.put("statistic", Json.createValue(statistic));
                    row.put("value", values.get(channel).get(statistic));
                    rows.add(row);
                }
            }
        }
    }

    /** Short-wide columns: {@code "<population> <statistic>"}, {@code "<population> <channel> <statistic>"}. */
    private void shortWide(StatisticsRequest request, Pop pop, List<Pop> references,
            Map<String, Map<String, JsonValue>> values, Map<String, JsonValue> wide, Set<String> keys) {
        for (String statistic : request.statistics()) {
            if (statistic.equals("percent")) {
                for (Pop reference : references) {
                    String key = pop.name() + " percent" + (references.size() > 1 ? " of " + reference.name() : "");
                    wide.put(unique(key, keys), percent(pop, reference));
                }
            } else if (statistic.equals("eventCount")) {
                wide.put(unique(pop.name() + " eventCount", keys), Json.createValue(pop.count()));
            } else {
                for (String channel : request.channels()) {
                    wide.put(unique(pop.name() + " " + channel + " " + statistic, keys),
                            values.get(channel).get(statistic));
                }
            }
        }
    }

    private static String unique(String key, Set<String> keys) {
        String k = key;
        for (int i = 2; !keys.add(k); i++) {
            k = key + " (" + i + ")";
        }
        return k;
    }

    /**
     * The requested channel statistics of each population, channel by channel, in request order. Each
     * (population, channel) pair is independent and reads only shared, read-only columns and bitsets, so the
     * pairs run in parallel on the common pool.
     */
    private static List<Map<String, Map<String, JsonValue>>> channelValues(StatisticsRequest request,
            EventTable events, List<Pop> pops) {
        List<String> wanted = request.channelStatistics();
        List<String> channels = wanted.isEmpty() ? List.of() : request.channels();
        int pairs = pops.size() * channels.size();
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, JsonValue>[] results = new Map[pairs];
        IntStream.range(0, pairs).parallel().forEach(i -> results[i] = channelValues(wanted, request.q(), events,
                channels.get(i % channels.size()), pops.get(i / channels.size()).members()));
        List<Map<String, Map<String, JsonValue>>> out = new ArrayList<>();
        for (int p = 0; p < pops.size(); p++) {
            Map<String, Map<String, JsonValue>> byChannel = new LinkedHashMap<>();
            for (int c = 0; c < channels.size(); c++) {
                byChannel.put(channels.get(c), results[p * channels.size() + c]);
            }
            out.add(byChannel);
        }
        return out;
    }

    /** One population's statistics on one channel: one gather for order statistics, moments from the same copy. */
    private static Map<String, JsonValue> channelValues(List<String> wanted, double q, EventTable events,
            String channel, long[] members) {
        Map<String, JsonValue> values = new LinkedHashMap<>();
        if (!events.hasChannel(channel)) {
            wanted.forEach(s -> values.put(s, JsonValue.NULL));
            return values;
        }
        boolean orderStatistics = wanted.contains("median") || wanted.contains("quantile") || wanted.contains("mad");
        int n = events.eventCount();
        double[] column = events.column(channel);
        ChannelStatistics stats = orderStatistics ? ChannelStatistics.of(column, members, n) : null;
        Moments moments = null;
        if (wanted.contains("mean") || wanted.contains("stddev") || wanted.contains("cv")
                || wanted.contains("geometricMean")) {
            moments = stats != null ? stats.moments() : Moments.of(column, members, n);
        }
        for (String statistic : wanted) {
            values.put(statistic, number(value(statistic, stats, moments, q)));
        }
        return values;
    }

    private static Double value(String statistic, ChannelStatistics stats, Moments moments, double q) {
        switch (statistic) {
            case "mean":
                return moments.mean();
            case "stddev":
                return moments.stddev();
            case "cv":
                return moments.cv();
            case "geometricMean":
                return moments.geometricMean();
            case "median":
                return stats.median();
            case "quantile":
                return stats.quantile(q);
            case "mad":
                return stats.mad();
            default:
                throw new AssertionError(statistic);
        }
    }

    private Pop pop(FileGating gating, String populationId) {
        long[] members = analysis.members(gating, populationId);
        if (populationId == null) {
            return new Pop(null, UNGATED, UNGATED, members);
        }
        JsonObject p = analysis.population(populationId);
        return new Pop(populationId, p.getString("name"), p.getString("uniqueName"), members);
    }

    private Pop parentOf(FileGating gating, String populationId) {
        String parentId = populationId == null ? null : Populations.parentId(analysis.population(populationId));
        if (parentId != null && !analysis.populations().containsKey(parentId)) {
            parentId = null; // a dangling parent (not possible through the API) counts as Ungated
        }
        return pop(gating, parentId);
    }

    private static Map<String, JsonValue> identity(JsonObject file, Pop pop, Pop parent, JsonValue annotations) {
        Map<String, JsonValue> row = new LinkedHashMap<>();
        row.put("fcsFileId", file.get("_id"));
        row.put("filename", file.get("filename"));
        if (pop != null) {
            row.put("populationId", id(pop));
            row.put("population", Json.createValue(pop.name()));
            row.put("uniquePopulationName", Json.createValue(pop.uniqueName()));
            row.put("parentPopulation", Json.createValue(parent.name()));
            row.put("parentPopulationId", id(parent));
        }
        if (annotations != null) {
            row.put("annotations", annotations);
        }
        return row;
    }

    private static void percentGroup(Map<String, JsonValue> row, Pop pop, Pop reference) {
        row.put("percentOfId", id(reference));
        row.put("percentOf", Json.createValue(reference.name()));
        row.put("percentOfUniqueName", Json.createValue(reference.uniqueName()));
        row.put("percent", percent(pop, reference));
    }

    private static JsonValue percent(Pop pop, Pop reference) {
        return number(Statistics.percent(pop.count(), reference.count()));
    }

    private static JsonValue id(Pop pop) {
        return pop.id() == null ? JsonValue.NULL : Json.createValue(pop.id());
    }

    private static JsonValue number(Double value) {
        return value == null || !Double.isFinite(value) ? JsonValue.NULL : JsonNumbers.of(value);
    }

    private static JsonValue reagent(JsonObject file, String channel) {
        for (JsonValue entry : file.getJsonArray("panel")) {
            JsonObject e = entry.asJsonObject();
            if (channel.equals(e.getString("channel", null))) {
                return e.get("reagent");
            }
        }
        return JsonValue.NULL;
    }

    private static JsonValue annotations(JsonObject file) {
        JsonObjectBuilder out = Json.createObjectBuilder();
        for (JsonValue a : file.getJsonArray("annotations")) {
            JsonObject annotation = a.asJsonObject();
            JsonValue name = annotation.get("name");
            if (name instanceof JsonString) {
                out.add(((JsonString) name).getString(), annotation.getOrDefault("value", JsonValue.NULL));
            }
        }
        return out.build();
    }
}
