package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.store.Experiments;
import cellengine.fakeserver.internal.store.Gates;
import cellengine.fakeserver.internal.upload.Multipart;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import jakarta.json.JsonObject;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Strict mode (on by default, {@code FakeConfig.strict}): before a route runs, its request must have only known
 * top-level body fields and known query parameters, or it is refused with a 400 naming the first unknown one, in the
 * Joi style of the live service ({@code "colour" is not allowed.}). Authentication is checked first, so an
 * unauthenticated request is still a 401. Types, required fields and enum values are checked by the routes
 * themselves in both modes.
 *
 * <p>The live service ignores unknown body keys (cellengine-api.md §1.4); strict mode exists to catch client bugs.
 * It still accepts everything the official clients send to these routes (the allow-list, see docs/reliability.md):
 * every field of the entity, including the ones the server owns ({@code _id}, {@code created}, {@code __v} …), which
 * clients echo back and the server ignores; comments as a plain string (§7 item 17); naive timestamps in
 * {@code deleted} (§7 item 19); the {@code token} query parameter everywhere (§1.3). The data routes
 * (attachments, compensations, FCS files with their JSON create, export and ZIP, scale sets, importResources) are
 * checked too, and so are populations, bulk statistics, the plot query and the query parameters of the gate
 * routes; gate bodies (an object or an array) and multipart uploads are left to their routes.
 */
final class StrictMode {

    /** The query parameters of list routes (cellengine-api.md §1.8). */
    static final Set<String> LIST_QUERY = Set.of("query", "fields", "limit", "skip", "sort");

    /** Experiment fields a client may set (§3.3); {@link Experiments} applies the same set. */
    static final Set<String> EXPERIMENT_FIELDS = Set.of("name", "comments", "deleted", "uploader",
            "primaryResearcher", "path", "data", "dataOrder", "activeCompensation", "locked", "public",
            "retentionPolicy", "revisions", "perFileCompensationsEnabled", "tags", "sortingSpec", "colorSpec",
            "savedStatisticsExports", "palettes", "permissions", "annotationNameOrder", "annotationValidators",
            "annotationTableSortColumns", "annotationSources", "annotationTableColumnWidths",
            "annotationTableColumnWraps", "analysisTask");

    /** Experiment fields the server owns: accepted and ignored. */
    static final Set<String> EXPERIMENT_SERVER_FIELDS = Set.of("_id", "id", "created", "updated", "deepUpdated",
            "__v", "cloneSourceExperiment", "revisionSourceExperiment", "analysisSourceExperiment");

    /** Folder fields a client may set (§3.4). */
    static final Set<String> FOLDER_FIELDS = Set.of("name", "path", "deleted", "permissions");

    /** Folder fields the server owns: accepted and ignored. */
    static final Set<String> FOLDER_SERVER_FIELDS = Set.of("_id", "id", "created", "creator", "__v");

    /** The query parameters of an event export (cellengine-api.md §4.5). */
    static final Set<String> EXPORT_QUERY = Set.of("populationId", "compensationId", "compensatedQ", "headers",
            "original", "preSubsampleN", "preSubsampleP", "postSubsampleN", "postSubsampleP", "seed",
            "addEventNumber");

    /** The FCS file fields (§3.5): a client may echo any of them; PATCH applies the settable ones. */
    static final Set<String> FCS_FILE_FIELDS = Set.of("_id", "id", "experimentId", "filename", "md5", "crc32c",
            "size", "gatesLocked", "deleted", "isControl", "panelName", "panel", "compensation", "annotations",
            "eventCount", "hasFileInternalComp", "spillString", "header", "data", "sampleName", "created",
            "updated", "__v");

    /** The JSON create of FCS files (§4.3): sources, name and the export options that apply. */
    static final Set<String> FCS_FILE_CREATE = Set.of("fcsFiles", "filename", "addFileNumber", "addEventNumber",
            "preSubsampleN", "preSubsampleP", "postSubsampleN", "postSubsampleP", "seed", "compensationId",
            "compensatedQ");

    /** The ZIP export body (§2.6, §4.7). */
    static final Set<String> ZIP_EXPORT = Set.of("format", "fcsFileIds", "populationIds", "compensationId",
            "compensatedQ", "preSubsampleN", "preSubsampleP", "postSubsampleN", "postSubsampleP", "seed",
            "filenameTemplate", "addEventNumber");

    /** Attachment fields (§3.6). */
    static final Set<String> ATTACHMENT_FIELDS = Set.of("_id", "id", "experimentId", "filename", "size", "md5",
            "crc32c", "created", "updated", "__v");

    /** Compensation fields (§3.7). */
    static final Set<String> COMPENSATION_FIELDS = Set.of("_id", "id", "experimentId", "name", "channels",
            "spillMatrix", "fcsFileId", "__v");

