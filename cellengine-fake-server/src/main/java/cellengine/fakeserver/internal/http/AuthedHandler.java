package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.store.Account;
import io.javalin.http.Context;

/** A route handler that runs only for an authenticated caller; called once per request on Jetty's thread. */
@FunctionalInterface
interface AuthedHandler {

    /** @throws ApiError to refuse the request with a mapped status */
    void handle(Context ctx, Account caller) throws Exception;
}
