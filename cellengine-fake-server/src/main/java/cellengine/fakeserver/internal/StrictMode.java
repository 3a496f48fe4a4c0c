package cellengine.fakeserver.internal;

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
 * {@code deleted} (§7 item 19); the {@code token} query parameter everywhere (§1.3). Routes not in the table are
 * not checked.
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

    /** What one method on one route accepts. */
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
