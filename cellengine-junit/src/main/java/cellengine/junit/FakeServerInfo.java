package cellengine.junit;

import java.util.Objects;

/**
 * Where the fake server of a {@link FakeCellEngineTest} is and how to sign in, for tests that build their own
 * clients or talk raw HTTP.
 *
 * @param baseUrl the origin, such as {@code http://127.0.0.1:54321}, without {@code /api/v1}
 * @param token a ready token of the default user
 * @param username the default user's name
 * @param password the default user's password (a fake's password, not a real secret)
 * @since 0.1
 */
public record FakeServerInfo(String baseUrl, String token, String username, String password) {

    /**
     * Checks the components.
     *
     * @param baseUrl the origin
     * @param token a ready token
     * @param username the default user's name
     * @param password the default user's password
     */
    public FakeServerInfo {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** {@return the base URL and user name; the token and password are left out} */
    @Override
    public String toString() {
        return "FakeServerInfo[" + baseUrl + ", " + username + "]";
    }
}
