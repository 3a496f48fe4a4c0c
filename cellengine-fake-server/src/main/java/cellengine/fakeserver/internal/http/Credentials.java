package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.store.Account;
import cellengine.fakeserver.internal.store.Accounts;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Finds the caller's token. The first credential present decides, in this order: the
 * {@code Authorization: Bearer} header, the {@code token} cookie, the {@code token} query parameter
 * (docs/wire.md#authentication). A present but unknown credential is a 401 even if a later one would be valid.
 */
final class Credentials {

    private static final String BEARER = "bearer ";

    private final Accounts accounts;

    Credentials(Accounts accounts) {
        this.accounts = accounts;
    }

    /**
     * {@return the token the request presents}
     *
     * @throws ApiError.Unauthorized when there is none
     */
    static String presentedToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null) {
            if (!header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
                throw new ApiError.Unauthorized("Authorization header is not a Bearer token");
            }
            return header.substring(BEARER.length()).trim();
        }
        String cookie = ctx.cookie("token");
        if (cookie != null) {
            return cookie;
        }
        String query = ctx.queryParam("token");
        if (query != null) {
            return query;
        }
        throw new ApiError.Unauthorized("no token presented");
    }

    /**
     * {@return the authenticated caller}
     *
     * @throws ApiError.Unauthorized when the token is missing or unknown
     */
    Account authenticate(Context ctx) {
        return accounts.byToken(presentedToken(ctx))
                .orElseThrow(() -> new ApiError.Unauthorized("unknown or revoked token"));
    }
}
