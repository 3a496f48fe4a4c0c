package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.json.ErrorBody;
import cellengine.fakeserver.internal.json.Json;
import io.javalin.http.Context;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/** Writes response bodies. JSON is written with JSON-P: Javalin has no JSON mapper without Jackson. */
final class Responses {

    private Responses() {
    }

    static void json(Context ctx, int status, JsonValue body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    static void list(Context ctx, List<JsonObject> items) {
        json(ctx, 200, Json.createArrayBuilder(items).build());
    }

    static void error(Context ctx, int status, String message) {
        json(ctx, status, ErrorBody.of(message));
    }

    /** 401 in the Express style the clients see from production (docs/wire.md#authentication). */
    static void unauthorized(Context ctx) {
        ctx.status(401).contentType("text/plain; charset=utf-8").result("Unauthorized");
    }

    static void noContent(Context ctx) {
        ctx.status(204);
    }
}
