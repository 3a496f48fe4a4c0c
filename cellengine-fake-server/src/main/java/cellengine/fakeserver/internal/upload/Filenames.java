package cellengine.fakeserver.internal.upload;

import cellengine.fakeserver.internal.ApiError;

/**
 * Makes a client-supplied file name safe to store and echo: the last path segment only (both {@code /} and
 * {@code \} separate), no control characters, never {@code .} or {@code ..}. For upload routes.
 */
public final class Filenames {

    /** The longest name kept, in characters; longer names keep their end (and so their extension). */
    static final int MAX_LENGTH = 255;

    private Filenames() {
    }

    /**
     * {@return the safe form of the name}, such as {@code "a.fcs"} for {@code "../../x/a.fcs"} or
     * {@code "C:\\data\\a.fcs"}
     *
     * @param name the name as the client sent it
     * @param field the form field or JSON key it came from, for the message
     * @throws ApiError.BadRequest when nothing usable is left
     */
    public static String sanitize(String name, String field) {
        if (name == null) {
            throw new ApiError.BadRequest('"' + field + "\" is required.");
        }
        String last = name;
        int cut = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
        if (cut >= 0) {
            last = last.substring(cut + 1);
        }
        StringBuilder clean = new StringBuilder(last.length());
        last.codePoints().filter(c -> c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0))
                .forEach(clean::appendCodePoint);
        String result = clean.toString().strip();
        if (result.isEmpty() || result.equals(".") || result.equals("..")) {
            throw new ApiError.BadRequest('"' + field + "\" must name a file, was \"" + printable(name) + "\".");
        }
        if (result.length() > MAX_LENGTH) {
            result = result.substring(result.length() - MAX_LENGTH);
        }
        return result;
    }

    private static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().limit(100).forEach(c -> {
            if (c < 0x20 || c == 0x7f) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
