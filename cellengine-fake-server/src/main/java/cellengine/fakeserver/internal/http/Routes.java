package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.store.Account;
import cellengine.fakeserver.internal.store.Experiments;
import cellengine.fakeserver.internal.store.OwnedDocuments;
import cellengine.fakeserver.internal.upload.UploadLimits;
import io.javalin.http.Context;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * The {@code /api/v1} routes of docs/wire.md#sign-in, docs/wire.md#experiments, docs/wire.md#folders, each with what it
 * accepts; {@link #install} also installs the data and gating routes. Trailing slashes are accepted by the router.
 */
final class Routes {

    /** Experiment fields the server owns: clients echo them back, and the server ignores them. */
    private static final Set<String> EXPERIMENT_SERVER_FIELDS = Set.of("_id", "id", "created", "updated",
            "deepUpdated", "__v", "cloneSourceExperiment", "revisionSourceExperiment", "analysisSourceExperiment");

    /** Folder fields the server owns. */
    private static final Set<String> FOLDER_SERVER_FIELDS = Set.of("_id", "id", "created", "creator", "__v");

    private final Backend backend;

    private Routes(Backend backend) {
        this.backend = backend;
    }

    static void install(RouteTable r, Backend backend, UploadLimits uploads) {
        new Routes(backend).register(r);
        DataRoutes.install(r, backend.data(), backend.analysis(), uploads);
        GatingRoutes.install(r, backend.gating(), backend.analysis());
    }

    private void register(RouteTable r) {
        String api = RouteTable.API;
        r.anonymousPost(api + "/signin", Shape.body(Set.of("username", "password", "otp")), this::signIn);
        r.post(api + "/signout", Shape.NOTHING, this::signOut);

        Experiments experiments = backend.experiments();
        documents(r, api + "/experiments", "eid", experiments, EXPERIMENT_SERVER_FIELDS);
        r.post(api + "/experiments/{eid}/clone", Shape.body(Set.of("name", "path")), (ctx, caller) ->
                Responses.json(ctx, 201, experiments.cloneOf(caller, ctx.pathParam("eid"), body(ctx))));
        r.post(api + "/experiments/{eid}/revision", Shape.body(Set.of("description")), (ctx, caller) ->
                Responses.json(ctx, 200, experiments.saveRevision(caller, ctx.pathParam("eid"), body(ctx))));

        documents(r, api + "/folders", "id", backend.folders(), FOLDER_SERVER_FIELDS);
    }

    /**
     * Registers list, create, get, patch and soft-delete of a collection of owned documents. POST and PATCH take
     * the fields a client may set, and also the server-owned ones that clients echo back (ignored).
     */
    private static void documents(RouteTable r, String collection, String idParam, OwnedDocuments documents,
                                  Set<String> serverFields) {
        Shape fields = Shape.body(Shape.union(documents.settableFields(), serverFields));
        String one = collection + "/{" + idParam + "}";
        r.get(collection, Shape.LIST, (ctx, caller) ->
                Responses.list(ctx, documents.list(caller, ListOptions.from(ctx.queryParamMap()))));
        r.post(collection, fields, (ctx, caller) ->
                Responses.json(ctx, 201, documents.create(caller, body(ctx))));
        r.get(one, Shape.NOTHING, (ctx, caller) ->
                Responses.json(ctx, 200, documents.get(caller, ctx.pathParam(idParam))));
        r.patch(one, fields, (ctx, caller) ->
                Responses.json(ctx, 200, documents.patch(caller, ctx.pathParam(idParam), body(ctx))));
        r.delete(one, Shape.NOTHING, (ctx, caller) -> {
            documents.delete(caller, ctx.pathParam(idParam));
            Responses.noContent(ctx);
        });
    }

    /**
     * Password sign-in (docs/wire.md#authentication). A wrong username, password or one-time code is a 401 with
     * the plain {@code Unauthorized} body; a missing code for a user who needs one is the 400 that clients
     * recognise, {@code "otp" is required.}
     */
    private void signIn(Context ctx) {
        JsonObject body = body(ctx);
        String username = requiredString(body, "username");
        String password = requiredString(body, "password");
        JsonValue otp = body.getOrDefault("otp", JsonValue.NULL);
        if (otp.getValueType() != JsonValue.ValueType.NULL && otp.getValueType() != JsonValue.ValueType.STRING) {
            throw FieldRules.wrongType("otp", "a string", otp);
        }
        Account account = backend.accounts().byName(username)
                .filter(a -> a.passwordMatches(password))
                .orElseThrow(() -> new ApiError.Unauthorized("wrong username or password"));
        if (account.requiresOtp()) {
            if (!(otp instanceof JsonString) || ((JsonString) otp).getString().isEmpty()) {
                throw new ApiError.BadRequest("\"otp\" is required.");
            }
            if (!account.otpMatches(((JsonString) otp).getString())) {
                throw new ApiError.Unauthorized("wrong one-time code");
            }
        }
        String token = backend.accounts().issueToken(account);
        ctx.header("Set-Cookie", "token=" + token + "; Path=/; HttpOnly");
        Responses.json(ctx, 200, Json.createObjectBuilder()
                .add("token", token)
                .add("userId", account.id())
                .add("admin", false)
                .add("flags", JsonValue.EMPTY_JSON_OBJECT)
                .build());
    }

    /** Revokes the token the request presented, whichever it is (docs/wire.md#authentication). */
    private void signOut(Context ctx, Account caller) {
        backend.accounts().revoke(Credentials.presentedToken(ctx));
        ctx.header("Set-Cookie", "token=; Path=/; Max-Age=0; HttpOnly");
        Responses.json(ctx, 200, JsonValue.EMPTY_JSON_OBJECT);
    }

    private static JsonObject body(Context ctx) {
        return JsonBodies.object(ctx.body());
    }

    private static String requiredString(JsonObject body, String field) {
        JsonValue value = body.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new ApiError.BadRequest('"' + field + "\" is required.");
        }
        return ((JsonString) FieldRules.STRING.check(field, value)).getString();
    }
}
