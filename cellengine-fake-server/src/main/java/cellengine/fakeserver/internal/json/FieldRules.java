package cellengine.fakeserver.internal.json;

import cellengine.fakeserver.internal.ApiError;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.math.BigDecimal;
import java.util.Map;

/** The field rules shared by experiments and folders, with Joi-style messages ({@code "name" must be a string.}). */
public final class FieldRules {

    private FieldRules() {
    }

    public static final FieldRule ANY = (field, value) -> value;

    public static final FieldRule STRING = typed(ValueType.STRING, "a string");

    public static final FieldRule BOOLEAN = (field, value) -> {
        if (value.getValueType() != ValueType.TRUE && value.getValueType() != ValueType.FALSE) {
            throw wrongType(field, "a boolean", value);
        }
        return value;
    };

    public static final FieldRule OBJECT = typed(ValueType.OBJECT, "an object");

    public static final FieldRule ARRAY = typed(ValueType.ARRAY, "an array");

    public static final FieldRule NON_EMPTY_STRING = (field, value) -> {
        STRING.check(field, value);
        if (((JsonString) value).getString().isBlank()) {
            throw new ApiError.BadRequest('"' + field + "\" is not allowed to be empty.");
        }
        return value;
    };

    public static final FieldRule NULLABLE_STRING = (field, value) ->
            value.getValueType() == ValueType.NULL ? value : STRING.check(field, value);

    public static final FieldRule ID = (field, value) -> {
        STRING.check(field, value);
        if (!ObjectIds.isValid(((JsonString) value).getString())) {
            throw new ApiError.BadRequest('"' + field + "\" must be a 24-character lowercase hex id, was "
                    + value + ".");
        }
        return value;
    };

    public static final FieldRule STRING_ARRAY = arrayOf(STRING);

    public static final FieldRule ID_ARRAY = arrayOf(ID);

    public static final FieldRule OBJECT_ARRAY = arrayOf(OBJECT);

    /** A timestamp or {@code null}; stored in the {@code .SSSZ} form whatever form came in. */
    public static final FieldRule TIMESTAMP_OR_NULL = (field, value) -> {
        if (value.getValueType() == ValueType.NULL) {
            return value;
        }
        if (value.getValueType() != ValueType.STRING) {
            throw wrongType(field, "a timestamp string or null", value);
        }
        return Json.createValue(Timestamps.format(Timestamps.parse(((JsonString) value).getString(), field)));
    };

    /** Permissions: {@code [{"grantee": {"_id": id, ...}, ...}]}. */
    public static final FieldRule PERMISSIONS = arrayOf((field, value) -> {
        OBJECT.check(field, value);
        JsonValue grantee = value.asJsonObject().get("grantee");
        if (grantee == null) {
            throw new ApiError.BadRequest('"' + field + ".grantee\" is required.");
        }
        OBJECT.check(field + ".grantee", grantee);
        JsonValue id = grantee.asJsonObject().get("_id");
        if (id == null) {
            throw new ApiError.BadRequest('"' + field + ".grantee._id\" is required.");
        }
        ID.check(field + ".grantee._id", id);
        return value;
    });

    public static FieldRule arrayOf(FieldRule element) {
        return (field, value) -> {
            ARRAY.check(field, value);
            JsonArray array = value.asJsonArray();
            JsonArrayBuilder out = Json.createArrayBuilder();
            for (int i = 0; i < array.size(); i++) {
                out.add(element.check(field + "[" + i + "]", array.get(i)));
            }
            return out.build();
        };
    }

    /**
     * One of the given numbers, or a 24-hex id (as {@code Experiment.activeCompensation},
     * docs/wire.md#compensation-fields).
     */
    public static FieldRule numberOrId(String description, int... allowed) {
        return (field, value) -> {
            if (value instanceof JsonNumber) {
                BigDecimal n = ((JsonNumber) value).bigDecimalValue();
                for (int a : allowed) {
                    if (n.compareTo(BigDecimal.valueOf(a)) == 0) {
                        return Json.createValue(a);
                    }
                }
            } else if (value instanceof JsonString && ObjectIds.isValid(((JsonString) value).getString())) {
                return value;
            }
            throw new ApiError.BadRequest('"' + field + "\" must be " + description + ", was " + value + ".");
        };
    }

    /** {@return {@code document} with every field of {@code body} that has a rule checked and applied} */
    public static JsonObject apply(JsonObject document, JsonObject body, Map<String, FieldRule> rules) {
        var out = Json.createObjectBuilder(document);
        for (Map.Entry<String, JsonValue> e : body.entrySet()) {
            FieldRule rule = rules.get(e.getKey());
            if (rule != null) { // unknown keys are ignored, as by the live service (docs/wire.md#request-encoding)
                out.add(e.getKey(), rule.check(e.getKey(), e.getValue()));
            }
        }
        return out.build();
    }

    private static FieldRule typed(ValueType type, String description) {
        return (field, value) -> {
            if (value.getValueType() != type) {
                throw wrongType(field, description, value);
            }
            return value;
        };
    }

    public static ApiError.BadRequest wrongType(String field, String description, JsonValue value) {
        return new ApiError.BadRequest('"' + field + "\" must be " + description + ", was "
                + JsonBodies.describe(value) + ".");
    }
}
