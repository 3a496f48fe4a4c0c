package cellengine.analysis.fcs;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * The HEADER and keywords of one data set. Offsets in {@link #header} are relative to {@link #base}.
 */
final class DataSetText {

    final long base;
    final Header header;
    final Keywords keywords;

    private DataSetText(long base, Header header, Keywords keywords) {
        this.base = base;
        this.header = header;
        this.keywords = keywords;
    }

    long textBegin() {
        return base + header.textBegin();
    }

    long textEnd() {
        return base + header.textEnd();
    }

    /**
     * Reads the HEADER and TEXT of the data set at {@code base}.
     *
     * @param supplemental whether to merge the supplemental TEXT ($BEGINSTEXT/$ENDSTEXT) as well
     */
    static DataSetText read(ByteSource source, long base, boolean supplemental, List<String> warnings)
            throws IOException {
        byte[] head = new byte[Header.LENGTH];
        int n = source.read(base, head, 0, Header.LENGTH);
        Header header = Header.parse(head, n, base);
        long begin = header.textBegin();
        long end = header.textEnd();
        if (begin < Header.LENGTH) {
            throw new FcsFormatException(base + 10, "HEADER TEXT begin is " + begin
                    + "; TEXT must start after the " + Header.LENGTH + "-byte HEADER");
        }
        if (end < begin) {
            throw new FcsFormatException(base + 18, "HEADER TEXT end " + end + " is before TEXT begin " + begin);
        }
        byte[] text = readSegment(source, base + begin, end - begin + 1, "TEXT segment", base + 18);
        Keywords keywords = new Keywords();
        TextSegmentParser.parse(text, base + begin, "TEXT", true, keywords, warnings);
        if (supplemental && header.isVersion3()) {
            mergeSupplemental(source, base, text[0], keywords, warnings);
        }
        return new DataSetText(base, header, keywords);
    }

    private static void mergeSupplemental(ByteSource source, long base, byte delimiter, Keywords keywords,
            List<String> warnings) {
        String beginValue = keywords.get("$BEGINSTEXT");
        String endValue = keywords.get("$ENDSTEXT");
        if (beginValue == null || endValue == null) {
            return;
        }
        try {
            long begin = Numbers.parseCount("$BEGINSTEXT", beginValue);
            long end = Numbers.parseCount("$ENDSTEXT", endValue);
            if (begin == 0 && end == 0) {
                return;
            }
            if (begin < Header.LENGTH || end < begin) {
                warnings.add("supplemental TEXT offsets [" + begin + ", " + end + "] are invalid; it was ignored");
                return;
            }
            byte[] text = readSegment(source, base + begin, end - begin + 1, "supplemental TEXT segment", -1);
            if (text[0] != delimiter) {
                warnings.add("supplemental TEXT at byte " + (base + begin) + " does not start with the TEXT "
                        + "delimiter; it was ignored");
                return;
            }
            TextSegmentParser.parse(text, base + begin, "supplemental TEXT", false, keywords, warnings);
        } catch (IOException e) {
            warnings.add("supplemental TEXT could not be read and was ignored: " + e.getMessage());
        }
    }

    /**
     * Reads a segment whose length comes from the file, checking it against the file length first; for a stream,
     * the buffer grows only as bytes arrive.
     */
    static byte[] readSegment(ByteSource source, long position, long length, String what, long offsetField)
            throws IOException {
        long fileLength = source.length();
        if (fileLength >= 0 && position + length > fileLength) {
            throw new FcsFormatException(offsetField >= 0 ? offsetField : position, what + " [" + position + ", "
                    + (position + length - 1) + "] extends beyond the end of the file (" + fileLength + " bytes)");
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new FcsFormatException(position, what + " of " + length + " bytes is too large");
        }
        if (fileLength >= 0) {
            byte[] bytes = new byte[(int) length];
            source.readFully(position, bytes, 0, bytes.length, what);
            return bytes;
        }
        byte[] bytes = new byte[(int) Math.min(length, 1 << 16)];
        int done = 0;
        while (done < length) {
            if (done == bytes.length) {
                bytes = Arrays.copyOf(bytes, (int) Math.min(length, bytes.length * 2L));
            }
            int n = source.read(position + done, bytes, done, bytes.length - done);
            done += n;
            if (n == 0 && done < length) {
                source.readFully(position + done, bytes, done, 1, what);
            }
        }
        return bytes;
    }
}
