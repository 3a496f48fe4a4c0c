package cellengine.fakeserver.internal.http;

import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which API routes the server has and which of them requests have reached, as {@code "GET /api/v1/…/{eid}"}
 * templates. The TCK uses it to prove that its rules exercise every route. Thread-safe.
 */
public final class RouteLog {

    private static final Set<HandlerType> ENDPOINT_METHODS = Set.of(HandlerType.GET, HandlerType.POST,
            HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private final Set<String> routes = ConcurrentHashMap.newKeySet();
    private final Set<String> hit = ConcurrentHashMap.newKeySet();

    /** Records a route as Javalin registers it; only {@code /api/v1} endpoints count. */
    void registered(HandlerMetaInfo handler) {
        if (ENDPOINT_METHODS.contains(handler.getHttpMethod()) && handler.getPath().startsWith(RouteTable.API)) {
            routes.add(handler.getHttpMethod().name() + " " + handler.getPath());
        }
    }

    /** Records the route a finished request matched, if any (after-handler: runs for errors too). */
    void finished(Context ctx) {
        // In an after-handler the current endpoint is the after-handler itself; the route is the last HTTP one.
        Endpoint endpoint = ctx.endpoints().lastHttpEndpoint();
        if (endpoint != null && ENDPOINT_METHODS.contains(endpoint.method)
                && endpoint.path.startsWith(RouteTable.API)) {
            hit.add(endpoint.method.name() + " " + endpoint.path);
        }
    }

    /** {@return every registered API route, sorted} */
    public Set<String> routes() {
        return new TreeSet<>(routes);
    }

    /** {@return the registered API routes that some request has reached, sorted} */
    public Set<String> hit() {
        Set<String> reached = new TreeSet<>(hit);
        reached.retainAll(routes);
        return reached;
    }
}
