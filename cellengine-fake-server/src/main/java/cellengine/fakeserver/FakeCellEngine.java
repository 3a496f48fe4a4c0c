package cellengine.fakeserver;

import cellengine.fakeserver.internal.Account;
import cellengine.fakeserver.internal.Backend;
import cellengine.fakeserver.internal.FaultInjector;
import cellengine.fakeserver.internal.HttpApi;
import cellengine.fakeserver.internal.ServerOptions;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * An in-memory CellEngine server on loopback, for tests and demos. It answers the routes of
 * {@code cellengine-api.md} under {@code /api/v1} (sign-in and sign-out, experiments, folders, attachments,
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
    private final Map<String, FakeUser> users = new ConcurrentHashMap<>();

    private FakeCellEngine(FakeConfig config) {
        this.backend = new Backend(config.clock, config.seed);
        this.password = config.password;
        this.defaultUser = register(config.username, config.password, null);
        for (FakeConfig.UserSpec user : config.users()) {
            register(user.username(), user.password(), user.otpCode());
        }
        FaultInjector injector = new FaultInjector();
        this.faults = new Faults(injector);
        this.http = HttpApi.start(backend, config.host, config.port, new ServerOptions(config.strict,
                config.adminApi, config.maxRequestBytes, config.maxJsonBytes, injector, this::reset));
        this.baseUrl = "http://" + urlHost(config.host) + ":" + http.port();
    }

    /**
     * Starts a server with the defaults: a free loopback port, the default user, unpredictable ids and tokens.
     *
     * @throws IllegalStateException when the server cannot start
     */
    public static FakeCellEngine start() {
        return start(config -> { });
    }

    /**
     * Starts a server with options, e.g. {@code start(c -> { c.seed = 42L; c.addUser("b@x.org", "pw"); })}.
     *
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

    /** {@return the user with this name (matched case-insensitively), if any} */
    public Optional<FakeUser> user(String username) {
        return Optional.ofNullable(users.get(key(Objects.requireNonNull(username, "username"))));
    }

    /**
     * Adds a user that signs in with a password alone.
     *
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
     * @throws IllegalArgumentException when the name is blank or taken, or the password or code is empty
     */
    public FakeUser addUser(String username, String password, String otpCode) {
        return register(Objects.requireNonNull(username, "username"), Objects.requireNonNull(password, "password"),
                Objects.requireNonNull(otpCode, "otpCode"));
    }

    /**
     * Sets the one-time code a user's sign-in needs from now on; {@code null} turns the requirement off.
     *
     * @throws IllegalArgumentException when there is no such user, or the code is empty
     */
    public void setOtpCode(String username, String otpCode) {
        backend.accounts().otpCode(Objects.requireNonNull(username, "username"), otpCode);
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
    }

    @Override
    public String toString() {
        return "FakeCellEngine[" + baseUrl + "]";
    }

    private FakeUser register(String username, String password, String otpCode) {
        Account account = backend.accounts().add(username, password, otpCode);
        FakeUser user = new FakeUser(account.id(), account.username(), backend.accounts().issueToken(account));
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
