package cellengine.analysis.fcs;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Positional reads over a forward-only {@link InputStream}.
 *
 * <p>Bytes are kept (in a buffer that grows only as the stream delivers them) until {@link #forgetBefore} says they
 * are no longer needed, so HEADER, TEXT and a DATA segment placed before TEXT can be read in any order. Once
 * forgotten, earlier positions cannot be read again; such a request fails with a message pointing to
 * {@code FcsReader.read(Path)}.
 */
final class StreamByteSource implements ByteSource {

    private static final int SKIP_BUFFER = 64 * 1024;

    private final InputStream in;
    /** Stream position: the number of bytes consumed from {@code in}. */
    private long consumed;
    /** Kept bytes cover positions [keptFrom, consumed). */
    private byte[] kept = new byte[512];
    private long keptFrom;
    private boolean keeping = true;
    private boolean ended;

    StreamByteSource(InputStream in) {
        this.in = in;
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public void forgetBefore(long position) {
        if (position >= consumed) {
            keeping = false;
            kept = new byte[0];
            keptFrom = consumed;
        }
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) throws IOException {
        int done = 0;
        if (position < consumed) {
            if (!keeping || position < keptFrom) {
                throw new FcsFormatException(position, "a stream cannot go back to byte " + position
                        + " after reading up to byte " + consumed + "; read this file with FcsReader.read(Path)");
            }
            int available = (int) Math.min(len, consumed - position);
            System.arraycopy(kept, (int) (position - keptFrom), dst, off, available);
            done = available;
        }
        long at = position + done;
        if (done < len && at > consumed && !skipTo(at)) {
            return done;
        }
        while (done < len && !ended) {
            int n = in.read(dst, off + done, len - done);
            if (n < 0) {
                ended = true;
                break;
            }
            keep(dst, off + done, n);
            done += n;
        }
        return done;
    }

    private boolean skipTo(long position) throws IOException {
        byte[] buffer = new byte[(int) Math.min(SKIP_BUFFER, position - consumed)];
        while (consumed < position) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, position - consumed));
            if (n < 0) {
                ended = true;
                return false;
            }
            keep(buffer, 0, n);
        }
        return true;
    }

    private void keep(byte[] src, int off, int n) {
        if (keeping) {
            int used = (int) (consumed - keptFrom);
            if ((long) used + n > Integer.MAX_VALUE - 16) {
                keeping = false;
                kept = new byte[0];
            } else {
                if (used + n > kept.length) {
                    long capacity = Math.min(Integer.MAX_VALUE - 16, Math.max((long) used + n, kept.length * 2L));
                    kept = Arrays.copyOf(kept, (int) capacity);
                }
                System.arraycopy(src, off, kept, used, n);
            }
        }
        consumed += n;
    }
}
