package cellengine.api;

import cellengine.api.internal.http.ProgressRequestBody;
import cellengine.api.spi.RequestBody;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What an upload sends: a file name and the bytes, for {@link CellEngine#uploadFcsFile(String, Upload)} and
 * {@link CellEngine#uploadAttachment(String, Upload)}. Immutable; each {@code with…}/{@code named} returns a new
 * value.
 *
 * <pre>{@code
 * client.uploadFcsFile(eid, Upload.of(Path.of("A1.fcs")));                          // streamed, re-read on retry
 * client.uploadFcsFile(eid, Upload.of("A1.fcs", bytes));
 * client.uploadFcsFile(eid, Upload.of("A1.fcs", in, length).withProgress((sent, total) -> bar.set(sent)));
 * client.uploadAttachment(eid, Upload.of(Path.of("export.csv")).named("plate 7.csv"));
 * }</pre>
 *
 * <p>A body from a path or bytes is sent again if the request is retried; one from an {@link InputStream} is read
 * once, so a failed attempt is not retried. For a stream that can be opened again, use
 * {@link #of(String, RequestBody)} with {@link RequestBody#ofInputStream(Supplier, long)}.
 *
 * @since 0.1
 */
public final class Upload {

    private final String filename;
    private final RequestBody body;

    private Upload(String filename, RequestBody body) {
        this.filename = requireFilename(filename);
        this.body = Objects.requireNonNull(body, "body");
    }

    /**
     * {@return an upload of a file, named by the file's name; the file is streamed, not read into memory}
     *
     * @param file a readable regular file
     * @throws UncheckedIOException when it is not a readable regular file (the cause is a
     *         {@link NoSuchFileException} naming it)
     */
    public static Upload of(Path file) {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new UncheckedIOException("cannot upload " + file + ": not a readable regular file",
                    new NoSuchFileException(file.toString()));
        }
        return new Upload(file.getFileName().toString(), RequestBody.ofPath(file));
    }

    /**
     * {@return an upload of bytes}
     *
     * @param filename the name to give it
     * @param data the content
     * @throws IllegalArgumentException when the name is blank
     */
    public static Upload of(String filename, byte[] data) {
        return new Upload(filename, RequestBody.ofBytes(data));
    }

    /**
     * {@return an upload of a stream, which is read once, streamed, and closed}
     *
     * @param filename the name to give it
     * @param data the content
     * @param length the exact number of bytes, or negative when unknown (sent chunked)
     * @throws IllegalArgumentException when the name is blank
     */
    public static Upload of(String filename, InputStream data, long length) {
        return new Upload(filename, RequestBody.ofStream(data, length));
    }

    /**
     * {@return an upload of a request body}; a replayable body is opened again if the request is retried
     *
     * @param filename the name to give it
     * @param body the content
     * @throws IllegalArgumentException when the name is blank
     */
    public static Upload of(String filename, RequestBody body) {
        return new Upload(filename, body);
    }

    /**
     * {@return the same bytes under another name} (the Python client's {@code filename} argument)
     *
     * @param value the name to give it
     * @throws IllegalArgumentException when the name is blank
     */
    public Upload named(String value) {
        return new Upload(value, body);
    }

    /**
     * {@return the same upload, reporting the bytes sent so far}; a retry starts the count again
     *
     * @param listener hears the bytes sent and the total (-1 when unknown); see {@link ProgressListener} for its
     *         thread
     */
    public Upload withProgress(ProgressListener listener) {
        return new Upload(filename, new ProgressRequestBody(body, listener));
    }

    /** {@return the name the uploaded resource gets} */
    public String filename() {
        return filename;
    }

    /** {@return the bytes to send} */
    public RequestBody body() {
        return body;
    }

    @Override
    public String toString() {
        return "Upload[" + filename + ", " + body + "]";
    }

    private static String requireFilename(String filename) {
        Objects.requireNonNull(filename, "filename is required");
        if (filename.isBlank()) {
            throw new IllegalArgumentException("filename is required and must not be blank");
        }
        return filename;
    }
}
