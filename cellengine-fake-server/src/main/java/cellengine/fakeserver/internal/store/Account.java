package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;

/**
 * One user of the fake server. Holds the password and the one-time code, so {@link #toString()} prints
 * neither.
 */
public final class Account {

    private final String id;
    private final String username;
    private final String firstName;
    private final String lastName;
    private final byte[] password;
    private volatile String otpCode;

    Account(String id, String username, String password, String otpCode) {
        this.id = id;
        this.username = username;
        String local = username.contains("@") ? username.substring(0, username.indexOf('@')) : username;
        this.firstName = local.isEmpty() ? username : local.substring(0, 1).toUpperCase(Locale.ROOT)
                + local.substring(1);
        this.lastName = "User";
        this.password = password.getBytes(StandardCharsets.UTF_8);
        this.otpCode = otpCode;
    }

    /** {@return the user's 24-hex {@code _id}} */
    public String id() {
        return id;
    }

    /** {@return the sign-in name} */
    public String username() {
        return username;
    }

    /** {@return the e-mail address: the username when it looks like one, else {@code username@example.com}} */
    public String email() {
        return username.contains("@") ? username : username + "@example.com";
    }

    /** {@return the display name} */
    public String fullName() {
        return firstName + " " + lastName;
    }

    /** {@return whether sign-in needs a one-time code} */
    public boolean requiresOtp() {
        return otpCode != null;
    }

    void otpCode(String code) {
        this.otpCode = code;
    }

    public boolean passwordMatches(String candidate) {
        return MessageDigest.isEqual(password, candidate.getBytes(StandardCharsets.UTF_8));
    }

    public boolean otpMatches(String candidate) {
        String expected = otpCode;
        return expected == null || MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the user object embedded in experiments (docs/wire.md#user-objects)} */
    JsonObject toJson() {
        return Json.createObjectBuilder()
                .add("_id", id)
                .add("username", username)
                .add("email", email())
                .add("firstName", firstName)
                .add("lastName", lastName)
                .add("fullName", fullName())
                .add("id", id)
                .build();
    }

    @Override
    public String toString() {
        return "Account[" + username + ", " + id + (requiresOtp() ? ", otp" : "") + "]";
    }
}
