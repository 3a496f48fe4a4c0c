package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.faults.FaultInjector;
import cellengine.fakeserver.internal.upload.UploadLimits;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.servlet.ServletEntry;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP server that exposes a {@link Backend}: Javalin's routing as a servlet in a Jetty server assembled here,
 * listening on a socket and on an in-memory connector.
 *
 * <p>Javalin can run its own Jetty, but its start prints a banner to stderr, asking for {@code slf4j-simple}, whenever
 * no SLF4J provider is present, with no setting to turn it off. The fake server is a library that leaves the logging
 * binding to its user, so it runs Javalin's servlet in its own Jetty, configured as Javalin configures its own.
 */
public final class HttpApi implements AutoCloseable {

    private final Server jetty;
    private final ServerConnector socket;
    private final LocalConnector local;
    private final RouteLog routeLog;
    private final RouteTable routeTable;

    private HttpApi(Server jetty, ServerConnector socket, LocalConnector local, RouteLog routeLog,
            RouteTable routeTable) {
        this.jetty = jetty;
        this.socket = socket;
        this.local = local;
        this.routeLog = routeLog;
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
        return start(backend, host, port, options, null);
    }

    /**
     * Starts serving, over HTTPS when {@code tls} is given (the in-memory connector stays plain HTTP).
     *
     * @param port the port, or 0 for a free one
     * @param tls the server's certificate and client-certificate policy, or {@code null} for plain HTTP
     * @throws IllegalStateException when the server cannot bind (for example, the port is taken)
     */
    public static HttpApi start(Backend backend, String host, int port, ServerOptions options, ServerTls tls) {
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.LEGACY); // as Javalin's: ambiguous paths reach the router, which 404s them
        http.setSendServerVersion(false);
        AtomicReference<RouteTable> routeTable = new AtomicReference<>();
        RouteLog routeLog = new RouteLog();
        Javalin app = Javalin.create(c -> {
            c.startup.startupWatcherEnabled = false; // it warns about an app whose own Jetty never starts
            c.http.responseBufferSize = http.getOutputBufferSize();
            c.router.ignoreTrailingSlashes = true;
            c.http.prefer405over404 = true;
            c.http.maxRequestSize = options.maxJsonBytes();
            c.events.handlerAdded(routeLog::registered);
            c.routes.before(RequestIds::tag);
            c.routes.after(routeLog::finished);
            installReliability(c.routes, options);
            routeTable.set(new RouteTable(c.routes, backend.credentials(), options.strict()));
            Routes.install(routeTable.get(), backend, options.uploads());
            ErrorMapper.install(c.routes);
        });

        Server jetty = jettyServing(app);
        ServerConnector socket = tls != null ? tls.connector(jetty, http, host, port)
                : new ServerConnector(jetty, new HttpConnectionFactory(http));
        socket.setHost(host);
        socket.setPort(port);
        jetty.addConnector(socket);
        LocalConnector local = new LocalConnector(jetty, new HttpConnectionFactory(http));
        jetty.addConnector(local);
        try {
            jetty.start();
        } catch (Exception e) {
            stop(jetty);
            throw new IllegalStateException("The fake CellEngine server could not listen on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
        return new HttpApi(jetty, socket, local, routeLog, routeTable.get());
    }

    /** {@return a Jetty server, not started, with Javalin's servlet and the JSON error handler} */
    private static Server jettyServing(Javalin app) {
        QueuedThreadPool threads = new QueuedThreadPool(250, 8, 60_000);
        threads.setName("fake-cellengine");
        Server jetty = new Server(threads);
        jetty.setErrorHandler(new JettyErrors());
        jetty.getMimeTypes().addInferred("text/plain", "utf-8");
        ServletEntry servlet = app.unsafe.servlet.getValue();
        ServletContextHandler context = new ServletContextHandler("/");
        if (servlet.getInitializer() != null) {
            context.addServletContainerInitializer(servlet.getInitializer()); // Javalin's servlet needs it to start
        }
        context.addServlet(new ServletHolder(servlet.getServlet()), "/*");
        jetty.setHandler(context);
        return jetty;
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
        return socket.getLocalPort();
    }

    /** {@return the connector that serves in-memory connections, with no socket} */
    public LocalConnector localConnector() {
        return local;
    }

    /** Stops the server and frees its port. */
    @Override
    public void close() {
        stop(jetty);
    }

    private static void stop(Server jetty) {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The fake CellEngine server did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
