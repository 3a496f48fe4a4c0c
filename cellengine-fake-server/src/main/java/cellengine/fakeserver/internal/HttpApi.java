package cellengine.fakeserver.internal;

import io.javalin.Javalin;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;

/** The Javalin server that exposes a {@link Backend} over HTTP. */
public final class HttpApi implements AutoCloseable {

    private final Javalin app;
    private final LocalConnector local;

    private HttpApi(Javalin app, LocalConnector local) {
        this.app = app;
        this.local = local;
    }

    /**
     * Starts serving.
     *
     * @param port the port, or 0 for a free one
     * @throws IllegalStateException when the server cannot bind (for example, the port is taken)
     */
    public static HttpApi start(Backend backend, String host, int port) {
        AtomicReference<Server> jetty = new AtomicReference<>();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.router.ignoreTrailingSlashes = true;
            c.http.prefer405over404 = true;
            c.jetty.host = host;
            c.jetty.port = port;
            c.jetty.modifyServer(jetty::set);
            c.routes.before(RequestIds::tag);
            Routes.install(c.routes, backend);
            ErrorMapper.install(c.routes);
        });
        try {
            app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("The fake CellEngine server could not listen on " + host + ":" + port
                    + ": " + e.getMessage(), e);
        }
        return new HttpApi(app, addLocalConnector(jetty.get()));
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
