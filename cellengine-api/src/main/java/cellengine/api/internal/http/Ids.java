package cellengine.api.internal.http;

import java.util.Objects;
import java.util.regex.Pattern;

/** Checks resource ids before they reach a URL (cellengine-api.md §1.2). */
public final class Ids {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{24}");

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
        if (!ID.matcher(value).matches()) {
            throw new IllegalArgumentException(parameter + " must be a 24-character hex id, was '"
                    + abbreviate(value) + "'");
        }
        return value;
    }

    private static String abbreviate(String value) {
        return value.length() <= 64 ? value : value.substring(0, 61) + "...";
    }
}
