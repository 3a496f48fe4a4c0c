package cellengine.testing.wire;

import java.io.InputStream;
import java.util.zip.CRC32;

/**
 * Deterministic bytes of any length, computed from their position: large bodies for upload and download tests in
 * constant memory, checked at the far end by length and CRC-32 instead of by keeping a copy.
 *
 * @since 0.1
 */
public final class PatternBytes {

    private static final int CHUNK = 64 * 1024;

    private PatternBytes() {
    }

    /**
     * {@return the byte at a position of every pattern body} Every byte value occurs, and the sequence does not
     * repeat with a short period.
     *
     * @param position the byte's offset from the start of the body
     */
    public static byte at(long position) {
        return (byte) (position * 31 + (position >>> 11));
    }

    /**
     * Fills the start of an array with pattern bytes.
     *
     * @param offset the body offset of {@code into[0]}
     * @param into the array to fill
     * @param count how many bytes to fill, from index 0
     */
    public static void fill(long offset, byte[] into, int count) {
        for (int i = 0; i < count; i++) {
            into[i] = at(offset + i);
        }
    }

    /**
     * {@return the first {@code length} pattern bytes in a new array}
     *
     * @param length how many bytes; small, since the array holds them all
     */
    public static byte[] of(int length) {
        byte[] bytes = new byte[length];
        fill(0, bytes, length);
        return bytes;
    }

    /**
     * {@return the CRC-32 of the first {@code length} pattern bytes}
     *
     * @param length the body length
     */
    public static long crc32(long length) {
        CRC32 crc = new CRC32();
        byte[] chunk = new byte[CHUNK];
        for (long done = 0; done < length; ) {
            int n = (int) Math.min(chunk.length, length - done);
            fill(done, chunk, n);
            crc.update(chunk, 0, n);
            done += n;
        }
        return crc.getValue();
    }

    /**
     * {@return a stream of the first {@code length} pattern bytes, generated as it is read}
     *
     * @param length the body length
     */
    public static InputStream stream(long length) {
        return new InputStream() {
            private long position;

            @Override
            public int read() {
                return position < length ? at(position++) & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (position >= length) {
                    return -1;
                }
                int n = (int) Math.min(len, length - position);
                for (int i = 0; i < n; i++) {
                    b[off + i] = at(position + i);
                }
                position += n;
                return n;
            }
        };
    }
}
