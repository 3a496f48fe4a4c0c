package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Map;

/**
 * The one place where failures of routed requests become responses: {@link ApiError}s with their status, Javalin's
 * own not-found, method-not-allowed and size errors as {@code {"error": msg}}, and anything unexpected as a 500
 * that names the exception type (a fake-server bug; it is logged with its stack trace). Requests that Jetty refuses
 * before routing are answered by {@link JettyErrors}, in the same shape.
 */
final class ErrorMapper {

    private static final System.Logger LOG = System.getLogger(ErrorMapper.class.getName());

    private ErrorMapper() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ApiError.class, ErrorMapper::apiError);
        routes.exception(HttpResponseException.class, ErrorMapper::javalinError);
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "Fake server bug on " + ctx.method() + " " + ctx.path(), e);
            Responses.error(ctx, 500, "Internal fake-server error: " + e.getClass().getName());
        });
    }

    private static void apiError(ApiError e, Context ctx) {
        if (e instanceof ApiError.Unauthorized) {
            Responses.unauthorized(ctx);
        } else {
            Responses.error(ctx, e.status(), e.getMessage());
        }
    }

    private static void javalinError(HttpResponseException e, Context ctx) {
        if (e instanceof MethodNotAllowedResponse) {
            String allowed = allowedMethods(e.getDetails());
            if (!allowed.isEmpty()) {
                ctx.header("Allow", allowed);
            }
            Responses.error(ctx, 405, "Method " + ctx.method() + " is not allowed on " + ctx.path()
                    + (allowed.isEmpty() ? "." : " (allowed: " + allowed + ")."));
        } else if (e instanceof NotFoundResponse) {
            Responses.error(ctx, 404, "No route for " + ctx.method() + " " + ctx.path()
                    + ". Every route lives under /api/v1 (see docs/fake-server.md).");
        } else {
            Responses.error(ctx, e.getStatus(), e.getMessage());
        }
    }

    private static String allowedMethods(Map<String, String> details) {
        String methods = details.getOrDefault("availableMethods", "");
        return methods.replace("[", "").replace("]", "");
    }
}
