package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;

/** One HTTP response, with JSON-P accessors and status checks that print the body on failure. */
final class Reply {

    final int status;
    final String body;
    final HttpResponse<String> response;

    Reply(HttpResponse<String> response) {
        this.response = response;
        this.status = response.statusCode();
        this.body = response.body();
    }

    Reply expect(int wanted) {
        assertEquals(wanted, status, () -> response.request().method() + " " + response.request().uri()
                + " answered " + status + ": " + body);
        return this;
    }

    String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    JsonValue json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readValue();
        }
    }

    JsonObject object() {
        return json().asJsonObject();
    }

    JsonArray array() {
        return json().asJsonArray();
    }

    /** {@return whether this answer has the reference error shape, see {@link #hasReferenceErrorShape(int, String)}} */
    boolean hasReferenceErrorShape() {
        return hasReferenceErrorShape(status, body);
    }

    /**
     * {@return whether an error answer has the reference shape: a JSON object with a non-blank {@code error} string,
     * or, for a 401, the plain text {@code Unauthorized} (docs/wire.md#authentication)}
     */
    static boolean hasReferenceErrorShape(int status, String body) {
        if (status == 401) {
            return body.equals("Unauthorized");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT
                    && value.asJsonObject().get("error") instanceof JsonString
                    && !value.asJsonObject().getString("error").isBlank();
        } catch (RuntimeException notJson) {
            return false;
        }
    }

    /** {@return the {@code error} string of a JSON error body} */
    String error() {
        return object().getString("error");
    }

    /** {@return the {@code field} string of every element of a JSON array body} */
    List<String> strings(String field) {
        return array().stream().map(v -> v.asJsonObject().getString(field)).collect(Collectors.toList());
    }
}
