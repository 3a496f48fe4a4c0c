package cellengine.fakeserver.internal.store;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRule;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.query.ListOptions;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compensations (docs/wire.md#compensations, docs/wire.md#compensation-fields): {@code name}, {@code channels} (N
 * distinct names) and {@code spillMatrix} (N² finite numbers, row-major). A matrix that cannot be inverted is refused
 * at write time (docs/semantics.md#project-defaults: singular matrix → 400), so every stored compensation can be
 * applied. Deletion is permanent.
 */
public final class Compensations {

    private static final String KIND = "compensation";

    private static final Map<String, FieldRule> RULES = Map.of(
            "name", FieldRules.STRING,
            "channels", FieldRules.arrayOf(FieldRules.NON_EMPTY_STRING),
            "spillMatrix", FieldRules.arrayOf(Compensations::finiteNumber));

    private final DocumentStore store = new DocumentStore();
    private final ObjectIds ids;

    public Compensations(ObjectIds ids) {
        this.ids = ids;
    }

    JsonObject create(String experimentId, JsonObject body) {
        for (String field : List.of("name", "channels", "spillMatrix")) {
            if (!body.containsKey(field) || body.isNull(field)) {
                throw new ApiError.BadRequest('"' + field + "\" is required.");
            }
        }
        JsonObject fresh = Json.createObjectBuilder()
                .add("_id", ids.next())
                .add("experimentId", experimentId)
                .add("name", JsonValue.NULL)
                .add("channels", JsonValue.EMPTY_JSON_ARRAY)
                .add("spillMatrix", JsonValue.EMPTY_JSON_ARRAY)
                .add("__v", 0)
                .build();
        JsonObject created = validated(FieldRules.apply(fresh, body, RULES));
        store.insert(created);
        return created;
    }

    /** Inserts a copy of {@code source} into another experiment, with a new id; returns the copy. */
    JsonObject copyInto(JsonObject source, String experimentId) {
        JsonObject copy = Json.createObjectBuilder(source)
                .add("_id", ids.next())
                .add("experimentId", experimentId)
                .build();
        store.insert(copy);
        return copy;
    }

    List<JsonObject> list(String experimentId, ListOptions options) {
        return options.apply(inExperiment(experimentId));
    }

    List<JsonObject> inExperiment(String experimentId) {
        return store.inExperiment(experimentId);
    }

    JsonObject get(String experimentId, String id) {
        return find(experimentId, id).orElseThrow(() -> Access.notFound(KIND, id));
    }

    public Optional<JsonObject> find(String experimentId, String id) {
        return store.inExperiment(experimentId, id);
    }

    JsonObject patch(String experimentId, String id, JsonObject body) {
        get(experimentId, id);
        return store.update(id, current -> validated(FieldRules.apply(current, body, RULES)))
                .orElseThrow(() -> Access.notFound(KIND, id));
    }

    void delete(String experimentId, String id) {
        get(experimentId, id);
        store.remove(id);
    }

    void clear() {
        store.clear();
    }

    /** {@return the analysis compensation of a stored document} */
    public static CompensationMatrix toAnalysis(JsonObject document) {
        List<String> channels = new ArrayList<>();
        for (JsonValue c : document.getJsonArray("channels")) {
            channels.add(((JsonString) c).getString());
        }
        JsonArray values = document.getJsonArray("spillMatrix");
        double[] matrix = new double[values.size()];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = ((JsonNumber) values.get(i)).doubleValue();
        }
        return CompensationMatrix.of(channels, matrix);
    }

    /** Checks that {@code channels} and {@code spillMatrix} fit together and that the matrix inverts. */
    private static JsonObject validated(JsonObject document) {
        JsonArray channels = document.getJsonArray("channels");
        int n = channels.size();
        int values = document.getJsonArray("spillMatrix").size();
        if (n == 0) {
            throw new ApiError.BadRequest("\"channels\" must name at least one channel.");
        }
        if (values != n * n) {
            throw new ApiError.BadRequest("\"spillMatrix\" must hold " + n + "² = " + n * n + " numbers (row-major) "
                    + "for the " + n + " channels, was given " + values + ".");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String name = channels.getString(i);
            if (!seen.add(name)) {
                throw new ApiError.BadRequest("\"channels[" + i + "]\" repeats the channel \"" + name + "\".");
            }
        }
        try {
            toAnalysis(document);
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadRequest("\"spillMatrix\" cannot be used as a compensation: " + e.getMessage()
                    + ".");
        }
        return document;
    }

    private static JsonValue finiteNumber(String field, JsonValue value) {
        if (!(value instanceof JsonNumber)) {
            throw FieldRules.wrongType(field, "a number", value);
        }
        if (!Double.isFinite(((JsonNumber) value).doubleValue())) {
            throw new ApiError.BadRequest('"' + field + "\" must be a finite number, was " + value + ".");
        }
        return value;
    }
}
