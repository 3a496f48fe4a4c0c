package cellengine.fakeserver.internal.local;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;

/** A {@code Transfer-Encoding: chunked} response body (RFC 9112 §7.1), decoded; trailers are read and dropped. */
final class ChunkedInput extends InputStream {

    private final InputStream in;
    private long chunkLeft;
    private boolean done;

    ChunkedInput(InputStream in) {
        this.in = in;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        if (chunkLeft == 0 && !nextChunk()) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, chunkLeft));
        if (n < 0) {
            throw new EOFException("the fake server closed the connection inside a chunk");
        }
        chunkLeft -= n;
        if (chunkLeft == 0) {
            expectLineEnd();
        }
        return n;
    }

    private boolean nextChunk() throws IOException {
        if (done) {
            return false;
        }
        String line = HttpLines.readLine(in);
        int semicolon = line.indexOf(';');
        String size = (semicolon < 0 ? line : line.substring(0, semicolon)).trim();
        try {
            chunkLeft = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw new ProtocolException("bad chunk size line from the fake server: '" + line + "'");
        }
        if (chunkLeft < 0) {
            throw new ProtocolException("negative chunk size from the fake server: '" + line + "'");
        }
        if (chunkLeft == 0) {
            while (!HttpLines.readLine(in).isEmpty()) {
                // trailer fields carry nothing the SDK reads
            }
            done = true;
            return false;
        }
        return true;
    }

    private void expectLineEnd() throws IOException {
        if (!HttpLines.readLine(in).isEmpty()) {
            throw new ProtocolException("a chunk from the fake server did not end with CRLF");
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
