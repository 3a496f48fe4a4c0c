package cellengine.tck;

import java.util.Objects;

/**
 * A sign-in a target offers to the authentication rules. The password is a secret: {@link #toString()} leaves
 * it out.
 *
 * @param username the username
 * @param password the password
 * @param oneTimeCode a one-time code valid for this account now, or {@code null} when the account needs none
 * @since 0.1
 */
public record TckAccount(String username, String password, String oneTimeCode) {

    /**
     * Checks the required components.
     *
     * @param username the username
     * @param password the password
     * @param oneTimeCode a one-time code valid for this account now, or {@code null} when the account needs none
     */
    public TckAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "TckAccount[username=" + username + ", password=<redacted>, oneTimeCode="
                + (oneTimeCode == null ? "none" : "<redacted>") + "]";
    }
}
