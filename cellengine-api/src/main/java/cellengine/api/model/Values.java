package cellengine.api.model;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;

/** Normalisation shared by the records: absent lists and objects become empty, never null. */
final class Values {

    private Values() {
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static JsonObject object(JsonObject object) {
        return object == null ? JsonValue.EMPTY_JSON_OBJECT : object;
    }

    static JsonArray array(JsonArray array) {
        return array == null ? JsonValue.EMPTY_JSON_ARRAY : array;
    }

}
