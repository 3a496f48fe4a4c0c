package cellengine.tck.reliability;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32C;

/**
 * A valid FCS 3.1 file of about a requested size, generated as it is read: HEADER, TEXT, then float32 list-mode
 * DATA (little-endian) from a fixed-seed xorshift, never held in memory. MD5 and CRC-32C are computed as the bytes
 * are handed out, so after the last byte {@link #md5()} and {@link #crc32c()} describe exactly what was read.
 */
final class FcsGeneratorStream extends InputStream {

    static final int CHANNELS = 8;
    private static final int TEXT_BEGIN = 58;
    private static final int CHUNK = 64 * 1024;

    private final byte[] head;
    private final long events;
    private final long length;
    private final MessageDigest md5;
    private final CRC32C crc = new CRC32C();
    private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK).order(ByteOrder.LITTLE_ENDIAN);
    private long position;
    private long valuesLeft;
    private long state = 0x9E3779B97F4A7C15L;

    /**
     * @param approximateBytes the size wanted; the file is at most this long, rounded down to whole events
     */
    FcsGeneratorStream(long approximateBytes) {
        long eventBytes = 4L * CHANNELS;
        long events = Math.max(1, (approximateBytes - 2048) / eventBytes);
        this.events = events;
        this.head = head(events);
        this.length = head.length + events * eventBytes;
        this.valuesLeft = events * CHANNELS;
        chunk.limit(0);
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@return the exact length of the file} */
    long length() {
        return length;
    }

    /** {@return the number of events} */
    long events() {
        return events;
    }

    /** {@return the MD5 of the bytes read so far, as lower-case hex; call once, after the end} */
    String md5() {
        return hex(md5.digest());
    }

    /** {@return the CRC-32C of the bytes read so far, 8 lower-case hex digits} */
    String crc32c() {
        return String.format("%08x", crc.getValue());
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int n;
        if (position < head.length) {
            n = (int) Math.min(len, head.length - position);
            System.arraycopy(head, (int) position, b, off, n);
        } else {
            if (!chunk.hasRemaining() && !refill()) {
                return -1;
            }
            n = Math.min(len, chunk.remaining());
            chunk.get(b, off, n);
        }
        md5.update(b, off, n);
        crc.update(b, off, n);
        position += n;
        return n;
    }

    private boolean refill() {
        if (valuesLeft == 0) {
            return false;
        }
        chunk.clear();
        int values = (int) Math.min(CHUNK / 4, valuesLeft);
        long x = state;
        for (int i = 0; i < values; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            chunk.putFloat((x >>> 46) * 0.25f); // 0 to 262143.75: exact in float32
        }
        state = x;
        valuesLeft -= values;
        chunk.flip();
        return true;
    }

    /** HEADER and TEXT; $BEGINDATA depends on the TEXT's length, so the TEXT is built until it is stable. */
    private static byte[] head(long events) {
        long dataBytes = events * 4L * CHANNELS;
        String text = "";
        long dataBegin = 0;
        for (int i = 0; i < 5; i++) {
            long next = TEXT_BEGIN + text.length();
            if (next == dataBegin && !text.isEmpty()) {
                break;
            }
            dataBegin = next;
            text = text(events, dataBegin, dataBegin + dataBytes - 1);
        }
        long textEnd = TEXT_BEGIN + text.length() - 1;
        boolean small = dataBegin + dataBytes - 1 <= 99_999_999;
        String header = "FCS3.1    " + pad(TEXT_BEGIN) + pad(textEnd)
                + pad(small ? dataBegin : 0) + pad(small ? dataBegin + dataBytes - 1 : 0) + pad(0) + pad(0);
        return (header + text).getBytes(StandardCharsets.US_ASCII);
    }

    private static String text(long events, long dataBegin, long dataEnd) {
        StringBuilder t = new StringBuilder("|");
        keyword(t, "$BEGINANALYSIS", "0");
        keyword(t, "$ENDANALYSIS", "0");
        keyword(t, "$BEGINSTEXT", "0");
        keyword(t, "$ENDSTEXT", "0");
        keyword(t, "$BEGINDATA", Long.toString(dataBegin));
        keyword(t, "$ENDDATA", Long.toString(dataEnd));
        keyword(t, "$BYTEORD", "1,2,3,4");
        keyword(t, "$DATATYPE", "F");
        keyword(t, "$MODE", "L");
        keyword(t, "$NEXTDATA", "0");
        keyword(t, "$PAR", Integer.toString(CHANNELS));
        keyword(t, "$TOT", Long.toString(events));
        keyword(t, "$FIL", "generated.fcs");
        for (int p = 1; p <= CHANNELS; p++) {
            keyword(t, "$P" + p + "N", "Ch" + p);
            keyword(t, "$P" + p + "B", "32");
            keyword(t, "$P" + p + "E", "0,0");
            keyword(t, "$P" + p + "R", "262144");
        }
        return t.toString();
    }

    private static void keyword(StringBuilder t, String key, String value) {
        t.append(key).append('|').append(value).append('|');
    }

    private static String pad(long n) {
        String s = Long.toString(n);
        return " ".repeat(8 - s.length()) + s;
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}
