package cellengine.fakeserver.internal.local;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;

/** Reads the CRLF-terminated lines of an HTTP/1.1 message head, bounded so a broken peer cannot exhaust memory. */
final class HttpLines {

    static final int MAX_LINE = 16 * 1024;

    private HttpLines() {
    }

    /** {@return the next line without its CRLF (a bare LF is accepted)} */
    static String readLine(InputStream in) throws IOException {
        byte[] buffer = new byte[128];
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the fake server closed the connection in the middle of a line");
            }
            if (b == '\n') {
                if (length > 0 && buffer[length - 1] == '\r') {
                    length--;
                }
                return new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
            }
            if (length == MAX_LINE) {
                throw new ProtocolException("a header line from the fake server is longer than " + MAX_LINE
                        + " bytes");
            }
            if (length == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.min(MAX_LINE, length * 2));
            }
            buffer[length++] = (byte) b;
        }
    }
}
