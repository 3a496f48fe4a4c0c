package cellengine.fakeserver;

import cellengine.fakeserver.internal.upload.UploadLimits;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Options for {@link FakeCellEngine#start(java.util.function.Consumer)}, as public fields with defaults. The
 * consumer runs once, on the calling thread; the options are then fixed. Not thread-safe.
 *
 * @since 0.1
 */
public final class FakeConfig {

    /** The default user's name: {@value}. */
    public static final String DEFAULT_USERNAME = "demo@example.com";

    /** The default user's password: {@value}. A fake's password is not a secret. */
    public static final String DEFAULT_PASSWORD = "demo-password";

    /** The port to listen on; 0 (the default) picks a free one. */
    public int port = 0;

    /** The interface to listen on; loopback ({@code 127.0.0.1}) by default. */
    public String host = "127.0.0.1";

    /**
     * Seeds the random part of ids and tokens. With a seed and a fixed {@link #clock}, the same sequence of
     * calls yields the same ids and tokens. Null (the default) makes them unpredictable.
     */
    public Long seed = null;

    /** The source of {@code created}/{@code updated} timestamps and of the time part of ids. */
    public Clock clock = Clock.systemUTC();

    /** The default user's name, which {@link FakeCellEngine#token()} authenticates. */
    public String username = DEFAULT_USERNAME;

    /** The default user's password. */
    public String password = DEFAULT_PASSWORD;

    /**
     * Strict validation (on by default): unknown top-level body fields and query parameters of the known routes are
     * refused with 400 naming the field. {@code false} ignores them, as the live service does. See
     * docs/reliability.md for what the official clients send that strict mode still accepts.
     */
    public boolean strict = true;

    /**
     * Serves the fake-only admin API under {@code /_fake} (fault injection, reset), which needs no token. On by
     * default: the fake is a test tool that listens on loopback. Set {@code false} for a server others can reach.
     */
    public boolean adminApi = true;

    /** The largest request body, uploads included; larger requests answer 413. Default 2.5 GiB. */
    public long maxRequestBytes = 2_560L * 1024 * 1024;

    /** The largest body read into memory (every body but {@code multipart/form-data}); 413 above. Default 16 MiB. */
    public long maxJsonBytes = 16L * 1024 * 1024;

    /**
     * The largest uploaded file (FCS file or attachment), checked while the upload streams in, so chunked uploads
     * are limited too; larger uploads answer 413. Default 2.3 GB, the service's FCS limit (docs/wire.md#limits).
     */
    public long maxUploadBytes = UploadLimits.SERVICE_MAX_UPLOAD_BYTES;

    /**
     * Uploads larger than this are spooled to a temporary file instead of memory, and an FCS file's events are then
     * decoded from that file when a route needs them, so the heap does not grow with large files. The file is
     * removed on reset and close. Default 64 MiB.
     */
    public long spoolThresholdBytes = UploadLimits.DEFAULT_SPOOL_THRESHOLD_BYTES;

    /** Where spooled uploads go; null (the default) for the system's temporary folder. */
    public Path spoolDirectory = null;

    /** A snapshot to import at start (docs/fake-server.md, "Snapshots"), after the users above; null for none. */
    Path snapshot = null;

    /**
     * A fixed token for the default user, 16 to 256 characters of {@code A-Z a-z 0-9 . _ ~ -}, used instead of a
     * random one (a container announces it this way); null (the default) for a random token.
     */
    public String token = null;

    /**
     * Serves HTTPS instead of HTTP, with a certificate for {@code localhost} and {@code 127.0.0.1} from {@link #pki}
     * (docs/fake-server.md, "HTTPS"); clients trust {@link TestPki#caBundle()}. False by default.
     */
    public boolean tls = false;

    /**
     * With {@link #tls}: refuses a connection without a client certificate signed by the PKI's CA (mutual TLS);
     * clients present {@link TestPki#clientKeyStore()}. False by default.
     */
    public boolean requireClientCertificate = false;

    /** With {@link #tls}: the certificates to serve; null (the default) for {@link TestPki#shared()}. */
    public TestPki pki = null;

    private final List<UserSpec> users = new ArrayList<>();

    FakeConfig() {
    }

    /**
     * Adds a user besides the default one.
     *
     * @param username the user name
     * @param password the password
     * @return this config
     */
    public FakeConfig addUser(String username, String password) {
        users.add(new UserSpec(Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(password, "password"), null));
        return this;
    }

    /**
     * Adds a user whose sign-in needs the one-time code {@code otpCode} (two-factor authentication).
     *
     * @param username the user name
     * @param password the password
     * @param otpCode the one-time code
     * @return this config
     */
    public FakeConfig addUser(String username, String password, String otpCode) {
        users.add(new UserSpec(Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(password, "password"), Objects.requireNonNull(otpCode, "otpCode")));
        return this;
    }

    /**
     * Imports this snapshot file at start, before the server answers any request.
     *
     * @param file a snapshot written by {@link FakeCellEngine#exportSnapshot(Path)} or by hand
     * @return this config
     */
    public FakeConfig snapshot(Path file) {
        this.snapshot = Objects.requireNonNull(file, "file");
        return this;
    }

    List<UserSpec> users() {
        return List.copyOf(users);
    }

    /** Checks the options once the consumer has run. */
    void validate() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 (any free port) or 1-65535, was " + port);
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank; use \"127.0.0.1\" for loopback");
        }
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null; use Clock.systemUTC() for real time");
        }
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username (of the default user) must not be blank");
        }
        if (token != null && !token.matches("[A-Za-z0-9._~-]{16,256}")) {
            // never echo the token
            throw new IllegalArgumentException("token must be 16 to 256 characters of A-Z a-z 0-9 . _ ~ -");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("password (of the default user) must not be empty");
        }
        if (requireClientCertificate && !tls) {
            throw new IllegalArgumentException("requireClientCertificate needs tls = true");
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
        new UploadLimits(maxUploadBytes, spoolThresholdBytes, spoolDirectory); // throws naming the bad option
        if (maxJsonBytes <= 0 || maxJsonBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxJsonBytes must be 1 to " + Integer.MAX_VALUE + ", was "
                    + maxJsonBytes);
        }
    }

    /** A user to create at start; holds a password, so its string form leaves it out. */
    record UserSpec(String username, String password, String otpCode) {
        @Override
        public String toString() {
            return "UserSpec[" + username + (otpCode == null ? "" : ", otp") + "]";
        }
    }
}
