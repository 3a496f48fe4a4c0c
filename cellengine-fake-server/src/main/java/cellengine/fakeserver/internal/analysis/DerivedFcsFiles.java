package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.query.Booleans;
import cellengine.fakeserver.internal.store.Account;
import cellengine.fakeserver.internal.store.Experiments;
import cellengine.fakeserver.internal.store.FcsFiles;
import cellengine.fakeserver.internal.store.FcsPayload;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * FCS files made from other FCS files by {@code POST /fcsfiles} with a JSON body (docs/wire.md#derived-fcs-files,
 * docs/semantics.md#derived-fcs-files): a copy (one input, no options: same bytes), or a new FCS 3.1 file written with
 * {@link FcsWriter} from the inputs' scale values, each input pre-subsampled, concatenated in the given order,
 * optionally with {@code File Number} (1-based, plus uniform jitter in ±0.25) and {@code Event Number} (1-based
 * index in its input) channels. One {@link SplittableRandom} seeded by {@code seed} drives the subsampling of
 * every input in order, then the jitter. Inputs may live in other experiments the caller can see. S3 import is
 * not supported by the fake server (400).
 */
final class DerivedFcsFiles {

    static final String FILE_NUMBER = "File Number";
    private static final Pattern PARAMETER_KEYWORD = Pattern.compile("\\$P\\d+[A-Z]+", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter FCS_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("dd-MMM-yyyy").toFormatter(Locale.ENGLISH);

    /** One input file; its events are decoded at most once (a spooled file decodes them from disk). */
    private static final class Source {

        private final String experimentId;
        private final JsonObject file;
        private final FcsPayload payload;
        private FcsData data;

        Source(String experimentId, JsonObject file, FcsPayload payload) {
            this.experimentId = experimentId;
            this.file = file;
            this.payload = payload;
        }

        String experimentId() {
            return experimentId;
        }

        JsonObject file() {
            return file;
        }

        FcsPayload payload() {
            return payload;
        }

        FcsData data() {
            if (data == null) {
                data = payload.data();
            }
            return data;
        }
    }

    private final Experiments experiments;
    private final FcsFiles fcsFiles;

    DerivedFcsFiles(Experiments experiments, FcsFiles fcsFiles) {
        this.experiments = experiments;
        this.fcsFiles = fcsFiles;
    }

    JsonObject create(Account caller, String experimentId, JsonObject body) {
        List<Source> sources = sources(caller, experimentId, body.get("fcsFiles"));
        JsonValue filenameValue = body.getOrDefault("filename", JsonValue.NULL);
        FieldRules.NULLABLE_STRING.check("filename", filenameValue);
        ExportRequest options = ExportRequest.fromJson(body, false);
        boolean addFileNumber = Booleans.parse("addFileNumber", text(body.get("addFileNumber")), false);
        String filename = filenameValue instanceof JsonString && !((JsonString) filenameValue).getString().isBlank()
                ? ((JsonString) filenameValue).getString()
                : sources.size() == 1 ? sources.get(0).file().getString("filename") : "concatenated.fcs";
        JsonArrayBuilder sourceFiles = Json.createArrayBuilder();
        for (Source s : sources) {
            sourceFiles.add(Json.createObjectBuilder().add("experimentId", s.experimentId())
                    .add("_id", s.file().getString("_id")));
        }
        JsonObject extra = Json.createObjectBuilder().add("sourceFiles", sourceFiles).build();
        if (sources.size() == 1 && options.pre().isNone() && !addFileNumber && !options.addEventNumber()) {
            Source only = sources.get(0);
            return fcsFiles.insert(experimentId, filename, only.payload(), extra);
        }
        byte[] bytes = concatenate(sources, options, addFileNumber);
        return fcsFiles.insert(experimentId, filename, bytes, extra);
    }

    private List<Source> sources(Account caller, String experimentId, JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new ApiError.BadRequest("\"fcsFiles\" is required.");
        }
        FieldRules.ARRAY.check("fcsFiles", value);
        JsonArray items = value.asJsonArray();
        if (items.isEmpty()) {
            throw new ApiError.BadRequest("\"fcsFiles\" must name at least one FCS file.");
        }
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String field = "fcsFiles[" + i + "]";
            JsonValue item = items.get(i);
            String fileExperiment = experimentId;
            String fileId;
            if (item instanceof JsonString) {
                fileId = ((JsonString) item).getString();
            } else if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonObject ref = item.asJsonObject();
                if (ref.containsKey("host") || ref.containsKey("path")) {
                    throw new ApiError.BadRequest('"' + field + "\" asks for an S3 import, which is not supported "
                            + "by the fake server; upload the file instead.");
                }
                fileId = ((JsonString) FieldRules.ID.check(field + "._id", ref.getOrDefault("_id", JsonValue.NULL)))
                        .getString();
                // The Python client sends experiment_id where experimentId is meant
                // (docs/wire.md#quirk-snake-case-keys).
                JsonValue other = ref.containsKey("experimentId") ? ref.get("experimentId") : ref.get("experiment_id");
                if (other != null && other.getValueType() != JsonValue.ValueType.NULL) {
                    fileExperiment = ((JsonString) FieldRules.ID.check(field + ".experimentId", other)).getString();
                    experiments.get(caller, fileExperiment);
                }
            } else {
                throw FieldRules.wrongType(field, "an FCS file _id or {\"_id\", \"experimentId\"}", item);
            }
            JsonObject file = fcsFiles.get(fileExperiment, fileId);
            FcsPayload payload = fcsFiles.payload(fileId);
            sources.add(new Source(fileExperiment, file, payload));
        }
        return sources;
    }

    private static byte[] concatenate(List<Source> sources, ExportRequest options, boolean addFileNumber) {
        FcsData first = sources.get(0).data();
        List<String> channels = first.parameterNames();
        for (Source s : sources.subList(1, sources.size())) {
            for (String channel : channels) {
                if (s.data().indexOf(channel) < 0) {
                    throw new ApiError.BadRequest("FCS file " + s.file().getString("_id") + " (\""
                            + s.file().getString("filename") + "\") lacks the channel \"" + channel
                            + "\" of the first file; every input must have all of the first file's channels.");
                }
            }
        }
        SplittableRandom rng = options.seed() == null ? new SplittableRandom() : new SplittableRandom(options.seed());
        List<int[]> kept = new ArrayList<>();
        int total = 0;
        for (Source s : sources) {
            int[] events = new int[s.data().eventCount()];
            for (int i = 0; i < events.length; i++) {
                events[i] = i;
            }
            int[] k = options.pre().apply(events, rng);
            kept.add(k);
            total += k.length;
        }
        int extra = (addFileNumber ? 1 : 0) + (options.addEventNumber() ? 1 : 0);
        double[][] columns = new double[channels.size() + extra][];
        for (int c = 0; c < channels.size(); c++) {
            double[] column = new double[total];
            int at = 0;
            for (int f = 0; f < sources.size(); f++) {
                FcsData data = sources.get(f).data();
                double[] values = data.column(data.indexOf(channels.get(c)));
                for (int e : kept.get(f)) {
                    column[at++] = values[e];
                }
            }
            columns[c] = column;
        }
        FcsWriter.Builder writer = FcsWriter.builder();
        for (int c = 0; c < channels.size(); c++) {
            double range = 0;
            for (Source s : sources) {
                double r = s.data().range(s.data().indexOf(channels.get(c)));
                if (r > range && Double.isFinite(r)) {
                    range = r;
                }
            }
            writer.parameter(channels.get(c), first.parameterLabels().get(c), range > 0 ? range : 262144);
        }
        int next = channels.size();
        if (addFileNumber) {
            double[] numbers = new double[total];
            int at = 0;
            for (int f = 0; f < sources.size(); f++) {
                for (int i = 0; i < kept.get(f).length; i++) {
                    numbers[at++] = f + 1 + (rng.nextDouble() - 0.5) / 2;
                }
            }
            writer.parameter(uniqueName(FILE_NUMBER, channels), null, sources.size() + 1);
            columns[next++] = numbers;
        }
        if (options.addEventNumber()) {
            double[] numbers = new double[total];
            int at = 0;
            int largest = 1;
            for (int f = 0; f < sources.size(); f++) {
                for (int e : kept.get(f)) {
                    numbers[at++] = e + 1;
                }
                largest = Math.max(largest, sources.get(f).data().eventCount());
            }
            writer.parameter(EventExport.eventNumberName(channels), null, largest);
            columns[next] = numbers;
        }
        mergedKeywords(sources).forEach((key, value) -> {
            try {
                writer.keyword(key, value);
            } catch (IllegalArgumentException e) {
                // a keyword the writer manages itself ($TOT, $PAR, ...): it writes its own value
            }
        });
        Spillover spill = first.spillover().orElse(null);
        if (spill != null && sources.stream().allMatch(s -> spill.equals(s.data().spillover().orElse(null)))) {
            writer.spillover(spill);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out, columns);
            return out.toByteArray();
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadRequest("The inputs cannot be written as one FCS 3.1 file: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first input's keywords, kept where every input agrees; where they differ, {@code $BTIM} and
     * {@code $DATE} take the earliest value, {@code $ETIM} the latest, and any other keyword is dropped.
     */
    private static Map<String, String> mergedKeywords(List<Source> sources) {
        Map<String, String> merged = new java.util.LinkedHashMap<>();
        sources.get(0).data().keywords().forEach((key, value) -> {
            if (PARAMETER_KEYWORD.matcher(key).matches() || value.isEmpty()) {
                return;
            }
            List<String> values = new ArrayList<>();
            for (Source s : sources) {
                values.add(s.data().keyword(key));
            }
            String upper = key.toUpperCase(Locale.ROOT);
            if (values.stream().allMatch(v -> Objects.equals(v, value))) {
                merged.put(key, value);
            } else if (values.stream().allMatch(Objects::nonNull)) {
                if (upper.equals("$DATE")) {
                    merged.put(key, values.stream().min(Comparator.comparing(DerivedFcsFiles::date)).get());
                } else if (upper.equals("$BTIM")) {
                    merged.put(key, values.stream().min(Comparator.naturalOrder()).get());
                } else if (upper.equals("$ETIM")) {
                    merged.put(key, values.stream().max(Comparator.naturalOrder()).get());
                }
            }
        });
        return merged;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim(), FCS_DATE);
        } catch (DateTimeParseException e) {
            return LocalDate.MAX; // an unreadable date never counts as the earliest
        }
    }

    private static String uniqueName(String wanted, List<String> existing) {
        String name = wanted;
        for (int k = 2; existing.contains(name); k++) {
            name = wanted + " " + k;
        }
        return name;
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString ? ((JsonString) value).getString() : value.toString();
    }
}
