package cellengine.analysis.fcs;

import java.io.IOException;

/** Positional reads from a file or a forward-only stream. Positions are absolute and {@code long}. */
interface ByteSource {

    /** {@return the total length in bytes, or -1 when unknown (a stream)} */
    long length();

    /**
     * Reads up to {@code len} bytes at {@code position} into {@code dst[off..]}.
     *
     * @return the number of bytes read: {@code len}, or fewer only where the input ends
     */
    int read(long position, byte[] dst, int off, int len) throws IOException;

    /** Tells the source that bytes before {@code position} will not be needed again. */
    default void forgetBefore(long position) {
    }

    /**
     * Reads exactly {@code len} bytes, or fails naming what was being read.
     *
     * @param what the segment being read, for the message ("TEXT segment", "DATA segment")
     */
    default void readFully(long position, byte[] dst, int off, int len, String what) throws IOException {
        int n = read(position, dst, off, len);
        if (n < len) {
            throw new FcsFormatException(position + n, "the file ends inside the " + what + ": "
                    + (len - n) + " of the expected bytes " + position + "-" + (position + len - 1) + " are missing");
        }
    }
}
