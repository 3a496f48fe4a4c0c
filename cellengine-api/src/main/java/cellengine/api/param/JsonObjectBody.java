package cellengine.api.param;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A request body that is exactly the JSON object its builder made: the keys set, in order, explicit nulls kept.
 * Immutable; two bodies of the same type are equal when they send the same JSON.
 */
abstract class JsonObjectBody implements JsonBody {

    private final JsonObject json;

    JsonObjectBody(JsonObject json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** {@return whether nothing would be sent} */
    public boolean isEmpty() {
        return json.isEmpty();
    }

    /** {@return the keys that will be sent, in order} */
    public Set<String> keys() {
        return json.keySet();
    }

    /** {@return the keys and values that will be sent, explicit nulls as {@link JsonValue#NULL}} */
    public Map<String, JsonValue> changes() {
        return json;
    }

    @Override
    public final JsonObject toJson() {
        return json;
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((JsonObjectBody) o).json.equals(json);
    }

    @Override
    public final int hashCode() {
        return json.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + json;
    }
}
