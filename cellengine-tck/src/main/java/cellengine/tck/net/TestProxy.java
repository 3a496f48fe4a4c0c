package cellengine.tck.net;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.proxy.ProxyHandler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ConnectHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real forward proxy in this JVM, on Jetty 12: {@code CONNECT} tunnels for HTTPS ({@link ConnectHandler}) and
 * absolute-URI forwarding for plain HTTP ({@link ProxyHandler.Forward}), on a free loopback port. With
 * {@link #withBasicAuth} it answers {@code 407} with {@code Proxy-Authenticate: Basic} until the right
 * {@code Proxy-Authorization} arrives, as Squid with {@code basic_ncsa_auth} does.
 *
 * <p>{@link #log()} records every request it saw: {@code CONNECT 127.0.0.1:8443 ada} or
 * {@code GET http://... -} (the user, or {@code -} for none), and {@code 407} lines for refusals, so that a test can
 * tell whether a request went through the proxy and as whom. Passwords are never recorded.
 *
 * @since 0.1
 */
public final class TestProxy implements AutoCloseable {

    private final Server server;
    private final String user;
    private final String password;
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> gatewayKeys = new CopyOnWriteArrayList<>();

    private TestProxy(String user, String password) {
        this.user = user;
        this.password = password;
        QueuedThreadPool threads = new QueuedThreadPool(64, 4);
        threads.setName("test-proxy");
        threads.setDaemon(true);
        this.server = new Server(threads);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ConnectHandler tunnels = new ConnectHandler() {
            @Override
            protected boolean handleAuthentication(Request request, Response response, String address) {
                String who = authenticated(request);
                if (who == null) {
                    log.add("407 CONNECT " + address);
                    response.getHeaders().put(HttpHeader.PROXY_AUTHENTICATE, "Basic realm=\"cellengine-test\"");
                    return false;
                }
                log.add("CONNECT " + address + " " + who);
                return true;
            }
        };
        tunnels.setHandler(new ProxyHandler.Forward() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                String who = authenticated(request);
                String target = request.getMethod() + " " + request.getHttpURI();
                if (who == null) {
                    log.add("407 " + target);
                    response.setStatus(HttpStatus.PROXY_AUTHENTICATION_REQUIRED_407);
                    response.getHeaders().put(HttpHeader.PROXY_AUTHENTICATE, "Basic realm=\"cellengine-test\"");
                    callback.succeeded();
                    return true;
                }
                log.add(target + " " + who);
                String gatewayKey = request.getHeaders().get("X-Gateway-Key");
                if (gatewayKey != null) {
                    gatewayKeys.add(gatewayKey);
                }
                return super.handle(request, response, callback);
            }
        });
        server.setHandler(tunnels);
    }

    /** {@return a started proxy that lets everyone through} */
    public static TestProxy open() {
        return start(new TestProxy(null, null));
    }

    /**
     * {@return a started proxy that asks for Basic credentials}
     *
     * @param user the user name it accepts
     * @param password the password it accepts
     */
    public static TestProxy withBasicAuth(String user, char[] password) {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        return start(new TestProxy(user, new String(password)));
    }

    private static TestProxy start(TestProxy proxy) {
        try {
            proxy.server.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the test proxy", e);
        }
        return proxy;
    }

    /** The user a request authenticated as, "-" when the proxy is open, or null when it must answer 407. */
    private String authenticated(Request request) {
        if (user == null) {
            return "-";
        }
        String header = request.getHeaders().get(HttpHeader.PROXY_AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String expected = Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        return header.substring(6).strip().equals(expected) ? user : null;
    }

    /** {@return the port it listens on, on 127.0.0.1} */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    /** {@return {@code 127.0.0.1:port}, as the SDK's proxy settings take it} */
    public String address() {
        return "127.0.0.1:" + port();
    }

    /** {@return every request seen, oldest first; a live, thread-safe view} */
    public List<String> log() {
        return log;
    }

    /** {@return the {@code X-Gateway-Key} values of the plain-HTTP requests it forwarded, oldest first} */
    public List<String> gatewayKeys() {
        return gatewayKeys;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the test proxy", e);
        }
    }

    @Override
    public String toString() {
        return "TestProxy[" + address() + (user == null ? ", open" : ", Basic auth for " + user) + "]";
    }
}
