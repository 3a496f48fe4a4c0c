package cellengine.analysis.fcs;

import java.nio.ByteBuffer;

/** Positional reads from an in-memory buffer, between its position and limit when created; the length is known. */
final class BufferByteSource implements ByteSource {

    private final ByteBuffer buffer;

    BufferByteSource(ByteBuffer buffer) {
        this.buffer = buffer.slice();
    }

    @Override
    public long length() {
        return buffer.limit();
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) {
        if (position >= buffer.limit()) {
            return 0;
        }
        int n = (int) Math.min(len, buffer.limit() - position);
        buffer.get((int) position, dst, off, n);
        return n;
    }
}
