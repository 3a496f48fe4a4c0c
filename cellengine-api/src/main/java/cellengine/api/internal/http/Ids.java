package cellengine.api.internal.http;

import java.util.Objects;

/** Checks resource ids before they reach a URL (docs/wire.md#identifiers). */
public final class Ids {

    private Ids() {
    }

    /**
     * Checks that a value is a 24-character hex id.
     *
     * @param value the id
     * @param parameter the parameter name for the message, such as {@code experimentId}
     * @return the value
     * @throws NullPointerException when the value is null, naming the parameter
     * @throws IllegalArgumentException when the value is not 24 hex characters, naming the parameter
     */
    public static String require(String value, String parameter) {
        Objects.requireNonNull(value, parameter);
        if (!isId(value)) {
            throw new IllegalArgumentException(parameter + " must be a 24-character hex id, was '"
                    + abbreviate(value) + "'");
        }
        return value;
    }

    /**
     * {@return whether the value is a 24-character hex id, as every resource id and gid is}
     *
     * @param value the text to check
     */
    public static boolean isId(String value) {
        if (value.length() != 24) {
            return false;
        }
        for (int i = 0; i < 24; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }
}
