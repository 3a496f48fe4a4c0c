package cellengine.fakeserver.internal.json;

import cellengine.fakeserver.internal.ApiError;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Typed reads of request fields for gates, populations, statistics and plots. Every failure is a 400 that
 * names the field by its path ({@code "model.rectangle.x1" is required.}), in the Joi style of
 * docs/semantics.md#d15-status-codes.
 */
public final class JsonFields {

    private JsonFields() {
    }

    /** {@return the value, or null when absent or JSON null} */
    public static JsonValue optional(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    public static JsonValue required(JsonObject json, String key, String path) {
        JsonValue value = optional(json, key);
        if (value == null) {
            throw new ApiError.BadRequest('"' + path + "\" is required.");
        }
        return value;
    }

    public static String requiredString(JsonObject json, String key, String path) {
        return string(required(json, key, path), path);
    }

    public static String nonEmptyString(JsonObject json, String key, String path) {
        String s = requiredString(json, key, path);
        if (s.isBlank()) {
            throw new ApiError.BadRequest('"' + path + "\" is not allowed to be empty.");
        }
        return s;
    }

    /** {@return the string, or null when absent or null} */
    public static String optionalString(JsonObject json, String key, String path) {
        JsonValue value = optional(json, key);
        return value == null ? null : string(value, path);
    }

    public static String string(JsonValue value, String path) {
        if (!(value instanceof JsonString)) {
            throw FieldRules.wrongType(path, "a string", value);
        }
        return ((JsonString) value).getString();
    }

    public static double number(JsonObject json, String key, String path) {
        return number(required(json, key, path), path);
    }

    public static double number(JsonObject json, String key, String path, double absent) {
        JsonValue value = optional(json, key);
        return value == null ? absent : number(value, path);
    }

    public static double number(JsonValue value, String path) {
        if (!(value instanceof JsonNumber)) {
            throw FieldRules.wrongType(path, "a number", value);
        }
        double d = ((JsonNumber) value).doubleValue();
        if (!Double.isFinite(d)) {
            throw new ApiError.BadRequest('"' + path + "\" must be a finite number, was " + value + ".");
        }
        return d;
    }

    public static boolean bool(JsonObject json, String key, String path, boolean absent) {
        JsonValue value = optional(json, key);
        if (value == null) {
            return absent;
        }
        FieldRules.BOOLEAN.check(path, value);
        return value.getValueType() == JsonValue.ValueType.TRUE;
    }

    public static JsonObject object(JsonObject json, String key, String path) {
        JsonValue value = required(json, key, path);
        FieldRules.OBJECT.check(path, value);
        return value.asJsonObject();
    }

    public static JsonArray array(JsonValue value, String path) {
        FieldRules.ARRAY.check(path, value);
        return value.asJsonArray();
    }

    /** {@return a pair {@code [x, y]} of finite numbers} */
    public static double[] pair(JsonValue value, String path) {
        JsonArray array = array(value, path);
        if (array.size() != 2) {
            throw new ApiError.BadRequest('"' + path + "\" must hold 2 numbers [x, y], had " + array.size() + ".");
        }
        return new double[] {number(array.get(0), path + "[0]"), number(array.get(1), path + "[1]")};
    }
}
