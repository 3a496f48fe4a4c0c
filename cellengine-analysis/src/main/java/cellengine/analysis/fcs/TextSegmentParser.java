package cellengine.analysis.fcs;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Splits a TEXT (or supplemental TEXT) segment into keywords, on bytes, left to right.
 *
 * <p>The first byte is the delimiter. The grammar follows flowCore's default policy
 * (docs/fcs.md#escapes-and-empty-values):
 * <ul>
 *   <li>a key runs to the next delimiter (keys never hold delimiters);</li>
 *   <li>a delimiter where a value starts means an empty value ({@code /k1//k2/v2/} gives {@code k1 = ""}; FCS 3.1
 *       forbids values that start with the delimiter, so this reading is never wrong for a 3.1 file);</li>
 *   <li>inside a value a doubled delimiter is one literal delimiter ({@code /k/v//1/} gives {@code v/1});</li>
 *   <li>a doubled delimiter followed only by padding ends the segment (trailing double delimiter);</li>
 *   <li>padding (spaces, NULs, line breaks) after the last value is ignored; a missing final delimiter and a
 *       dangling key without value are accepted with a warning.</li>
 * </ul>
 * Keys are stripped of surrounding white space; values are kept as written. Bytes are decoded as UTF-8, falling back
 * to ISO-8859-1 for a token that is not valid UTF-8 (FCS 2.0 files hold Mac Roman bytes such as 0xAA).
 */
final class TextSegmentParser {

    private final byte[] text;
    private final int length;
    private final long fileOffset;
    private final List<String> warnings;
    private final String segmentName;
    private final byte delimiter;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] scratch = new byte[64];
    private boolean latin1Warned;

    private TextSegmentParser(byte[] text, int length, long fileOffset, String segmentName, List<String> warnings) {
        this.text = text;
        this.length = length;
        this.fileOffset = fileOffset;
        this.segmentName = segmentName;
        this.warnings = warnings;
        this.delimiter = text[0];
    }

    /**
     * Parses a segment into {@code into}.
     *
     * @param text the segment's bytes, delimiter first
     * @param fileOffset the position of {@code text[0]} in the file, for messages
     * @param segmentName "TEXT" or "supplemental TEXT", for messages
     * @param primary true for the primary TEXT: its keys replace earlier ones; false: earlier keys win
     */
    static void parse(byte[] text, long fileOffset, String segmentName, boolean primary, Keywords into,
            List<String> warnings) throws FcsFormatException {
        if (text.length == 0) {
            throw new FcsFormatException(fileOffset, segmentName + " segment is empty");
        }
        new TextSegmentParser(text, text.length, fileOffset, segmentName, warnings).run(primary, into);
    }

    private void run(boolean primary, Keywords into) {
        int i = 1;
        while (i < length && !restIsPadding(i)) {
            int keyStart = i;
            while (i < length && text[i] != delimiter) {
                i++;
            }
            String key = decode(keyStart, i - keyStart, null).strip();
            if (i >= length || restIsPadding(i + 1)) {
                warnings.add(segmentName + " ends with the keyword '" + shorten(key)
                        + "' and no value (byte " + (fileOffset + keyStart) + "); the keyword was dropped");
                return;
            }
            i++;
            if (key.isEmpty()) {
                warnings.add(segmentName + " has an empty keyword at byte " + (fileOffset + keyStart)
                        + "; skipped");
                continue;
            }
            String value;
            if (i < length && text[i] == delimiter) {
                value = "";
                i++;
            } else {
                int n = 0;
                boolean terminated = false;
                boolean last = false;
                while (i < length) {
                    byte b = text[i];
                    if (b == delimiter) {
                        if (i + 1 < length && text[i + 1] == delimiter && !restIsPadding(i + 2)) {
                            append(n++, b);
                            i += 2;
                            continue;
                        }
                        terminated = true;
                        last = i + 1 < length && text[i + 1] == delimiter;
                        i++;
                        break;
                    }
                    append(n++, b);
                    i++;
                }
                value = decode(scratch, 0, n, key);
                if (!terminated) {
                    warnings.add(segmentName + " does not end with its delimiter (last keyword " + key
                            + "); the value was read up to the end of the segment");
                }
                if (last) {
                    i = length;
                }
            }
            if (primary) {
                String previous = into.put(key, value);
                if (previous != null && !previous.equals(value)) {
                    warnings.add("keyword " + key + " appears more than once with different values; the last one ('"
                            + shorten(value) + "') was kept");
                }
            } else {
                into.putIfAbsent(key, value);
            }
        }
    }

    private void append(int at, byte b) {
        if (at == scratch.length) {
            scratch = Arrays.copyOf(scratch, scratch.length * 2);
        }
        scratch[at] = b;
    }

    /** True when every byte from {@code from} on is padding: space, NUL, CR or LF, but never the delimiter. */
    private boolean restIsPadding(int from) {
        for (int i = from; i < length; i++) {
            byte b = text[i];
            if (b == delimiter || !(b == ' ' || b == 0 || b == '\n' || b == '\r')) {
                return false;
            }
        }
        return true;
    }

    private String decode(int from, int n, String key) {
        return decode(text, from, n, key);
    }

    private String decode(byte[] bytes, int from, int n, String key) {
        boolean ascii = true;
        for (int i = from; i < from + n; i++) {
            if (bytes[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return new String(bytes, from, n, StandardCharsets.ISO_8859_1);
        }
        try {
            return utf8.decode(ByteBuffer.wrap(bytes, from, n)).toString();
        } catch (CharacterCodingException e) {
            if (!latin1Warned) {
                latin1Warned = true;
                warnings.add(segmentName + " is not valid UTF-8" + (key == null ? "" : " (value of " + key + ")")
                        + "; such values were read as ISO-8859-1");
            }
            return new String(bytes, from, n, StandardCharsets.ISO_8859_1);
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
