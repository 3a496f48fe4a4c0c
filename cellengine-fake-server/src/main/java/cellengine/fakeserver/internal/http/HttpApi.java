package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.faults.FaultInjector;
import cellengine.fakeserver.internal.upload.UploadLimits;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;

/** The Javalin server that exposes a {@link Backend} over HTTP. */
public final class HttpApi implements AutoCloseable {

    private final Javalin app;
    private final LocalConnector local;
    private final RouteLog routeLog;
    private final RouteTable routeTable;

    private HttpApi(Javalin app, LocalConnector local, RouteLog routeLog, RouteTable routeTable) {
        this.routeLog = routeLog;
        this.app = app;
        this.local = local;
        this.routeTable = routeTable;
    }

    /**
     * Starts serving.
     *
     * @param port the port, or 0 for a free one
     * @throws IllegalStateException when the server cannot bind (for example, the port is taken)
     */
    public static HttpApi start(Backend backend, String host, int port) {
        return start(backend, host, port, new ServerOptions(false, false, Long.MAX_VALUE, 1_000_000,
                UploadLimits.defaults(), new FaultInjector(), backend::reset));
    }

    /**
     * Starts serving with strict mode, the admin API, request limits and fault injection as configured.
     *
     * @param port the port, or 0 for a free one
     * @throws IllegalStateException when the server cannot bind (for example, the port is taken)
     */
    public static HttpApi start(Backend backend, String host, int port, ServerOptions options) {
        AtomicReference<Server> jetty = new AtomicReference<>();
        AtomicReference<RouteTable> routeTable = new AtomicReference<>();
        RouteLog routeLog = new RouteLog();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.router.ignoreTrailingSlashes = true;
            c.http.prefer405over404 = true;
            c.jetty.host = host;
            c.jetty.port = port;
            c.http.maxRequestSize = options.maxJsonBytes();
            c.jetty.modifyServer(server -> {
                jetty.set(server);
                server.setErrorHandler(new JettyErrors());
            });
            c.events.handlerAdded(routeLog::registered);
            c.routes.before(RequestIds::tag);
            c.routes.after(routeLog::finished);
            installReliability(c.routes, options);
            routeTable.set(new RouteTable(c.routes, backend.credentials(), options.strict()));
            Routes.install(routeTable.get(), backend, options.uploads());
            ErrorMapper.install(c.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("The fake CellEngine server could not listen on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
        return new HttpApi(app, addLocalConnector(jetty.get()), routeLog, routeTable.get());
    }

    /** Request limits, fault injection and the admin API, before any route runs; strict mode is in each route. */
    private static void installReliability(RoutesConfig routes, ServerOptions options) {
        RequestLimits limits = new RequestLimits(options.maxRequestBytes(), options.maxJsonBytes());
        routes.before(limits::check);
        routes.before(options.faults()::before);
        routes.after(options.faults()::after);
        if (options.adminApi()) {
            AdminApi.install(routes, options.faults(), options.reset());
        }
    }

    /** {@return which API routes exist and which requests have reached} */
    public RouteLog routeLog() {
        return routeLog;
    }

    /** {@return the API routes as registered with their shapes, for the test that holds them against Javalin's} */
    Set<String> declaredRoutes() {
        return routeTable.routes();
    }

    /** {@return the port the server listens on} */
    public int port() {
        return app.port();
    }

    /**
     * Adds a second, socket-free connector for the in-memory transport, after start: Javalin takes the first
     * connector for its port. It shares the socket connector's HTTP configuration and stops with the server.
     */
    private static LocalConnector addLocalConnector(Server server) {
        HttpConfiguration http = server.getConnectors()[0].getConnectionFactory(HttpConnectionFactory.class)
                .getHttpConfiguration();
        LocalConnector connector = new LocalConnector(server, new HttpConnectionFactory(http));
        server.addConnector(connector);
        try {
            connector.start();
        } catch (Exception e) {
            throw new IllegalStateException("The fake CellEngine server could not start its in-memory connector: "
                    + e.getMessage(), e);
        }
        return connector;
    }

    /** {@return the connector that serves in-memory connections, with no socket} */
    public LocalConnector localConnector() {
        return local;
    }

    /** Stops the server and frees its port. */
    @Override
    public void close() {
        app.stop();
    }
}
