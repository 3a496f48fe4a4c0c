package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.store.Account;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Registers each {@code /api/v1} route once, together with its {@link Shape}, so that strict mode reads what a
 * route accepts from the route itself. A request is authenticated first (a missing or bad token is a 401 whatever
 * the request holds), then, in strict mode, checked against the shape, then handed to the route.
 */
final class RouteTable {

    static final String API = "/api/v1";

    private final RoutesConfig javalin;
    private final Credentials credentials;
    private final boolean strict;
    private final Set<String> routes = new TreeSet<>();

    RouteTable(RoutesConfig javalin, Credentials credentials, boolean strict) {
        this.javalin = javalin;
        this.credentials = credentials;
        this.strict = strict;
    }

    void get(String path, Shape shape, AuthedHandler handler) {
        get(path, ctx -> shape, handler);
    }

    /** A GET whose shape depends on the request, such as {@code fcsfiles/{fid}} and {@code fcsfiles/{fid}.fcs}. */
    void get(String path, Function<Context, Shape> shape, AuthedHandler handler) {
        authenticated(HandlerType.GET, path, shape, handler);
    }

    void post(String path, Shape shape, AuthedHandler handler) {
        post(path, ctx -> shape, handler);
    }

    /** A POST whose shape depends on the request, such as {@code fcsfiles/zip} beside {@code fcsfiles/{fid}}. */
    void post(String path, Function<Context, Shape> shape, AuthedHandler handler) {
        authenticated(HandlerType.POST, path, shape, handler);
    }

    void patch(String path, Shape shape, AuthedHandler handler) {
        authenticated(HandlerType.PATCH, path, ctx -> shape, handler);
    }

    void delete(String path, Shape shape, AuthedHandler handler) {
        authenticated(HandlerType.DELETE, path, ctx -> shape, handler);
    }

    /** A POST that needs no token: sign-in. */
    void anonymousPost(String path, Shape shape, Handler handler) {
        add(HandlerType.POST, path, ctx -> shape, ctx -> {
            checkShape(ctx, shape);
            handler.handle(ctx);
        });
    }

    /** {@return every registered route, as {@code "GET /api/v1/experiments/{eid}"}, sorted} */
    Set<String> routes() {
        return new TreeSet<>(routes);
    }

    private void authenticated(HandlerType method, String path, Function<Context, Shape> shape,
            AuthedHandler handler) {
        add(method, path, shape, ctx -> {
            Account caller = credentials.authenticate(ctx);
            checkShape(ctx, shape.apply(ctx));
            handler.handle(ctx, caller);
        });
    }

    private void add(HandlerType method, String path, Function<Context, Shape> shape, Handler handler) {
        Objects.requireNonNull(shape, "shape");
        if (!path.startsWith(API)) {
            throw new IllegalArgumentException("not an API route: " + path);
        }
        if (!routes.add(method.name() + " " + path)) {
            throw new IllegalStateException("registered twice: " + method + " " + path);
        }
        javalin.addHttpHandler(method, path, handler);
    }

    private void checkShape(Context ctx, Shape shape) {
        if (strict) {
            StrictMode.check(ctx, shape);
        }
    }
}
