package cellengine.fakeserver.internal.query;

import cellengine.fakeserver.internal.ApiError;
import java.util.Locale;

/** Booleans as the clients send them in query parameters and text fields. */
public final class Booleans {

    private Booleans() {
    }

    /**
     * {@return the value of a boolean parameter}: {@code true}/{@code false}, also R's {@code T}/{@code F} and 1/0
     *
     * @param text the parameter as sent, or null when absent
     * @param absent the value when absent
     * @throws ApiError.BadRequest naming the parameter, for any other text
     */
    public static boolean parse(String name, String text, boolean absent) {
        if (text == null) {
            return absent;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true":
            case "t":
            case "1":
                return true;
            case "false":
            case "f":
            case "0":
                return false;
            default:
                throw new ApiError.BadRequest('"' + name + "\" must be true or false, was \"" + text + "\".");
        }
    }
}
