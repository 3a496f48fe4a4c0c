package cellengine.fakeserver.internal.query;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Comparator;

/**
 * Equality and ordering of JSON values for queries and sorting. Numbers compare by value ({@code 1} equals
 * {@code 1.0}); the order across types follows MongoDB: null, numbers, strings, objects, arrays, booleans.
 */
final class JsonOrder {

    static final Comparator<JsonValue> ORDER = JsonOrder::compare;

    private JsonOrder() {
    }

    /** {@return whether a stored value matches a query value; an array matches when any element does} */
    static boolean matches(JsonValue stored, JsonValue wanted) {
        if (same(stored, wanted)) {
            return true;
        }
        if (stored.getValueType() == JsonValue.ValueType.ARRAY
                && wanted.getValueType() != JsonValue.ValueType.ARRAY) {
            for (JsonValue element : stored.asJsonArray()) {
                if (same(element, wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean same(JsonValue a, JsonValue b) {
        if (a instanceof JsonNumber && b instanceof JsonNumber) {
            return ((JsonNumber) a).bigDecimalValue().compareTo(((JsonNumber) b).bigDecimalValue()) == 0;
        }
        if (a instanceof JsonArray && b instanceof JsonArray) {
            JsonArray x = (JsonArray) a;
            JsonArray y = (JsonArray) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    static int compare(JsonValue a, JsonValue b) {
        int byType = Integer.compare(rank(a), rank(b));
        if (byType != 0) {
            return byType;
        }
        switch (a.getValueType()) {
            case NUMBER:
                return ((JsonNumber) a).bigDecimalValue().compareTo(((JsonNumber) b).bigDecimalValue());
            case STRING:
                return ((JsonString) a).getString().compareTo(((JsonString) b).getString());
            case OBJECT:
            case ARRAY:
                return a.toString().compareTo(b.toString());
            default:
                return 0; // null vs null; true vs true and false vs false share a rank
        }
    }

    private static int rank(JsonValue value) {
        switch (value.getValueType()) {
            case NULL:
                return 0;
            case NUMBER:
                return 1;
            case STRING:
                return 2;
            case OBJECT:
                return 3;
            case ARRAY:
                return 4;
            case FALSE:
                return 5;
            case TRUE:
                return 6;
            default:
                throw new AssertionError(value.getValueType());
        }
    }
}