    /** Scale set fields (§3.10). */
    static final Set<String> SCALE_SET_FIELDS = Set.of("_id", "id", "experimentId", "name", "scales", "created",
            "updated", "__v");

    /** The import body (§2.2). */
    static final Set<String> IMPORT_RESOURCES = Set.of("srcExperiment", "channelMap", "dstPopulationId", "import");

    /** The query parameters of gate creation (§2.7): R's and Python's spellings, and Python's snake_case. */
    static final Set<String> GATE_CREATE_QUERY = Set.of("createPopulation", "parentPopulationId",
            "parentPopulationid", "create_population");

    /**
     * Population fields (§2.8, §3.9); the Python integration tests' {@code parent_id} and
     * {@code terminal_gate_gid} (§1.4, §7 item 2) are accepted, since the clients send bodies as given.
     */
    static final Set<String> POPULATION_FIELDS = Set.of("_id", "id", "experimentId", "name", "gates", "parentId",
            "terminalGateGid", "uniqueName", "__v", "parent_id", "terminal_gate_gid");

    /** The bulk statistics body (§5.1), {@code scaleSetId} (defunct) included. */
    static final Set<String> STATISTICS_FIELDS = Set.of("statistics", "channels", "q", "fcsFileIds",
            "populationIds", "compensationId", "percentOf", "format", "layout", "annotations", "scaleSetId");

    /** The plot query (§3.12). */
    static final Set<String> PLOT_QUERY = Set.of("fcsFileId", "plotType", "xChannel", "yChannel", "zChannel",
            "populationId", "compensation", "axesQ", "xAxisQ", "yAxisQ", "axisLabelsQ", "xAxisLabelQ",
            "yAxisLabelQ", "ticksQ", "xTicksQ", "yTicksQ", "tickLabelsQ", "xTickLabelsQ", "yTickLabelsQ", "color",
            "gateLabel", "gateLabelFontSize", "width", "height", "percentileStart", "percentileStep",
            "preSubsampleN", "renderGates", "smoothing", "strokeThickness");

    /**
     * What one method on one route accepts.
     *
     * @param bodyFields the top-level body fields, or null when the route checks its body itself (a gate body
     *     may be an object or an array, §2.7)
     * @param queryParameters the query parameters besides {@code token}
     * @param authenticated whether the route needs a token
     */
    record Shape(Set<String> bodyFields, Set<String> queryParameters, boolean authenticated) {
    }

    private StrictMode() {
    }

    static void install(RoutesConfig r, Credentials credentials) {
        String api = Routes.API;
        Set<String> none = Set.of();
        Set<String> experimentCreate = union(EXPERIMENT_FIELDS, EXPERIMENT_SERVER_FIELDS);
        Set<String> folderAll = union(FOLDER_FIELDS, FOLDER_SERVER_FIELDS);

        route(r, credentials, api + "/signin", Map.of(
                "POST", new Shape(Set.of("username", "password", "otp"), none, false)));
        route(r, credentials, api + "/signout", Map.of("POST", new Shape(none, none, true)));
        route(r, credentials, api + "/experiments", Map.of(
                "GET", new Shape(none, LIST_QUERY, true),
                "POST", new Shape(experimentCreate, none, true)));
        route(r, credentials, api + "/experiments/{eid}", Map.of(
                "GET", new Shape(none, none, true),
                "PATCH", new Shape(experimentCreate, none, true),
                "DELETE", new Shape(none, none, true)));
        route(r, credentials, api + "/experiments/{eid}/clone", Map.of(
                "POST", new Shape(Set.of("name", "path"), none, true)));
        route(r, credentials, api + "/experiments/{eid}/revision", Map.of(
                "POST", new Shape(Set.of("description"), none, true)));
        route(r, credentials, api + "/folders", Map.of(
                "GET", new Shape(none, LIST_QUERY, true),
                "POST", new Shape(folderAll, none, true)));
        route(r, credentials, api + "/folders/{id}", Map.of(
                "GET", new Shape(none, none, true),
                "PATCH", new Shape(folderAll, none, true),
                "DELETE", new Shape(none, none, true)));
        installData(r, credentials, api + "/experiments/{eid}");
    }

