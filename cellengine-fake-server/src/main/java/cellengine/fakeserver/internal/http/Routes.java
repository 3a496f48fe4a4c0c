package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonBodies;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.store.Account;
import cellengine.fakeserver.internal.store.Experiments;
import cellengine.fakeserver.internal.store.Folders;
import cellengine.fakeserver.internal.upload.UploadLimits;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;

/** The {@code /api/v1} routes of cellengine-api.md §2.1–§2.3. Trailing slashes are accepted by the router. */
final class Routes {

    static final String API = "/api/v1";

    private final Backend backend;
    private final UploadLimits uploads;

    private Routes(Backend backend, UploadLimits uploads) {
        this.backend = backend;
        this.uploads = uploads;
    }

    static void install(RoutesConfig routes, Backend backend, UploadLimits uploads) {
        new Routes(backend, uploads).register(routes);
    }

    private void register(RoutesConfig r) {
        r.post(API + "/signin", this::signIn);
        r.post(API + "/signout", authed(this::signOut));

        Experiments experiments = backend.experiments();
        r.get(API + "/experiments", authed((ctx, caller) ->
                list(ctx, experiments.list(caller, ListOptions.from(ctx.queryParamMap())))));
        r.post(API + "/experiments", authed((ctx, caller) ->
                Responses.json(ctx, 201, experiments.create(caller, body(ctx)))));
        r.get(API + "/experiments/{eid}", authed((ctx, caller) ->
                Responses.json(ctx, 200, experiments.get(caller, ctx.pathParam("eid")))));
        r.patch(API + "/experiments/{eid}", authed((ctx, caller) ->
                Responses.json(ctx, 200, experiments.patch(caller, ctx.pathParam("eid"), body(ctx)))));
        r.delete(API + "/experiments/{eid}", authed((ctx, caller) -> {
            experiments.delete(caller, ctx.pathParam("eid"));
            Responses.noContent(ctx);
        }));
        r.post(API + "/experiments/{eid}/clone", authed((ctx, caller) ->
                Responses.json(ctx, 201, experiments.cloneOf(caller, ctx.pathParam("eid"), body(ctx)))));
        r.post(API + "/experiments/{eid}/revision", authed((ctx, caller) ->
                Responses.json(ctx, 200, experiments.saveRevision(caller, ctx.pathParam("eid"), body(ctx)))));

        Folders folders = backend.folders();
        r.get(API + "/folders", authed((ctx, caller) ->
                list(ctx, folders.list(caller, ListOptions.from(ctx.queryParamMap())))));
        r.post(API + "/folders", authed((ctx, caller) ->
                Responses.json(ctx, 201, folders.create(caller, body(ctx)))));
        r.get(API + "/folders/{id}", authed((ctx, caller) ->
                Responses.json(ctx, 200, folders.get(caller, ctx.pathParam("id")))));
        r.patch(API + "/folders/{id}", authed((ctx, caller) ->
                Responses.json(ctx, 200, folders.patch(caller, ctx.pathParam("id"), body(ctx)))));
        r.delete(API + "/folders/{id}", authed((ctx, caller) -> {
            folders.delete(caller, ctx.pathParam("id"));
            Responses.noContent(ctx);
        }));

        DataRoutes.install(r, backend.data(), backend.analysis(), uploads, this::authed);
        GatingRoutes.install(r, backend.gating(), backend.analysis(), this::authed);
    }

    /**
     * Password sign-in (cellengine-api.md §1.3). A wrong username, password or one-time code is a 401 with
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

    /** Revokes the token the request presented, whichever it is (cellengine-api.md §1.3). */
    private void signOut(Context ctx, Account caller) {
        backend.accounts().revoke(Credentials.presentedToken(ctx));
        ctx.header("Set-Cookie", "token=; Path=/; Max-Age=0; HttpOnly");
        Responses.json(ctx, 200, JsonValue.EMPTY_JSON_OBJECT);
    }

    private Handler authed(AuthedHandler handler) {
        return ctx -> handler.handle(ctx, backend.credentials().authenticate(ctx));
    }

    private static void list(Context ctx, List<JsonObject> items) {
        Responses.json(ctx, 200, Json.createArrayBuilder(items).build());
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
