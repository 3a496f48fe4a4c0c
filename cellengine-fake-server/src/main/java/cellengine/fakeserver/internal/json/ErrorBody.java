package cellengine.fakeserver.internal.json;

import jakarta.json.JsonObject;

/**
 * The body of every error the fake sends, {@code {"error": message}}; only a 401 differs, with the plain text
 * {@code Unauthorized}, as the live service answers.
 */
public final class ErrorBody {

    private ErrorBody() {
    }

    /** {@return the error body for this message} */
    public static JsonObject of(String message) {
        return Json.createObjectBuilder().add("error", message).build();
    }
}
