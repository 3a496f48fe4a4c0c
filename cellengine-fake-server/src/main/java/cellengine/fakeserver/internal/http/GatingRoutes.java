package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.analysis.AnalysisApi;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.query.Booleans;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.store.GatingApi;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Function;

/**
 * The analysis routes of cellengine-api.md §2.7, §2.8, §2.10 and §2.11: gates (with the {@code ?gid=} family
 * operations on the collection path, and {@code applyTailored} and {@code reset} beside {@code gates/{id}}),
 * populations, plots and bulk statistics.
 */
final class GatingRoutes {

    private static final String EXPERIMENT = Routes.API + "/experiments/{eid}";

    private GatingRoutes() {
    }

    static void install(RoutesConfig r, GatingApi gating, AnalysisApi analysis,
            Function<AuthedHandler, Handler> authed) {
        String gates = EXPERIMENT + "/gates";
        r.get(gates, authed.apply((ctx, caller) -> list(ctx, gating.gates(caller, eid(ctx), options(ctx)))));
        r.post(gates, authed.apply((ctx, caller) -> {
            GatingApi.Created created = gating.createGates(caller, eid(ctx), JsonBodies.value(ctx.body()),
                    ctx.queryParamMap());
            Responses.json(ctx, created.status(), created.body());
        }));
        r.patch(gates, authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, gating.patchFamily(caller, eid(ctx), gid(ctx), body(ctx)))));
        r.delete(gates, authed.apply((ctx, caller) -> {
            gating.deleteFamily(caller, eid(ctx), gid(ctx), ctx.queryParam("exclude"));
            Responses.noContent(ctx);
        }));
        r.post(gates + "/applyTailored", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, gating.applyTailored(caller, eid(ctx), gid(ctx), body(ctx)))));
        r.post(gates + "/reset", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, gating.reset(caller, eid(ctx)))));
        r.get(gates + "/{id}", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, gating.gate(caller, eid(ctx), ctx.pathParam("id")))));
        r.patch(gates + "/{id}", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, gating.patchGate(caller, eid(ctx), ctx.pathParam("id"), body(ctx)))));
        r.delete(gates + "/{id}", authed.apply((ctx, caller) -> {
            gating.deleteGate(caller, eid(ctx), ctx.pathParam("id"));
            Responses.noContent(ctx);
        }));

        String populations = EXPERIMENT + "/populations";
        r.get(populations, authed.apply((ctx, caller) ->
                list(ctx, gating.populations(caller, eid(ctx), options(ctx)))));
        r.post(populations, authed.apply((ctx, caller) ->
                Responses.json(ctx, 201, gating.createPopulation(caller, eid(ctx), body(ctx)))));
        r.get(populations + "/{id}", authed.apply((ctx, caller) ->
                Responses.json(ctx, 200, gating.population(caller, eid(ctx), ctx.pathParam("id")))));
        r.patch(populations + "/{id}", authed.apply((ctx, caller) -> Responses.json(ctx, 200,
                gating.patchPopulation(caller, eid(ctx), ctx.pathParam("id"), body(ctx)))));
        r.delete(populations + "/{id}", authed.apply((ctx, caller) -> {
            String branch = ctx.queryParam("deleteBranch");
            gating.deletePopulation(caller, eid(ctx), ctx.pathParam("id"),
                    Booleans.parse("deleteBranch", branch, false));
            Responses.noContent(ctx);
        }));

        r.post(EXPERIMENT + "/bulkstatistics", authed.apply((ctx, caller) -> {
            AnalysisApi.Text text = analysis.statistics(caller, eid(ctx), body(ctx));
            if (text.disposition() != null) {
                ctx.header("Content-Disposition", text.disposition());
            }
            ctx.status(200).contentType(text.contentType()).result(text.body());
        }));
        r.get(EXPERIMENT + "/plot", authed.apply((ctx, caller) ->
                ctx.status(200).contentType("image/png").result(analysis.plot(caller, eid(ctx), ctx.queryParamMap()))));
    }

    private static String gid(Context ctx) {
        String gid = ctx.queryParam("gid");
        if (gid == null || gid.isBlank()) {
            throw new ApiError.BadRequest("\"gid\" is required: name the gate family with ?gid=<gid>.");
        }
        return gid;
    }

    private static String eid(Context ctx) {
        return ctx.pathParam("eid");
    }

    private static ListOptions options(Context ctx) {
        return ListOptions.from(ctx.queryParamMap());
    }

    private static JsonObject body(Context ctx) {
        return JsonBodies.object(ctx.body());
    }

    private static void list(Context ctx, List<JsonObject> items) {
        Responses.json(ctx, 200, Json.createArrayBuilder(items).build());
    }
}
