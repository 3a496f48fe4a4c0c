package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.analysis.AnalysisApi;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.query.Booleans;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.store.GatingApi;
import io.javalin.http.Context;
import jakarta.json.JsonObject;
import java.util.Set;

/**
 * The analysis routes of docs/wire.md#gates, docs/wire.md#populations, docs/wire.md#plots and docs/wire.md#statistics,
 * each with what it accepts: gates (with the {@code ?gid=} family operations on the collection path, and {@code
 * applyTailored} and {@code reset} beside {@code gates/{id}}), populations, plots and bulk statistics. Gate bodies (an
 * object or an array) are checked by their routes.
 */
final class GatingRoutes {

    private static final String EXPERIMENT = RouteTable.API + "/experiments/{eid}";

    /**
     * The query parameters of gate creation (docs/wire.md#gates): R's and Python's spellings, and Python's snake_case.
     */
    private static final Set<String> GATE_CREATE_QUERY = Set.of("createPopulation", "parentPopulationId",
            "parentPopulationid", "create_population");

    /**
     * Population fields (docs/wire.md#populations, docs/wire.md#population-fields); the Python integration tests'
     * {@code parent_id} and {@code terminal_gate_gid} (docs/wire.md#request-encoding,
     * docs/wire.md#quirk-snake-case-keys) are accepted, since the clients send bodies as given.
     */
    private static final Set<String> POPULATION_FIELDS = Set.of("_id", "id", "experimentId", "name", "gates",
            "parentId", "terminalGateGid", "uniqueName", "__v", "parent_id", "terminal_gate_gid");

    /** The bulk statistics body (docs/wire.md#statistics-request), {@code scaleSetId} (defunct) included. */
    private static final Set<String> STATISTICS_FIELDS = Set.of("statistics", "channels", "q", "fcsFileIds",
            "populationIds", "compensationId", "percentOf", "format", "layout", "annotations", "scaleSetId");

    /** The plot query (docs/wire.md#plots). */
    private static final Set<String> PLOT_QUERY = Set.of("fcsFileId", "plotType", "xChannel", "yChannel",
            "zChannel", "populationId", "compensation", "axesQ", "xAxisQ", "yAxisQ", "axisLabelsQ", "xAxisLabelQ",
            "yAxisLabelQ", "ticksQ", "xTicksQ", "yTicksQ", "tickLabelsQ", "xTickLabelsQ", "yTickLabelsQ", "color",
            "gateLabel", "gateLabelFontSize", "width", "height", "percentileStart", "percentileStep",
            "preSubsampleN", "renderGates", "smoothing", "strokeThickness");

    private GatingRoutes() {
    }

    static void install(RouteTable r, GatingApi gating, AnalysisApi analysis) {
        String gates = EXPERIMENT + "/gates";
        r.get(gates, Shape.LIST, (ctx, caller) -> Responses.list(ctx, gating.gates(caller, eid(ctx), options(ctx))));
        r.post(gates, Shape.bodyCheckedByRoute(GATE_CREATE_QUERY), (ctx, caller) -> {
            GatingApi.Created created = gating.createGates(caller, eid(ctx), JsonBodies.value(ctx.body()),
                    ctx.queryParamMap());
            Responses.json(ctx, created.status(), created.body());
        });
        r.patch(gates, Shape.bodyCheckedByRoute(Set.of("gid")), (ctx, caller) ->
                Responses.json(ctx, 200, gating.patchFamily(caller, eid(ctx), gid(ctx), body(ctx))));
        r.delete(gates, Shape.query(Set.of("gid", "exclude")), (ctx, caller) -> {
            gating.deleteFamily(caller, eid(ctx), gid(ctx), ctx.queryParam("exclude"));
            Responses.noContent(ctx);
        });
        r.post(gates + "/applyTailored", new Shape(Set.of("gate", "fcsFileIds"), Set.of("gid")), (ctx, caller) ->
                Responses.json(ctx, 200, gating.applyTailored(caller, eid(ctx), gid(ctx), body(ctx))));
        r.post(gates + "/reset", Shape.bodyCheckedByRoute(Set.of()), (ctx, caller) ->
                Responses.json(ctx, 200, gating.reset(caller, eid(ctx))));
        r.get(gates + "/{id}", Shape.NOTHING, (ctx, caller) ->
                Responses.json(ctx, 200, gating.gate(caller, eid(ctx), ctx.pathParam("id"))));
        r.patch(gates + "/{id}", Shape.bodyCheckedByRoute(Set.of()), (ctx, caller) ->
                Responses.json(ctx, 200, gating.patchGate(caller, eid(ctx), ctx.pathParam("id"), body(ctx))));
        r.delete(gates + "/{id}", Shape.NOTHING, (ctx, caller) -> {
            gating.deleteGate(caller, eid(ctx), ctx.pathParam("id"));
            Responses.noContent(ctx);
        });

        String populations = EXPERIMENT + "/populations";
        r.get(populations, Shape.LIST, (ctx, caller) ->
                Responses.list(ctx, gating.populations(caller, eid(ctx), options(ctx))));
        r.post(populations, Shape.body(POPULATION_FIELDS), (ctx, caller) ->
                Responses.json(ctx, 201, gating.createPopulation(caller, eid(ctx), body(ctx))));
        r.get(populations + "/{id}", Shape.NOTHING, (ctx, caller) ->
                Responses.json(ctx, 200, gating.population(caller, eid(ctx), ctx.pathParam("id"))));
        r.patch(populations + "/{id}", Shape.body(POPULATION_FIELDS), (ctx, caller) -> Responses.json(ctx, 200,
                gating.patchPopulation(caller, eid(ctx), ctx.pathParam("id"), body(ctx))));
        r.delete(populations + "/{id}", Shape.query(Set.of("deleteBranch")), (ctx, caller) -> {
            String branch = ctx.queryParam("deleteBranch");
            gating.deletePopulation(caller, eid(ctx), ctx.pathParam("id"),
                    Booleans.parse("deleteBranch", branch, false));
            Responses.noContent(ctx);
        });

        r.post(EXPERIMENT + "/bulkstatistics", Shape.body(STATISTICS_FIELDS), (ctx, caller) -> {
            AnalysisApi.Text text = analysis.statistics(caller, eid(ctx), body(ctx));
            if (text.disposition() != null) {
                ctx.header("Content-Disposition", text.disposition());
            }
            ctx.status(200).contentType(text.contentType()).result(text.body());
        });
        r.get(EXPERIMENT + "/plot", Shape.query(PLOT_QUERY), (ctx, caller) ->
                ctx.status(200).contentType("image/png").result(analysis.plot(caller, eid(ctx), ctx.queryParamMap())));
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
}
