package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.upload.Multipart;
import io.javalin.http.Context;
import jakarta.json.JsonObject;

import java.util.TreeSet;

/**
 * Strict mode (on by default, {@code FakeConfig.strict}): before a route runs, its request must have only the
 * top-level body fields and query parameters of the route's {@link Shape}, or it is refused with a 400 naming the
 * first unknown one, in the Joi style of the live service ({@code "colour" is not allowed.}). Authentication is
 * checked first ({@link RouteTable}), so an unauthenticated request is still a 401. Types, required fields and enum
 * values are checked by the routes themselves in both modes.
 *
 * <p>The live service ignores unknown body keys (docs/wire.md#request-encoding); strict mode exists to catch client
 * bugs. It still accepts everything the official clients send to these routes (the allow-list, see
 * docs/reliability.md): every field of the entity, including the ones the server owns ({@code _id}, {@code created},
 * {@code __v} …), which clients echo back and the server ignores; comments as a plain string
 * (docs/wire.md#quirk-comments); naive timestamps in {@code deleted} (docs/wire.md#quirk-naive-delete-timestamp); the
 * {@code token} query parameter everywhere (docs/wire.md#authentication). The data routes (attachments, compensations,
 * FCS files with their JSON create, export and ZIP, scale sets, importResources) are checked too, and so are
 * populations, bulk statistics, the plot query and the query parameters of the gate routes; gate bodies (an object or
 * an array) and multipart uploads are left to their routes. The shapes are declared with the routes, in {@code Routes},
 * {@code DataRoutes} and {@code GatingRoutes}.
 */
final class StrictMode {

    private StrictMode() {
    }

    /** @throws ApiError.BadRequest naming the first query parameter or body field the shape does not take */
    static void check(Context ctx, Shape shape) {
        if (shape.queryParameters() == null) {
            return; // the route answers every such request itself
        }
        for (String name : new TreeSet<>(ctx.queryParamMap().keySet())) {
            if (!name.equals("token") && !shape.queryParameters().contains(name)) {
                throw new ApiError.BadRequest('"' + name + "\" is not allowed as a query parameter"
                        + (shape.queryParameters().isEmpty() ? " here." : "; this route takes "
                        + new TreeSet<>(shape.queryParameters()) + "."));
            }
        }
        String method = ctx.method().name();
        if (method.equals("GET") || method.equals("DELETE") || method.equals("HEAD")) {
            return; // the Python client sends Content-Type: application/json on every request (docs/wire.md#request-encoding)
        }
        if (shape.bodyFields() == null || Multipart.isMultipart(ctx)) {
            return; // the route checks this body; an upload is streamed by its route
        }
        JsonObject body = JsonBodies.object(ctx.body());
        for (String field : body.keySet()) {
            if (!shape.bodyFields().contains(field)) {
                throw new ApiError.BadRequest('"' + field + "\" is not allowed.");
            }
        }
    }
}
