package cellengine.fakeserver.internal;

import io.javalin.Javalin;

/** The Javalin server that exposes a {@link Backend} over HTTP. */
public final class HttpApi implements AutoCloseable {

    private final Javalin app;

    private HttpApi(Javalin app) {
        this.app = app;
    }

    /**
     * Starts serving.
     *
     * @param port the port, or 0 for a free one
     * @throws IllegalStateException when the server cannot bind (for example, the port is taken)
     */
    public static HttpApi start(Backend backend, String host, int port) {
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            c.router.ignoreTrailingSlashes = true;
            c.http.prefer405over404 = true;
            c.jetty.host = host;
            c.jetty.port = port;
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
        return new HttpApi(app);
    }

    /** {@return the port the server listens on} */
    public int port() {
        return app.port();
    }

    /** Stops the server and frees its port. */
    @Override
    public void close() {
        app.stop();
    }
}
