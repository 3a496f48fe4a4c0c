package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.ObjectIds;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/**
 * A {@code compensationId} of a request (docs/wire.md#compensation-fields): {@code 0} (uncompensated), {@code -1}
 * (file-internal), {@code -2} (per file) or a compensation {@code _id}.
 *
 * @param code 0, -1 or -2 when {@code id} is null
 * @param id a compensation id, or null for a special code
 */
record CompensationChoice(int code, String id) {

    static final CompensationChoice UNCOMPENSATED = new CompensationChoice(0, null);
    static final CompensationChoice FILE_INTERNAL = new CompensationChoice(-1, null);

    /**
     * Reads a query parameter value.
     *
     * @throws ApiError.BadRequest for {@code null} (docs/semantics.md#special-compensation-ids) and anything that is
     * not a code or an id
     */
    static CompensationChoice parse(String field, String text) {
        String t = text.trim();
        switch (t) {
            case "0":
                return UNCOMPENSATED;
            case "-1":
                return FILE_INTERNAL;
            case "-2":
                return new CompensationChoice(-2, null);
            case "null":
                throw new ApiError.BadRequest('"' + field + "\" cannot be null; send 0 for no compensation.");
            default:
                if (ObjectIds.isValid(t)) {
                    return new CompensationChoice(0, t);
                }
                throw new ApiError.BadRequest('"' + field + "\" must be 0, -1, -2 or a compensation _id, was \"" + t
                        + "\".");
        }
    }

    /** Reads a JSON value (a number code or an id string); {@code null} is refused as in {@link #parse}. */
    static CompensationChoice parse(String field, JsonValue value) {
        if (value instanceof JsonNumber) {
            BigDecimal n = ((JsonNumber) value).bigDecimalValue();
            return parse(field, n.stripTrailingZeros().toPlainString());
        }
        if (value instanceof JsonString) {
            return parse(field, ((JsonString) value).getString());
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return parse(field, "null");
        }
        throw FieldRules.wrongType(field, "0, -1, -2 or a compensation _id", value);
    }

    @Override
    public String toString() {
        return id != null ? id : Integer.toString(code);
    }
}
