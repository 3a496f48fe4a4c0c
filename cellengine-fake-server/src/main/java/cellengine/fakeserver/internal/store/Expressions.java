package cellengine.fakeserver.internal.store;

import cellengine.analysis.population.PopulationExpression;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Population expressions on the wire (docs/semantics.md#expression-grammar): the {@code gates} field is a JSON
 * <em>string</em> holding {@code {"$and": [...]}} and friends. Parsing goes through JSON-P into the plain maps and
 * lists that {@link PopulationExpression#parse(Object)} reads; every failure is a 400 naming the field and the node.
 */
public final class Expressions {

    /** Ungated's expression, as the server writes it. */
    static final String UNGATED = "{\"$and\":[]}";

    private Expressions() {
    }

    /** @throws ApiError.BadRequest when {@code text} is not JSON or not an expression */
    public static PopulationExpression parse(String text, String field) {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException e) {
            throw new ApiError.BadRequest('"' + field + "\" must be a JSON string holding a population expression "
                    + "such as {\"$and\":[\"<gid>\"]}; it is not JSON: " + e.getMessage());
        }
        try {
            return PopulationExpression.parse(plain(value));
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadRequest('"' + field + "\" is not a population expression: " + e.getMessage() + ".");
        }
    }

    /**
     * {@return the compact expression of a population auto-created under a parent
     * (docs/semantics.md#auto-created-populations)}: the parent's {@code $and} operands followed by {@code gid}, or
     * {@code {"$and": [parent, gid]}} when the parent's expression is not a plain {@code $and}.
     */
    static String childOf(String parentGates, String gid) {
        JsonValue parent = Json.createReader(new StringReader(parentGates)).readValue();
        var operands = Json.createArrayBuilder();
        if (parent instanceof JsonObject && parent.asJsonObject().size() == 1
                && parent.asJsonObject().get("$and") instanceof JsonArray) {
            parent.asJsonObject().getJsonArray("$and").forEach(operands::add);
        } else {
            operands.add(parent);
        }
        return Json.createObjectBuilder().add("$and", operands.add(gid)).build().toString();
    }

    private static Object plain(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return ((JsonString) value).getString();
            case ARRAY: {
                List<Object> out = new ArrayList<>();
                value.asJsonArray().forEach(v -> out.add(plain(v)));
                return out;
            }
            case OBJECT: {
                Map<String, Object> out = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> out.put(k, plain(v)));
                return out;
            }
            default:
                return value; // numbers, booleans and null: the parser rejects them, naming the node
        }
    }
}
