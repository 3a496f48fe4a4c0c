package cellengine.api.internal.auth;

import java.io.IOException;

/** Supplies the session token for each request; may sign in first. Thread-safe. */
@FunctionalInterface
public interface TokenSource {

    /**
     * {@return the token to present}
     *
     * @throws IOException when signing in fails without an answer
     * @throws InterruptedException when the thread is interrupted while signing in
     */
    String token() throws IOException, InterruptedException;
}
