package cellengine.fakeserver;

import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.fakeserver.internal.faults.FaultInjector;
import cellengine.fakeserver.internal.http.Backend;
import cellengine.fakeserver.internal.http.HttpApi;
import cellengine.fakeserver.internal.http.ServerOptions;
import cellengine.fakeserver.internal.http.ServerTls;
import cellengine.fakeserver.internal.local.InMemoryTransport;
import cellengine.fakeserver.internal.store.Account;
import cellengine.fakeserver.internal.upload.UploadLimits;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An in-memory CellEngine server on loopback, for tests and demos. It answers the routes of
 * {@code docs/wire.md} under {@code /api/v1} (sign-in and sign-out, experiments, folders, attachments,
 * compensations, FCS files with event export, scale sets) with the documented shapes and status codes.
 *
 * <pre>{@code
 * try (FakeCellEngine server = FakeCellEngine.start()) {
 *     String base = server.baseUrl();   // http://127.0.0.1:54321
 *     String token = server.token();    // send as cookie "token" or "Authorization: Bearer"
 * }
 * }</pre>
 *
 * <p>It starts with one user, {@value FakeConfig#DEFAULT_USERNAME} / {@value FakeConfig#DEFAULT_PASSWORD},
 * and a ready token for that user; more users can be added before or after start. Each user sees only the
 * experiments and folders it is a grantee of. Data lives in memory and is lost on {@link #close()}.
 *
 * <p>Thread-safe: requests and calls to this object may come from any thread.
 *
 * @since 0.1
 */
public final class FakeCellEngine implements AutoCloseable {

    private final Backend backend;
    private final Faults faults;
    private final HttpApi http;
    private final String baseUrl;
    private final String password;
    private final FakeUser defaultUser;
    private final TestPki pki;
    private final Map<String, FakeUser> users = new ConcurrentHashMap<>();

    private FakeCellEngine(FakeConfig config) {
        this.backend = new Backend(config.clock, config.seed);
        this.password = config.password;
        this.defaultUser = register(config.username, config.password, null, config.token);
        for (FakeConfig.UserSpec user : config.users()) {
            register(user.username(), user.password(), user.otpCode());
        }
        if (config.snapshot != null) {
            importSnapshot(config.snapshot);
        }
        FaultInjector injector = new FaultInjector();
        this.faults = new Faults(injector);
        this.pki = config.tls ? (config.pki != null ? config.pki : TestPki.shared()) : null;
        ServerTls tls = pki == null ? null : new ServerTls(pki.serverKeyStore(), pki.password(), pki.caBundle(),
                config.requireClientCertificate);
        this.http = HttpApi.start(backend, config.host, config.port, new ServerOptions(config.strict,
                config.adminApi, config.maxRequestBytes, config.maxJsonBytes,
                new UploadLimits(config.maxUploadBytes, config.spoolThresholdBytes, config.spoolDirectory), injector, this::reset),
                tls);
        this.baseUrl = (pki == null ? "http://" : "https://") + urlHost(config.host) + ":" + http.port();
    }

    /**
     * Starts a server with the defaults: a free loopback port, the default user, unpredictable ids and tokens.
     *
     * @return the running server, which the caller closes
     * @throws IllegalStateException when the server cannot start
     */
    public static FakeCellEngine start() {
        return start(config -> { });
    }

    /**
     * Starts a server with options, e.g. {@code start(c -> { c.seed = 42L; c.addUser("b@x.org", "pw"); })}.
     *
     * @param configure sets the options; called once, before the server starts
     * @return the running server, which the caller closes
     * @throws IllegalArgumentException when an option is out of range, naming it
     * @throws IllegalStateException when the server cannot start (for example, the port is taken)
     */
    public static FakeCellEngine start(Consumer<FakeConfig> configure) {
        Objects.requireNonNull(configure, "configure");
        FakeConfig config = new FakeConfig();
        configure.accept(config);
        config.validate();
        return new FakeCellEngine(config);
    }

    /** {@return the origin to give a client, e.g. {@code http://127.0.0.1:54321}, without {@code /api/v1}} */
    public String baseUrl() {
        return baseUrl;
    }

    /**
     * {@return the certificates of an HTTPS server ({@link FakeConfig#tls}): clients trust its
     * {@link TestPki#caBundle()} and, for mutual TLS, present its {@link TestPki#clientKeyStore()}; empty for HTTP}
     */
    public Optional<TestPki> pki() {
        return Optional.ofNullable(pki);
    }

    /**
     * {@return a new transport that reaches this server with no socket}, through Jetty's {@code LocalConnector}:
     * raw HTTP/1.1 bytes in memory, bodies streamed both ways, safe for concurrent use. Hand it to
     * {@code CellEngine.builder().baseUrl(server.baseUrl()).transport(...)}; the caller closes it. Requests fail
     * with {@link java.net.ConnectException} once the server is closed.
     */
    public Transport inMemoryTransport() {
        return inMemoryTransport(TransportConfig.defaults());
    }

    /**
     * {@return a new in-memory transport with the given timeouts} The request timeout bounds the wait for the
     * response head and for each piece of the body; the connect timeout does not apply.
     *
     * @param config the timeouts
     */
    public Transport inMemoryTransport(TransportConfig config) {
        return new InMemoryTransport(http.localConnector(), toString(), config);
    }

    /** {@return the port the server listens on} */
    public int port() {
        return http.port();
    }

    /** {@return a ready token for the default user} */
    public String token() {
        return defaultUser.token();
    }

    /** {@return the default user's name} */
    public String username() {
        return defaultUser.username();
    }

    /** {@return the default user's password, for testing password sign-in} */
    public String password() {
        return password;
    }

    /** {@return the default user's {@code _id}} */
    public String userId() {
        return defaultUser.userId();
    }

    /** {@return the default user} */
    public FakeUser defaultUser() {
        return defaultUser;
    }

    /**
     * {@return the user with this name (matched case-insensitively), if any}
     *
     * @param username the user name
     */
    public Optional<FakeUser> user(String username) {
        return Optional.ofNullable(users.get(key(Objects.requireNonNull(username, "username"))));
    }

    /**
     * Adds a user that signs in with a password alone.
     *
     * @param username the user name
     * @param password the password
     * @return the new user, with its id and ready token
     * @throws IllegalArgumentException when the name is blank or taken, or the password is empty
     */
    public FakeUser addUser(String username, String password) {
        return register(Objects.requireNonNull(username, "username"), Objects.requireNonNull(password, "password"),
                null);
    }

    /**
     * Adds a user whose password sign-in also needs {@code otpCode}; without it, sign-in answers 400
     * {@code "otp" is required.}, and with a wrong code, 401. The ready token works without a code.
     *
     * @param username the user name
     * @param password the password
     * @param otpCode the one-time code sign-in needs
     * @return the new user, with its id and ready token
     * @throws IllegalArgumentException when the name is blank or taken, or the password or code is empty
     */
    public FakeUser addUser(String username, String password, String otpCode) {
        return register(Objects.requireNonNull(username, "username"), Objects.requireNonNull(password, "password"),
                Objects.requireNonNull(otpCode, "otpCode"));
    }

    /**
     * Sets the one-time code a user's sign-in needs from now on; {@code null} turns the requirement off.
     *
     * @param username the user name
     * @param otpCode the code, or {@code null}
     * @throws IllegalArgumentException when there is no such user, or the code is empty
     */
    public void setOtpCode(String username, String otpCode) {
        backend.accounts().otpCode(Objects.requireNonNull(username, "username"), otpCode);
    }

    /**
     * Writes the server's state as a snapshot (docs/fake-server.md, "Snapshots"): every collection, and the
     * users' ids and names, never their passwords, one-time codes or tokens. The stream is flushed, not closed.
     *
     * @param out where to write the JSON
     * @throws UncheckedIOException when writing fails
     */
    public void exportSnapshot(OutputStream out) {
        Objects.requireNonNull(out, "out");
        backend.exportSnapshot(out);
    }

    /**
     * Writes a snapshot to a file, replacing it.
     *
     * @param file the file to create or replace
     * @throws UncheckedIOException when the file cannot be written, naming it
     */
    public void exportSnapshot(Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            backend.exportSnapshot(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces every collection with a snapshot's, and adds the snapshot's users that do not exist yet (each
     * gets a ready token, see {@link #user(String)}; without a {@code password} in the snapshot it can sign in
     * with its token only). Nothing changes when the snapshot is invalid. Meant for a quiet server: requests
     * served during an import may see a mix of old and new state.
     *
     * @param in the snapshot's JSON; read to the end, not closed
     * @throws IllegalArgumentException when the snapshot is invalid, naming the place and the problem
     */
    public void importSnapshot(InputStream in) {
        importSnapshot(Objects.requireNonNull(in, "in"), "stream");
    }

    /**
     * Imports a snapshot file; see {@link #importSnapshot(InputStream)}.
     *
     * @param file the snapshot file
     * @throws IllegalArgumentException when the snapshot is invalid, naming the file, the place and the problem
     * @throws UncheckedIOException when the file cannot be read
     */
    public void importSnapshot(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            importSnapshot(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the snapshot " + file + ": " + e.getMessage(), e);
        }
    }

    private void importSnapshot(InputStream in, String source) {
        for (Account account : backend.importSnapshot(in, source)) {
            users.put(key(account.username()), new FakeUser(account.id(), account.username(),
                    backend.accounts().issueToken(account)));
        }
    }

    /**
     * {@return the server's {@code /api/v1} routes and the ones requests have reached so far, for test kits that
     * prove their reach (the TCK fails when a rule set leaves a route unvisited)}
     */
    public RouteCoverage routeCoverage() {
        return new RouteCoverage(http.routeLog().routes(), http.routeLog().hit());
    }

    /** Deletes every experiment and folder, with their files and other data, and clears the faults. Users and their
     * tokens stay valid. */
    public void reset() {
        faults.clear();
        backend.reset();
    }

    /**
     * {@return the fault injection of this server}, such as
     * {@code server.faults().next(2).on("GET", "/api/v1/experiments/*").respond(503)}
     */
    public Faults faults() {
        return faults;
    }

    /** Stops the server and frees its port. Calling it again has no effect. */
    @Override
    public void close() {
        faults.clear();
        http.close();
        backend.reset(); // removes the spool files of large uploads
    }

    @Override
    public String toString() {
        return "FakeCellEngine[" + baseUrl + "]";
    }

    private FakeUser register(String username, String password, String otpCode) {
        return register(username, password, otpCode, null);
    }

    private FakeUser register(String username, String password, String otpCode, String fixedToken) {
        Account account = backend.accounts().add(username, password, otpCode);
        String token = fixedToken;
        if (token == null) {
            token = backend.accounts().issueToken(account);
        } else {
            backend.accounts().addToken(account, token);
        }
        FakeUser user = new FakeUser(account.id(), account.username(), token);
        users.put(key(username), user);
        return user;
    }

    private static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static String urlHost(String host) {
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            return "127.0.0.1";
        }
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
