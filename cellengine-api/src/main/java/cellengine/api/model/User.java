package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A user as embedded in experiments ({@code uploader}, {@code primaryResearcher}) and permissions
 * (see docs/wire.md#user-objects). Permission grantees may carry only the id.
 *
 * @param id the user's {@code _id}
 * @param username the login name, or {@code null} when not embedded
 * @param email the e-mail address, or {@code null}
 * @param firstName the first name, or {@code null}
 * @param lastName the last name, or {@code null}
 * @param fullName the display name, or {@code null}
 * @since 0.1
 */
public record User(
        @JsonbProperty("_id") String id,
        @JsonbProperty("username") String username,
        @JsonbProperty("email") String email,
        @JsonbProperty("firstName") String firstName,
        @JsonbProperty("lastName") String lastName,
        @JsonbProperty("fullName") String fullName) {

    /**
     * {@return a user known only by id, as in permission grantees}
     *
     * @param id the user's {@code _id}
     */
    public static User ofId(String id) {
        return new User(id, null, null, null, null, null);
    }
}
