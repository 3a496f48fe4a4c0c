package cellengine.api.internal.http;

import cellengine.api.spi.RequestBody;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body with one file part (docs/wire.md#uploads), framed around another body
 * without copying it: the part's bytes are streamed from the wrapped body at each {@link #open()}. The length is
 * known when the wrapped body's is, and the body is replayable when the wrapped body is.
 *
 * <p>The file name is quoted; {@code "} and control characters are percent-encoded and {@code \} is doubled, as
 * browsers (WHATWG) and urllib3 do; other characters are sent as UTF-8.
 */
public final class MultipartBody implements RequestBody {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RequestBody content;
    private final String boundary;
    private final byte[] head;
    private final byte[] tail;

    /**
     * Frames a body as the one file part of a form.
     *
     * @param field the form field name, such as {@code data}
     * @param filename the file name sent with the part
     * @param content the part's bytes; its content type is the part's {@code Content-Type}
     */
    public MultipartBody(String field, String filename, RequestBody content) {
        this(field, filename, content, randomBoundary());
    }

    MultipartBody(String field, String filename, RequestBody content, String boundary) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(filename, "filename");
        this.content = Objects.requireNonNull(content, "content");
        this.boundary = boundary;
        this.head = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + escape(field) + "\"; filename=\"" + escape(filename)
                + "\"\r\n"
                + "Content-Type: " + content.contentType() + "\r\n"
                + "\r\n").getBytes(StandardCharsets.UTF_8);
        this.tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** {@return the boundary between parts, without the leading dashes} */
    public String boundary() {
        return boundary;
    }

    @Override
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    @Override
    public long contentLength() {
        long inner = content.contentLength();
        return inner < 0 ? -1 : head.length + inner + tail.length;
    }

    @Override
    public boolean replayable() {
        return content.replayable();
    }

    @Override
    public InputStream open() throws IOException {
        InputStream body = content.open();
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(head), body, new ByteArrayInputStream(tail))));
    }

    @Override
    public String toString() {
        return "MultipartBody[" + contentLength() + " bytes, part " + content + "]";
    }

    static String escape(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                sb.append("%22");
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c < 0x20 || c == 0x7f) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String randomBoundary() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        StringBuilder sb = new StringBuilder("cellengine-java-");
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}
