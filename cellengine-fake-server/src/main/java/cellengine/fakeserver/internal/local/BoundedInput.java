package cellengine.fakeserver.internal.local;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A response body of a known {@code Content-Length}; ending early is an error, not a short body. */
final class BoundedInput extends FilterInputStream {

    private long left;

    BoundedInput(InputStream in, long length) {
        super(in);
        this.left = length;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (left == 0) {
            return -1;
        }
        int n = in.read(b, off, (int) Math.min(len, left));
        if (n < 0) {
            throw new EOFException("the fake server closed the connection with " + left
                    + " bytes of the body still to come");
        }
        left -= n;
        return n;
    }

    @Override
    public int available() throws IOException {
        return (int) Math.min(in.available(), left);
    }

    @Override
    public long skip(long n) throws IOException {
        return super.skip(Math.min(n, left));
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
