package cellengine.analysis.fcs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** Positional reads from a {@link FileChannel}; the length is known up front. */
final class FileByteSource implements ByteSource {

    private final FileChannel channel;
    private final long length;

    FileByteSource(FileChannel channel) throws IOException {
        this.channel = channel;
        this.length = channel.size();
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) throws IOException {
        if (position >= length) {
            return 0;
        }
        ByteBuffer buffer = ByteBuffer.wrap(dst, off, len);
        long at = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return (int) (at - position);
    }
}
