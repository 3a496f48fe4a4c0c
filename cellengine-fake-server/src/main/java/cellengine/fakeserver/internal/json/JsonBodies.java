package cellengine.fakeserver.internal.json;

import cellengine.fakeserver.internal.ApiError;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** Reads request bodies with JSON-P. Every failure is a 400 naming the problem, never a 500. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /**
     * Parses a request body that must be a JSON object. An empty body counts as {@code {}}, because
     * the Python client sends {@code Content-Type: application/json} with body-less POSTs.
     *
     * @throws ApiError.BadRequest when the body is not JSON or not an object
     */
    public static JsonObject object(String body) {
        JsonValue value = value(body);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ApiError.BadRequest("Request body must be a JSON object, was "
                    + describe(value) + ".");
        }
        return value.asJsonObject();
    }

    /**
     * Parses a request body that may be any JSON value (an object or an array for bulk gate creation). An
     * empty body counts as {@code {}}.
     *
     * @throws ApiError.BadRequest when the body is not JSON
     */
    public static JsonValue value(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        JsonValue value;
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            parser.next();
            value = parser.getValue();
            if (hasMore(parser)) {
                throw new ApiError.BadRequest("Request body is not valid JSON: unexpected content after the "
                        + "JSON value at " + location(parser.getLocation()) + ".");
            }
        } catch (JsonParsingException e) {
            throw new ApiError.BadRequest("Request body is not valid JSON: " + e.getMessage());
        } catch (ApiError e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson signals some limits (e.g. "Input is too deeply nested 1,000") with a bare RuntimeException.
            throw new ApiError.BadRequest("Request body is not valid JSON: " + e.getMessage());
        }
        return value;
    }

    private static boolean hasMore(JsonParser parser) {
        try {
            return parser.hasNext();
        } catch (JsonParsingException e) {
            return true; // Parsson reports trailing text as an invalid token
        }
    }

    private static String location(JsonLocation at) {
        return "line " + at.getLineNumber() + ", column " + at.getColumnNumber();
    }

    /** {@return "a string", "an array", ... for messages} */
    public static String describe(JsonValue value) {
        switch (value.getValueType()) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case TRUE:
            case FALSE:
                return "a boolean";
            case NULL:
                return "null";
            default:
                throw new AssertionError(value.getValueType());
        }
    }
}
