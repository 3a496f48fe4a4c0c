package cellengine.analysis.fcs;

/** Parsing of numeric keyword values, which real files pad with spaces or zeros (docs/fcs.md#padded-numbers). */
final class Numbers {

    private Numbers() {
    }

    /** {@return the non-negative integer in {@code value}, trimmed} */
    static long parseCount(String keyword, String value) throws FcsFormatException {
        if (value == null) {
            throw new FcsFormatException(keyword, "required keyword is missing");
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 18) {
            throw new FcsFormatException(keyword, "expected a non-negative integer, found '" + shorten(value) + "'");
        }
        long result = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new FcsFormatException(keyword, "expected a non-negative integer, found '" + shorten(value)
                        + "'");
            }
            result = result * 10 + (c - '0');
        }
        return result;
    }

    /** {@return the number in {@code value}, trimmed, or NaN when absent or not a finite number} */
    static double parseDoubleOrNaN(String value) {
        if (value == null) {
            return Double.NaN;
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 64 || !looksNumeric(s)) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** Rejects what {@link Double#parseDouble} would accept but a file never means: hex, "NaN", suffixes. */
    private static boolean looksNumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
