package cellengine.fakeserver.internal.json;

import cellengine.fakeserver.internal.ApiError;
import jakarta.json.JsonValue;

/**
 * Checks one body field and returns the value to store (possibly normalised, e.g. a timestamp rewritten in
 * the {@code .SSSZ} form). Called once per field per request, on the request thread.
 */
@FunctionalInterface
public interface FieldRule {

    /**
     * @param field the field's name as the client sent it, for messages ({@code "tags[2]"} inside arrays)
     * @throws ApiError.BadRequest naming {@code field} when the value has the wrong type or form
     */
    JsonValue check(String field, JsonValue value);
}
