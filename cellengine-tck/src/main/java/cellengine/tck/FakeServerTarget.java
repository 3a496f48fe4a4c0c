package cellengine.tck;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import cellengine.api.spi.Transport;
import cellengine.fakeserver.FakeCellEngine;
import java.util.Optional;

/**
 * The default target: an embedded {@link FakeCellEngine} on a free loopback port, reached through the transport
 * that discovery picks (the JDK transport when {@code cellengine-transport-jdk} is present), or, from
 * {@link #startInMemory()}, through the fake's in-memory transport with no socket at all.
 *
 * @since 0.1
 */
public final class FakeServerTarget implements TckTarget {

    private static final String OTP_USER = "otp-user@example.com";
    private static final String OTP_PASSWORD = "otp-password-Tck1";
    private static final String OTP_CODE = "246810";

    private final FakeCellEngine server;
    private final Transport inMemory;
    private final CellEngine client;
    private final String transportName;

    private FakeServerTarget(FakeCellEngine server, boolean inMemory) {
        this(server, inMemory, null);
    }

    private FakeServerTarget(FakeCellEngine server, boolean inMemory, String transportName) {
        this.server = server;
        this.inMemory = inMemory ? server.inMemoryTransport() : null;
        this.transportName = transportName;
        server.addUser(OTP_USER, OTP_PASSWORD, OTP_CODE);
        this.client = clientBuilder().token(server.token()).build();
    }

    /** {@return a target on a newly started fake server} */
    public static FakeServerTarget start() {
        return new FakeServerTarget(FakeCellEngine.start(), false);
    }

    /**
     * {@return a target on a newly started fake server, reached through the discovered transport of this name}
     *
     * @param transportName the provider's name, such as {@code apache}
     */
    public static FakeServerTarget start(String transportName) {
        return new FakeServerTarget(FakeCellEngine.start(), false, java.util.Objects.requireNonNull(transportName,
                "transportName"));
    }

    /** {@return a target on a newly started fake server, reached through its in-memory transport} */
    public static FakeServerTarget startInMemory() {
        return new FakeServerTarget(FakeCellEngine.start(), true);
    }

    /** {@return the running fake server, for rules that seed it directly} */
    public FakeCellEngine server() {
        return server;
    }

    @Override
    public String name() {
        return "fake-server/" + (inMemory != null ? "in-memory" : transportName != null ? transportName
                : System.getProperty("cellengine.transport", "default-transport"));
    }

    @Override
    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public CellEngineBuilder clientBuilder() {
        CellEngineBuilder builder = CellEngine.builder().baseUrl(server.baseUrl());
        if (transportName != null) {
            builder.transportName(transportName);
        }
        return inMemory != null ? builder.transport(inMemory) : builder;
    }

    @Override
    public String token() {
        return server.token();
    }

    @Override
    public CellEngine client() {
        return client;
    }

    @Override
    public Optional<TckAccount> passwordAccount() {
        return Optional.of(new TckAccount(server.username(), server.password(), null));
    }

    @Override
    public Optional<TckAccount> otpAccount() {
        return Optional.of(new TckAccount(OTP_USER, OTP_PASSWORD, OTP_CODE));
    }

    @Override
    public void close() {
        client.close();
        if (inMemory != null) {
            inMemory.close();
        }
        server.close();
    }

    @Override
    public String toString() {
        return "FakeServerTarget[" + server.baseUrl() + (inMemory != null ? ", in-memory" : "") + "]";
    }
}
