package cellengine.fakeserver.internal.json;

import jakarta.json.JsonObject;

/**
 * The body of every error the fake sends, {@code {"error": message}} (semantics.md §12); only a 401 differs, with
 * the plain text {@code Unauthorized}.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    /** {@return the error body for this message} */
    public static JsonObject of(String message) {
        return Json.createObjectBuilder().add("error", message).build();
    }
}
