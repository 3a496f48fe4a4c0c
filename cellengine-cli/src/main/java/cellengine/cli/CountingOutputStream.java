package cellengine.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Reports each byte written to a {@link Progress}. */
final class CountingOutputStream extends FilterOutputStream {

    private final Progress progress;

    CountingOutputStream(OutputStream out, Progress progress) {
        super(out);
        this.progress = progress;
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        progress.advance(1);
    }

    @Override
    public void write(byte[] buffer, int offset, int length) throws IOException {
        out.write(buffer, offset, length);
        progress.advance(length);
    }
}
