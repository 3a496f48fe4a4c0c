package cellengine.fakeserver.internal.upload;

import cellengine.fakeserver.internal.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Reads a stream up to delimiters, as a multipart body needs: {@link #copyUntil} passes everything before the next
 * occurrence of a byte pattern to a sink and consumes the pattern. The buffer is fixed, so memory stays constant
 * whatever the distance between delimiters. Not thread-safe.
 */
final class DelimitedReader {

    private static final int BUFFER = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int start;
    private int end;
    private boolean eof;

    DelimitedReader(InputStream in) {
        this.in = in;
    }

    /** {@return the next byte, or -1 at the end of the stream} */
    int read() throws IOException {
        if (start == end && !fill()) {
            return -1;
        }
        return buffer[start++] & 0xff;
    }

    /**
     * Copies bytes to {@code sink} up to the next {@code pattern}, and consumes the pattern.
     *
     * @param pattern the delimiter, shorter than the buffer
     * @param sink where the bytes before the delimiter go
     * @param max the most bytes that may come before the delimiter
     * @return true when the delimiter was found, false when the stream ended first
     * @throws ApiError.BadRequest when more than {@code max} bytes come before the delimiter
     */
    boolean copyUntil(byte[] pattern, OutputStream sink, long max) throws IOException {
        long copied = 0;
        while (true) {
            int at = indexOf(pattern);
            int safe = at >= 0 ? at : Math.max(start, end - pattern.length + 1);
            int n = safe - start;
            if (n > 0) {
                copied += n;
                if (copied > max) {
                    throw new ApiError.BadRequest("A multipart part or preamble is longer than " + max
                            + " bytes before its delimiter.");
                }
                sink.write(buffer, start, n);
                start = safe;
            }
            if (at >= 0) {
                start += pattern.length;
                return true;
            }
            if (!fill()) {
                return false;
            }
        }
    }

    /** Moves the unread bytes to the front and reads more; false when nothing more can be read. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        int n = in.read(buffer, end, buffer.length - end);
        if (n < 0) {
            eof = true;
            return false;
        }
        end += n;
        return true;
    }

    private int indexOf(byte[] pattern) {
        byte first = pattern[0];
        int last = end - pattern.length;
        for (int i = start; i <= last; i++) {
            if (buffer[i] != first) {
                continue;
            }
            int k = 1;
            while (k < pattern.length && buffer[i + k] == pattern[k]) {
                k++;
            }
            if (k == pattern.length) {
                return i;
            }
        }
        return -1;
    }
}
