package cellengine.api.param;

import cellengine.api.internal.http.Ids;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.Timestamps;
import cellengine.api.model.CommentOp;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The keys a request builder has set, in order, with their JSON values (explicit nulls kept). */
final class JsonFields {

    private final Map<String, JsonValue> fields = new LinkedHashMap<>();

    /** Starts with no keys. */
    JsonFields() {
    }

    /** Starts with the keys of a body already built, for its {@code toBuilder()}. */
    JsonFields(JsonObject seed) {
        fields.putAll(seed);
    }

    void put(String key, JsonValue value) {
        fields.put(Objects.requireNonNull(key, "key"), value == null ? JsonValue.NULL : value);
    }

    void putString(String key, String value) {
        put(key, value == null ? JsonValue.NULL : Json.provider().createValue(value));
    }

    void putBoolean(String key, boolean value) {
        put(key, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    void putInstant(String key, Instant value) {
        put(key, value == null ? JsonValue.NULL : Json.provider().createValue(Timestamps.format(value)));
    }

    void putStrings(String key, Collection<String> values) {
        put(key, values == null ? JsonValue.NULL : strings(values));
    }

    void putIds(String key, Collection<String> ids) {
        if (ids != null) {
            for (String id : ids) {
                requireId(id, key);
            }
        }
        putStrings(key, ids);
    }

    void putComments(String key, List<CommentOp> ops) {
        if (ops == null) {
            put(key, JsonValue.NULL);
            return;
        }
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        for (CommentOp op : ops) {
            JsonObjectBuilder o = Json.provider().createObjectBuilder();
            o.add("insert", Objects.requireNonNull(op, "comment op").insert() == null ? "" : op.insert());
            if (op.attributes() != null) {
                o.add("attributes", op.attributes());
            }
            array.add(o);
        }
        put(key, array.build());
    }

    /** {@return a JSON array of the strings, a {@code null} element as JSON {@code null}} */
    static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        for (String v : values) {
            array.add(v == null ? JsonValue.NULL : Json.provider().createValue(v));
        }
        return array.build();
    }

    /** {@return a JSON array of the numbers} */
    static JsonArray numbers(double[] values) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        for (double v : values) {
            array.add(v);
        }
        return array.build();
    }

    JsonObject toJson() {
        JsonObjectBuilder o = Json.provider().createObjectBuilder();
        fields.forEach(o::add);
        return o.build();
    }

    static String requireId(String id, String parameter) {
        Objects.requireNonNull(id, parameter);
        if (!Ids.isId(id)) {
            throw new IllegalArgumentException(parameter + " must hold 24-character hex ids, found '" + id + "'");
        }
        return id;
    }
}
