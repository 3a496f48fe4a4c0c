package cellengine.fakeserver.internal.query;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * A dotted field name ({@code name}, {@code permissions.grantee._id}) resolved as MongoDB does: through
 * objects by key and through arrays element by element. A missing field resolves to {@code null}, so
 * {@code eq(deleted,null)} matches documents without a {@code deleted} field (docs/wire.md#list-queries).
 */
record FieldPath(String text, List<String> segments) {

    FieldPath {
        segments = List.copyOf(segments);
    }

    static FieldPath of(String text) {
        return new FieldPath(text, List.of(text.split("\\.", -1)));
    }

    /** {@return every value the path reaches in {@code document}; {@code [null]} when it reaches none} */
    List<JsonValue> resolve(JsonObject document) {
        List<JsonValue> current = List.of(document);
        for (String segment : segments) {
            List<JsonValue> next = new ArrayList<>();
            for (JsonValue value : current) {
                step(value, segment, next);
            }
            current = next;
        }
        return current.isEmpty() ? List.of(JsonValue.NULL) : current;
    }

    private static void step(JsonValue value, String segment, List<JsonValue> out) {
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            out.add(value.asJsonObject().getOrDefault(segment, JsonValue.NULL));
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = value.asJsonArray();
            for (JsonValue element : array) {
                if (element.getValueType() == JsonValue.ValueType.OBJECT) {
                    out.add(element.asJsonObject().getOrDefault(segment, JsonValue.NULL));
                }
            }
        }
    }
}