    /** The data routes of cellengine-api.md §2.4–§2.6, §2.9 and {@code importResources}. */
    private static void installData(RoutesConfig r, Credentials credentials, String experiment) {
        Set<String> none = Set.of();
        Set<String> listQuery = LIST_QUERY;
        Set<String> filesQuery = union(LIST_QUERY, Set.of("includeControls"));
        route(r, credentials, experiment + "/attachments", Map.of(
                "GET", new Shape(none, listQuery, true),
                "POST", new Shape(none, none, true)));
        route(r, credentials, experiment + "/attachments/{id}", Map.of(
                "GET", new Shape(none, none, true),
                "PATCH", new Shape(ATTACHMENT_FIELDS, none, true),
                "DELETE", new Shape(none, none, true)));
        route(r, credentials, experiment + "/compensations", Map.of(
                "GET", new Shape(none, listQuery, true),
                "POST", new Shape(COMPENSATION_FIELDS, none, true)));
        route(r, credentials, experiment + "/compensations/{id}", Map.of(
                "GET", new Shape(none, none, true),
                "PATCH", new Shape(COMPENSATION_FIELDS, none, true),
                "DELETE", new Shape(none, none, true)));
        route(r, credentials, experiment + "/fcsfiles", Map.of(
                "GET", new Shape(none, filesQuery, true),
                "POST", new Shape(FCS_FILE_CREATE, none, true)));
        Shape exportOrGet = new Shape(none, EXPORT_QUERY, true);
        Shape plainGet = new Shape(none, none, true);
        Shape patch = new Shape(FCS_FILE_FIELDS, none, true);
        Shape zip = new Shape(ZIP_EXPORT, none, true);
        Shape delete = new Shape(none, none, true);
        r.before(experiment + "/fcsfiles/{fid}", ctx -> {
            boolean export = DataRoutes.isExport(ctx.pathParam("fid"));
            String method = ctx.method().name();
            if (method.equals("GET")) {
                check(ctx, export ? exportOrGet : plainGet, credentials);
            } else if (method.equals("POST") && ctx.pathParam("fid").equals("zip")) {
                check(ctx, zip, credentials);
            } else if (method.equals("PATCH")) {
                check(ctx, patch, credentials);
            } else if (method.equals("DELETE")) {
                check(ctx, delete, credentials);
            }
        });
        route(r, credentials, experiment + "/scalesets", Map.of("GET", new Shape(none, none, true)));
        route(r, credentials, experiment + "/scalesets/{id}", Map.of(
                "PATCH", new Shape(SCALE_SET_FIELDS, none, true)));
        route(r, credentials, experiment + "/importResources", Map.of(
                "POST", new Shape(IMPORT_RESOURCES, none, true)));
        installGating(r, credentials, experiment);
    }

    /** Gates, populations, statistics and plots (§2.7, §2.8, §5, §3.12); gate bodies are checked by the route. */
    private static void installGating(RoutesConfig r, Credentials credentials, String experiment) {
        Set<String> none = Set.of();
        route(r, credentials, experiment + "/gates", Map.of(
                "GET", new Shape(none, LIST_QUERY, true),
                "POST", new Shape(null, GATE_CREATE_QUERY, true),
                "PATCH", new Shape(null, Set.of("gid"), true),
                "DELETE", new Shape(none, Set.of("gid", "exclude"), true)));
        route(r, credentials, experiment + "/gates/applyTailored", Map.of(
                "POST", new Shape(Set.of("gate", "fcsFileIds"), Set.of("gid"), true)));
        route(r, credentials, experiment + "/gates/reset", Map.of("POST", new Shape(null, none, true)));
        route(r, credentials, experiment + "/gates/{id}", Map.of(
                "GET", new Shape(none, none, true),
                "PATCH", new Shape(null, none, true),
                "DELETE", new Shape(none, none, true)));
        route(r, credentials, experiment + "/populations", Map.of(
                "GET", new Shape(none, LIST_QUERY, true),
                "POST", new Shape(POPULATION_FIELDS, none, true)));
        route(r, credentials, experiment + "/populations/{id}", Map.of(
                "GET", new Shape(none, none, true),
                "PATCH", new Shape(POPULATION_FIELDS, none, true),
                "DELETE", new Shape(none, Set.of("deleteBranch"), true)));
        route(r, credentials, experiment + "/bulkstatistics", Map.of(
                "POST", new Shape(STATISTICS_FIELDS, none, true)));
        route(r, credentials, experiment + "/plot", Map.of("GET", new Shape(none, PLOT_QUERY, true)));
    }

    private static void route(RoutesConfig r, Credentials credentials, String path, Map<String, Shape> shapes) {
        Map<String, Shape> byMethod = new HashMap<>(shapes);
        r.before(path, ctx -> {
            Shape shape = byMethod.get(ctx.method().name());
            if (shape != null) {
                check(ctx, shape, credentials);
            }
        });
    }

    static void check(Context ctx, Shape shape, Credentials credentials) {
        if (shape.authenticated()) {
            credentials.authenticate(ctx);
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
            return; // the Python client sends Content-Type: application/json on every request (§1.4)
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

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
