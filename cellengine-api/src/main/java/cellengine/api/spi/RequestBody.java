package cellengine.api.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The body of a request: replayable (each {@link #open()} starts over) or one-shot (streamed once).
 *
 * <p>Modelled on {@code HttpRequest.BodyPublisher}: {@link #contentLength()} is negative when unknown and returns
 * the same value on every call. A transport calls {@link #open()} once per attempt and closes the stream.
 *
 * @since 0.1
 */
public interface RequestBody {

    /** {@return the media type, such as {@code application/json}} */
    String contentType();

    /** {@return the exact length in bytes, or a negative number when unknown; constant} */
    long contentLength();

    /** {@return whether {@link #open()} may be called more than once, each time from the start} */
    boolean replayable();

    /**
     * Opens the body's bytes.
     *
     * @return a stream the caller closes
     * @throws IOException when the source cannot be opened
     * @throws IllegalStateException when a one-shot body is opened a second time
     */
    InputStream open() throws IOException;

    /**
     * {@return a replayable body holding a copy of the bytes}
     *
     * @param bytes the content
     * @param contentType the media type
     */
    static RequestBody ofBytes(byte[] bytes, String contentType) {
        byte[] copy = bytes.clone();
        return StreamBody.supplied(contentType, copy.length, () -> new ByteArrayInputStream(copy));
    }

    /**
     * {@return a replayable body holding the text in UTF-8}
     *
     * @param text the content
     * @param contentType the media type
     */
    static RequestBody ofString(String text, String contentType) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return StreamBody.supplied(contentType, bytes.length, () -> new ByteArrayInputStream(bytes));
    }

    /**
     * {@return a replayable body reading the file at each attempt}
     *
     * @param file a readable regular file
     * @param contentType the media type
     * @throws UncheckedIOException when the file's size cannot be read
     */
    static RequestBody ofPath(Path file, String contentType) {
        Objects.requireNonNull(file, "file");
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + file, e);
        }
        return StreamBody.file(file, contentType, size);
    }

    /**
     * {@return a replayable body whose supplier opens a fresh stream at each attempt}
     *
     * @param source opens the content from the start each time it is called
     * @param contentLength the exact length, or negative when unknown
     * @param contentType the media type
     */
    static RequestBody ofInputStream(Supplier<? extends InputStream> source, long contentLength,
                                     String contentType) {
        return StreamBody.supplied(contentType, contentLength, source);
    }

    /**
     * {@return a one-shot body streaming the given stream once}
     *
     * @param stream the content; the transport closes it
     * @param contentLength the exact length, or negative when unknown
     * @param contentType the media type
     */
    static RequestBody ofStream(InputStream stream, long contentLength, String contentType) {
        return StreamBody.oneShot(stream, contentLength, contentType);
    }

    /** The media type used when none is given for bytes, files and streams. */
    String OCTET_STREAM = "application/octet-stream";

    /**
     * {@return a replayable {@code application/octet-stream} body holding a copy of the bytes}
     *
     * @param bytes the content
     */
    static RequestBody ofBytes(byte[] bytes) {
        return ofBytes(bytes, OCTET_STREAM);
    }

    /**
     * {@return a replayable {@code text/plain; charset=UTF-8} body holding the text}
     *
     * @param text the content
     */
    static RequestBody ofString(String text) {
        return ofString(text, "text/plain; charset=UTF-8");
    }

    /**
     * {@return a replayable {@code application/octet-stream} body reading the file at each attempt}
     *
     * @param file a readable regular file
     * @throws UncheckedIOException when the file's size cannot be read
     */
    static RequestBody ofPath(Path file) {
        return ofPath(file, OCTET_STREAM);
    }

    /**
     * {@return a replayable {@code application/octet-stream} body whose supplier opens a fresh stream each time}
     *
     * @param source opens the content from the start each time it is called
     * @param contentLength the exact length, or negative when unknown
     */
    static RequestBody ofInputStream(Supplier<? extends InputStream> source, long contentLength) {
        return ofInputStream(source, contentLength, OCTET_STREAM);
    }

    /**
     * {@return a one-shot {@code application/octet-stream} body streaming the given stream once}
     *
     * @param stream the content; the transport closes it
     * @param contentLength the exact length, or negative when unknown
     */
    static RequestBody ofStream(InputStream stream, long contentLength) {
        return ofStream(stream, contentLength, OCTET_STREAM);
    }
}
