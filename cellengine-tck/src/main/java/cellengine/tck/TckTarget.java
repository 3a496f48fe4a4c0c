package cellengine.tck;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import java.util.Optional;

/**
 * The server and transport the rules run against: where the server is, how to reach it, and what it can do. A
 * {@link CellEngineTck} subclass returns it. A target owns the server's lifetime when it started one.
 *
 * <p>Capabilities are methods with defaults. A rule that needs a missing capability aborts with a reason naming
 * the method to override, as the Reactive Streams TCK does.
 *
 * @since 0.1
 */
public interface TckTarget extends AutoCloseable {

    /** {@return a short name for reports, such as {@code fake-server/jdk}; a failing rule's message starts with it} */
    String name();

    /** {@return the server origin, without {@code /api/v1}} */
    String baseUrl();

    /**
     * {@return a builder with the base URL and the transport of this target set, and no credentials}
     * Each call returns a new builder.
     */
    CellEngineBuilder clientBuilder();

    /** {@return a valid token of the target's main account} */
    String token();

    /** {@return a ready client authenticated with {@link #token()}; the target closes it} */
    CellEngine client();

    /**
     * {@return a username and password that sign in without a one-time code, if the target offers one}
     *
     * @implSpec The default offers none; rules that sign in with a password then abort.
     */
    default Optional<TckAccount> passwordAccount() {
        return Optional.empty();
    }

    /**
     * {@return an account whose sign-in needs a one-time code, with a code that is valid now, if the target
     * offers one}
     *
     * @implSpec The default offers none; the OTP rules then abort.
     */
    default Optional<TckAccount> otpAccount() {
        return Optional.empty();
    }

    /** Stops whatever the target started. */
    @Override
    void close();
}
