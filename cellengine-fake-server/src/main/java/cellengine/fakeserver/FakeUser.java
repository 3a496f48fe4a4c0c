package cellengine.fakeserver;

import java.util.Objects;

/**
 * A user of a running {@link FakeCellEngine}, with a ready token. Immutable. Its string form leaves the
 * token out.
 *
 * @since 0.1
 */
public final class FakeUser {

    private final String userId;
    private final String username;
    private final String token;

    FakeUser(String userId, String username, String token) {
        this.userId = Objects.requireNonNull(userId, "userId");
        this.username = Objects.requireNonNull(username, "username");
        this.token = Objects.requireNonNull(token, "token");
    }

    /** {@return the user's 24-hex {@code _id}, as in {@code uploader._id} and {@code Folder.creator}} */
    public String userId() {
        return userId;
    }

    /** {@return the sign-in name} */
    public String username() {
        return username;
    }

    /**
     * {@return a token issued at creation, valid until {@code POST /api/v1/signout} presents it} Send it
     * as the {@code token} cookie or as {@code Authorization: Bearer}.
     */
    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "FakeUser[" + username + ", " + userId + "]";
    }
}
