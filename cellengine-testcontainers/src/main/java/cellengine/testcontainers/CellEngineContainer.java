package cellengine.testcontainers;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The fake CellEngine server in a container, for tests that want it out of process.
 *
 * <pre>{@code
 * @Testcontainers(disabledWithoutDocker = true)
 * class ReportIT {
 *     @Container
 *     static CellEngineContainer cellengine = new CellEngineContainer();
 *
 *     @Test
 *     void lists_experiments() {
 *         try (CellEngine client = cellengine.client()) {
 *             assertTrue(client.getExperiments().isEmpty());
 *         }
 *     }
 * }
 * }</pre>
 *
 * <p>The container learns its token from this object: a random one by default, or the one given to
 * {@link #withToken(String)}, passed as the environment variable {@value #TOKEN_VARIABLE}. It is ready when the
 * API answers an unauthenticated list with 401. Build the image first (docs/testcontainers.md).
 *
 * @since 0.1
 */
public final class CellEngineContainer extends GenericContainer<CellEngineContainer> {

    /** The image name, without tag, that {@code cellengine-fake-server/Dockerfile} is built as. */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("cellengine/fake-server");
    /** The tag matching this library's version. */
    public static final String DEFAULT_TAG = version();
    /** The port the server listens on inside the container. */
    public static final int PORT = 8080;
    /** The environment variable the fake server's {@code Main} reads its fixed token from. */
    public static final String TOKEN_VARIABLE = "CELLENGINE_FAKE_TOKEN";
    /** The default user's name in the container. */
    public static final String USERNAME = "demo@example.com";
    /** The default user's password in the container (a fake's password, not a secret). */
    public static final String PASSWORD = "demo-password";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DockerImageName image;
    private String token = HexFormat.of().formatHex(randomBytes());

    /** A container of {@code cellengine/fake-server:<this version>}. */
    public CellEngineContainer() {
        this(DEFAULT_IMAGE.withTag(DEFAULT_TAG));
    }

    /**
     * A container of another tag or a compatible image.
     *
     * @param image such as {@code "cellengine/fake-server:0.1.0"}
     */
    public CellEngineContainer(String image) {
        this(DockerImageName.parse(image));
    }

    /**
     * A container of another tag or image; a different name must be declared compatible with
     * {@code DockerImageName.asCompatibleSubstituteFor("cellengine/fake-server")}.
     *
     * @param image the image
     * @throws IllegalStateException when the image is not compatible with {@link #DEFAULT_IMAGE}
     */
    public CellEngineContainer(DockerImageName image) {
        super(image);
        image.assertCompatibleWith(DEFAULT_IMAGE);
        this.image = image;
        withExposedPorts(PORT);
        waitingFor(Wait.forHttp("/api/v1/experiments").forPort(PORT).forStatusCode(401)
                .withStartupTimeout(Duration.ofSeconds(90)));
    }

    /**
     * Uses a chosen token for the default user instead of a random one.
     *
     * @param value 16 to 256 characters of {@code A-Z a-z 0-9 . _ ~ -}
     * @return this container
     * @throws IllegalArgumentException when the token is malformed (the message does not repeat it)
     */
    public CellEngineContainer withToken(String value) {
        Objects.requireNonNull(value, "token");
        if (!value.matches("[A-Za-z0-9._~-]{16,256}")) {
            throw new IllegalArgumentException("token must be 16 to 256 characters of A-Z a-z 0-9 . _ ~ -");
        }
        this.token = value;
        return self();
    }

    @Override
    protected void configure() {
        withEnv(TOKEN_VARIABLE, token);
    }

    /** {@return the server's origin as seen from the test, such as {@code http://localhost:32768}} */
    public String getBaseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** {@return the default user's token, valid as soon as the container is started} */
    public String getToken() {
        return token;
    }

    /**
     * {@return a new client for the default user; the caller closes it}
     *
     * @throws IllegalStateException when the container is not running
     */
    public CellEngine client() {
        return clientBuilder().token(token).build();
    }

    /** {@return a builder with the base URL set and no credentials, to sign in another way} */
    public CellEngineBuilder clientBuilder() {
        if (!isRunning()) {
            throw new IllegalStateException("the CellEngine container is not running; start() it first");
        }
        return CellEngine.builder().baseUrl(getBaseUrl());
    }

    /** {@return the image name, as given (reading it needs no Docker engine)} */
    public DockerImageName imageName() {
        return image;
    }

    /** {@return the image name; never the token} */
    @Override
    public String toString() {
        return "CellEngineContainer[" + image.asCanonicalNameString() + "]";
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static String version() {
        Properties properties = new Properties();
        try (InputStream in = CellEngineContainer.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from cellengine-testcontainers");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
