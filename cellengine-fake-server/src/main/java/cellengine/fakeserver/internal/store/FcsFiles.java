package cellengine.fakeserver.internal.store;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsFormatException;
import cellengine.analysis.fcs.FcsReader;
import cellengine.analysis.fcs.Spillover;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRule;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonNumbers;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.upload.Blob;
import cellengine.fakeserver.internal.upload.Filenames;
import cellengine.fakeserver.internal.upload.Multipart;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FCS files (docs/wire.md#fcs-files, docs/wire.md#fcs-file-fields; docs/semantics.md#upload-side-effects): every upload
 * is parsed once with {@link FcsReader} and kept as an {@link FcsPayload} (large uploads stay in a spool file, removed
 * by {@link #clear()}; a soft-deleted file keeps its bytes, since it can be restored); the JSON document carries every
 * docs/wire.md#fcs-file-fields field, including {@code header} and {@code spillString} in list items too. Deletion is
 * soft: GET by id answers 404, lists keep the file with its {@code deleted} timestamp, and PATCH still works so it can
 * be restored.
 */
public final class FcsFiles {

    static final String KIND = "FCS file";

    private static final Pattern WELL = Pattern.compile("([A-Za-z]+)\\s*(\\d+)");

    private final DocumentStore store = new DocumentStore();
    private final Map<String, FcsPayload> payloads = new ConcurrentHashMap<>();
    private final ObjectIds ids;
    private final ScaleSets scaleSets;

    public FcsFiles(ObjectIds ids, ScaleSets scaleSets) {
        this.ids = ids;
        this.scaleSets = scaleSets;
    }

    /**
     * Parses and stores an upload; nothing is stored when the bytes are not FCS. A spooled (large) upload stays in
     * its temporary file, and only its keywords and parameters are kept in memory ({@link FcsPayload}).
     *
     * @throws ApiError.BadRequest naming the problem when the file cannot be read as FCS
     */
    JsonObject upload(String experimentId, Multipart.UploadedFile file) {
        Blob content = file.content();
        try {
            if (file.filename().isBlank()) {
                throw new ApiError.BadRequest("The uploaded FCS file has an empty filename.");
            }
            String filename = Filenames.sanitize(file.filename(), "filename");
            FcsPayload payload = content.file().isPresent() ? FcsPayload.spooled(filename, content)
                    : FcsPayload.inMemory(content, parse(filename, content.bytes()));
            return insert(experimentId, filename, payload, JsonValue.EMPTY_JSON_OBJECT);
        } catch (RuntimeException e) {
            content.delete();
            throw e;
        }
    }

    static FcsData parse(String filename, byte[] bytes) {
        try {
            return FcsReader.read(ByteBuffer.wrap(bytes));
        } catch (FcsFormatException e) {
            throw new ApiError.BadRequest("\"" + filename + "\" is not a readable FCS file: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new ApiError.BadRequest("\"" + filename + "\" is not a readable FCS file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
        }
    }

    /** Stores a file made from bytes in memory (a derived file), parsing them. */
    public JsonObject insert(String experimentId, String filename, byte[] bytes, JsonObject extra) {
        return insert(experimentId, filename, FcsPayload.inMemory(Blob.of(bytes), parse(filename, bytes)), extra);
    }

    /** Stores a parsed file and adds its channels' default scales to the experiment's scale set. */
    public JsonObject insert(String experimentId, String filename, FcsPayload payload, JsonObject extra) {
        String id = ids.next();
        FcsData data = payload.summary();
        Blob original = payload.original();
        Spillover spill = data.spillover().orElse(null);
        JsonObject document = Json.createObjectBuilder()
                .add("_id", id)
                .add("experimentId", experimentId)
                .add("filename", filename)
                .add("md5", original.md5())
                .add("crc32c", original.crc32c())
                .add("size", original.size())
                .add("gatesLocked", false)
                .add("deleted", JsonValue.NULL)
                .add("isControl", false)
                .add("panelName", "Panel 1")
                .add("panel", panel(data))
                .add("compensation", spill == null ? 0 : -1)
                .add("annotations", annotations(data))
                .add("eventCount", payload.eventCount())
                .add("hasFileInternalComp", spill != null)
                .add("spillString", spill == null ? JsonValue.NULL : Json.createValue(spillString(spill)))
                .add("header", header(data))
                .add("data", extra)
                .add("sampleName", sampleName(data, filename))
                .add("__v", 0)
                .build();
        payloads.put(id, payload);
        store.insert(document);
        scaleSets.addDefaults(experimentId, DefaultScales.of(data));
        return document;
    }

    List<JsonObject> list(String experimentId, ListOptions options, boolean includeControls) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject d : inExperiment(experimentId)) {
            if (includeControls || !d.getBoolean("isControl", false)) {
                out.add(d);
            }
        }
        return options.apply(out);
    }

    public List<JsonObject> inExperiment(String experimentId) {
        return store.inExperiment(experimentId);
    }

    /** {@return the live file} @throws ApiError.NotFound when unknown, in another experiment, or deleted */
    public JsonObject get(String experimentId, String id) {
        return Access.live(stored(experimentId, id), KIND);
    }

    /** {@return the file, deleted or not} @throws ApiError.NotFound when unknown or in another experiment */
    JsonObject stored(String experimentId, String id) {
        return store.inExperiment(experimentId, id)
                .orElseThrow(() -> Access.notFound(KIND, id));
    }

    public FcsPayload payload(String id) {
        FcsPayload payload = payloads.get(id);
        if (payload == null) {
            throw Access.notFound(KIND, id);
        }
        return payload;
    }

    /**
     * Applies a PATCH of the docs/wire.md#fcs-files fields; {@code annotations} replaces the whole list.
     *
     * @param compensationExists whether an id names a compensation of this experiment
     */
    JsonObject patch(String experimentId, String id, JsonObject body, Predicate<String> compensationExists) {
        stored(experimentId, id);
        Map<String, FieldRule> rules = new LinkedHashMap<>();
        rules.put("filename", FieldRules.NON_EMPTY_STRING);
        rules.put("panel", FieldRules.arrayOf(FcsFiles::panelEntry));
        rules.put("panelName", FieldRules.STRING);
        rules.put("isControl", FieldRules.BOOLEAN);
        rules.put("gatesLocked", FieldRules.BOOLEAN);
        rules.put("deleted", FieldRules.TIMESTAMP_OR_NULL);
        rules.put("annotations", FieldRules.arrayOf(FcsFiles::annotation));
        rules.put("sampleName", FieldRules.NULLABLE_STRING);
        rules.put("compensation", (field, value) -> compensation(field, value, compensationExists));
        JsonObject checked = FieldRules.apply(JsonValue.EMPTY_JSON_OBJECT, body, rules);
        return store.update(id, current -> {
            JsonObjectBuilder out = Json.createObjectBuilder(current);
            checked.forEach(out::add);
            return out.build();
        }).orElseThrow(() -> Access.notFound(KIND, id));
    }

    /** Soft-deletes. A file deleted already stays as it is, like an experiment ({@link Experiments#delete}). */
    void delete(String experimentId, String id, String now) {
        stored(experimentId, id);
        store.update(id, current -> current.isNull("deleted")
                ? Json.createObjectBuilder(current).add("deleted", now).build() : current);
    }

    /**
     * Copies every file of one experiment into another: new ids, shared payloads, {@code compensation} ids
     * translated through {@code compensationIds} (old → new).
     *
     * @return the new file ids by old file id
     */
    Map<String, String> copyAll(String fromExperimentId, String toExperimentId, Map<String, String> compensationIds) {
        Map<String, String> fileIds = new LinkedHashMap<>();
        for (JsonObject source : inExperiment(fromExperimentId)) {
            String id = ids.next();
            JsonObjectBuilder copy = Json.createObjectBuilder(source).add("_id", id).add("experimentId", toExperimentId);
            JsonValue compensation = source.get("compensation");
            if (compensation instanceof JsonString) {
                String mapped = compensationIds.get(((JsonString) compensation).getString());
                copy.add("compensation", mapped == null ? JsonValue.NULL : Json.createValue(mapped));
            }
            payloads.put(id, payloads.get(source.getString("_id")));
            store.insert(copy.build());
            fileIds.put(source.getString("_id"), id);
        }
        return fileIds;
    }

    /** Replaces a file's annotations (used by import). */
    JsonObject replaceAnnotations(String id, JsonValue annotations) {
        return store.update(id, current -> Json.createObjectBuilder(current).add("annotations", annotations).build())
                .orElseThrow(() -> Access.notFound(KIND, id));
    }

    /** Forgets every file and removes the spool files of large uploads. */
    void clear() {
        store.clear();
        List<FcsPayload> dropped = new ArrayList<>(payloads.values());
        payloads.clear();
        for (FcsPayload payload : dropped) {
            payload.original().delete();
        }
    }

    static String spillString(Spillover spill) {
        StringBuilder out = new StringBuilder().append(spill.size());
        for (String name : spill.parameterNames()) {
            out.append(',').append(name);
        }
        for (double v : spill.matrix()) {
            out.append(',').append(JsonNumbers.text(v));
        }
        return out.toString();
    }

    private static JsonArrayBuilder panel(FcsData data) {
        JsonArrayBuilder panel = Json.createArrayBuilder();
        for (int p = 0; p < data.parameterCount(); p++) {
            String reagent = data.parameterLabels().get(p);
            panel.add(Json.createObjectBuilder()
                    .add("index", p + 1)
                    .add("channel", data.parameterNames().get(p))
                    .add("reagent", reagent == null ? JsonValue.NULL : Json.createValue(reagent)));
        }
        return panel;
    }

    /**
     * Plate annotations from BD FACSDiva keywords (docs/semantics.md#upload-side-effects): {@code plate} from {@code
     * PLATE TYPE} (else {@code PLATE NAME}); {@code plate row}, {@code plate column} and {@code plate well} from
     * {@code WELL ID} (e.g. {@code A01} → {@code A}, {@code 01}, {@code A01}).
     */
    static JsonArrayBuilder annotations(FcsData data) {
        JsonArrayBuilder out = Json.createArrayBuilder();
        String plate = nonBlank(data.keyword("PLATE TYPE"));
        if (plate == null) {
            plate = nonBlank(data.keyword("PLATE NAME"));
        }
        if (plate != null) {
            out.add(annotation("plate", plate));
        }
        String well = nonBlank(data.keyword("WELL ID"));
        if (well != null) {
            Matcher m = WELL.matcher(well);
            if (m.matches()) {
                out.add(annotation("plate row", m.group(1).toUpperCase(Locale.ROOT)));
                out.add(annotation("plate column", m.group(2)));
            }
            out.add(annotation("plate well", well));
        }
        return out;
    }

    private static JsonObject annotation(String name, String value) {
        return Json.createObjectBuilder().add("name", name).add("value", value).build();
    }

    private static String header(FcsData data) {
        JsonObjectBuilder keywords = Json.createObjectBuilder();
        data.keywords().forEach(keywords::add);
        return keywords.build().toString();
    }

    private static String sampleName(FcsData data, String filename) {
        String sample = nonBlank(data.keyword("$SMNO"));
        if (sample != null) {
            return sample;
        }
        int dot = filename.lastIndexOf('.');
        return dot > 0 ? filename.substring(0, dot) : filename;
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static JsonValue panelEntry(String field, JsonValue value) {
        FieldRules.OBJECT.check(field, value);
        JsonObject entry = value.asJsonObject();
        JsonValue index = entry.get("index");
        if (!(index instanceof JsonNumber) || !((JsonNumber) index).isIntegral()
                || ((JsonNumber) index).bigDecimalValue().compareTo(BigDecimal.ONE) < 0) {
            throw new ApiError.BadRequest('"' + field + ".index\" must be a positive integer, was "
                    + (index == null ? "absent" : index.toString()) + ".");
        }
        FieldRules.STRING.check(field + ".channel", entry.getOrDefault("channel", JsonValue.NULL));
        FieldRules.NULLABLE_STRING.check(field + ".reagent", entry.getOrDefault("reagent", JsonValue.NULL));
        return value;
    }

    private static JsonValue annotation(String field, JsonValue value) {
        FieldRules.OBJECT.check(field, value);
        JsonObject entry = value.asJsonObject();
        FieldRules.NON_EMPTY_STRING.check(field + ".name", entry.getOrDefault("name", JsonValue.NULL));
        JsonValue v = entry.getOrDefault("value", JsonValue.NULL);
        if (!(v instanceof JsonString) && !(v instanceof JsonNumber)) {
            throw FieldRules.wrongType(field + ".value", "a string or a number", v);
        }
        return value;
    }

    private static JsonValue compensation(String field, JsonValue value, Predicate<String> exists) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return value;
        }
        if (value instanceof JsonNumber) {
            BigDecimal n = ((JsonNumber) value).bigDecimalValue();
            if (n.compareTo(BigDecimal.valueOf(-2)) == 0) {
                throw new ApiError.BadRequest('"' + field + "\" cannot be -2 (PER_FILE) on an FCS file; use 0, -1 "
                        + "or a compensation _id.");
            }
            if (n.compareTo(BigDecimal.ZERO) == 0 || n.compareTo(BigDecimal.valueOf(-1)) == 0) {
                return Json.createValue(n.intValueExact());
            }
        } else if (value instanceof JsonString && ObjectIds.isValid(((JsonString) value).getString())) {
            String id = ((JsonString) value).getString();
            if (!exists.test(id)) {
                throw new ApiError.BadRequest('"' + field + "\" names no compensation of this experiment: \"" + id
                        + "\".");
            }
            return value;
        }
        throw new ApiError.BadRequest('"' + field + "\" must be 0, -1, a compensation _id or null, was " + value
                + ".");
    }
}
