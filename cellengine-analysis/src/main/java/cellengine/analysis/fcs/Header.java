package cellengine.analysis.fcs;

import java.nio.charset.StandardCharsets;

/**
 * The 58-byte HEADER of one data set: version and the TEXT, DATA and ANALYSIS offsets, relative to the start of the
 * data set. A blank offset field reads as 0.
 */
record Header(String version, long textBegin, long textEnd, long dataBegin, long dataEnd, long analysisBegin,
        long analysisEnd) {

    static final int LENGTH = 58;

    /**
     * Parses a HEADER.
     *
     * @param bytes at least {@code length} bytes from the start of the data set
     * @param length how many bytes were available (may be less than 58 for a short file)
     * @param base the data set's position in the file, for messages
     */
    static Header parse(byte[] bytes, int length, long base) throws FcsFormatException {
        if (length == 0) {
            throw new FcsFormatException(base, "no FCS HEADER: the input ends before byte " + base);
        }
        if (length < 3 || bytes[0] != 'F' || bytes[1] != 'C' || bytes[2] != 'S') {
            throw new FcsFormatException(base, "not an FCS file: it does not start with 'FCS' (first bytes: '"
                    + printable(bytes, Math.min(length, 10)) + "')");
        }
        if (length < LENGTH) {
            throw new FcsFormatException(base + length, "truncated HEADER: the file ends after " + length
                    + " bytes, an FCS HEADER has " + LENGTH);
        }
        String version = new String(bytes, 0, 6, StandardCharsets.ISO_8859_1);
        switch (version) {
            case "FCS2.0":
            case "FCS3.0":
            case "FCS3.1":
            case "FCS3.2":
                break;
            default:
                throw new FcsFormatException(base, "unsupported FCS version '" + printable(bytes, 6)
                        + "' (supported: FCS2.0, FCS3.0, FCS3.1, FCS3.2)");
        }
        return new Header(version,
                field(bytes, 10, base, "TEXT begin"), field(bytes, 18, base, "TEXT end"),
                field(bytes, 26, base, "DATA begin"), field(bytes, 34, base, "DATA end"),
                field(bytes, 42, base, "ANALYSIS begin"), field(bytes, 50, base, "ANALYSIS end"));
    }

    /** {@return true for FCS 3.0 and later, where TEXT carries the segment offsets} */
    boolean isVersion3() {
        return !version.equals("FCS2.0");
    }

    private static long field(byte[] bytes, int at, long base, String what) throws FcsFormatException {
        long value = 0;
        boolean digits = false;
        boolean ended = false;
        for (int i = at; i < at + 8; i++) {
            byte b = bytes[i];
            if (b >= '0' && b <= '9') {
                if (ended) {
                    throw badField(bytes, at, base, what);
                }
                value = value * 10 + (b - '0');
                digits = true;
            } else if (b == ' ' || b == 0) {
                ended = digits;
            } else {
                throw badField(bytes, at, base, what);
            }
        }
        return value;
    }

    private static FcsFormatException badField(byte[] bytes, int at, long base, String what) {
        return new FcsFormatException(base + at, "HEADER " + what + " (bytes " + at + "-" + (at + 7)
                + ") is not a number: '" + new String(bytes, at, 8, StandardCharsets.ISO_8859_1) + "'");
    }

    private static String printable(byte[] bytes, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b >= 0x20 && b < 0x7F) {
                sb.append((char) b);
            } else {
                sb.append(String.format("\\x%02X", b));
            }
        }
        return sb.toString();
    }
}
