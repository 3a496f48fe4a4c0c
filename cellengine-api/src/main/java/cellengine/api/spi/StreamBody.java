package cellengine.api.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * The request bodies of {@link RequestBody}'s factories: a media type, a length, and a way to open the content,
 * which is either replayable (bytes, a file, a supplier of streams: each attempt opens the content afresh) or
 * one-shot (a stream the caller handed over, sent once).
 */
final class StreamBody implements RequestBody {

    /** Opens the content. */
    private interface Opener {
        InputStream open() throws IOException;
    }

    private final String contentType;
    private final long contentLength;
    private final boolean replayable;
    private final Opener opener;
    private final String origin;

    private StreamBody(String contentType, long contentLength, boolean replayable, Opener opener, String origin) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.contentLength = contentLength < 0 ? -1 : contentLength;
        this.replayable = replayable;
        this.opener = opener;
        this.origin = origin;
    }

    /** {@return a replayable body: each {@link #open()} asks the supplier for a fresh stream} */
    static StreamBody supplied(String contentType, long contentLength, Supplier<? extends InputStream> source) {
        Objects.requireNonNull(source, "source");
        return new StreamBody(contentType, contentLength, true, () -> {
            InputStream in = source.get();
            if (in == null) {
                throw new IOException("the request body supplier returned null");
            }
            return in;
        }, ", replayable");
    }

    /** {@return a replayable body read from the file at each attempt} */
    static StreamBody file(Path file, String contentType, long size) {
        return new StreamBody(contentType, size, true, () -> Files.newInputStream(file), " from " + file);
    }

    /** {@return a body streamed once from a stream the caller handed over} */
    static StreamBody oneShot(InputStream stream, long contentLength, String contentType) {
        Objects.requireNonNull(stream, "stream");
        AtomicBoolean opened = new AtomicBoolean();
        return new StreamBody(contentType, contentLength, false, () -> {
            if (!opened.compareAndSet(false, true)) {
                throw new IllegalStateException("this one-shot request body was already sent; use "
                        + "RequestBody.ofInputStream(Supplier, ...) for a body that can be sent again");
            }
            return stream;
        }, ", one-shot");
    }

    @Override
    public String contentType() {
        return contentType;
    }

    @Override
    public long contentLength() {
        return contentLength;
    }

    @Override
    public boolean replayable() {
        return replayable;
    }

    @Override
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return "RequestBody[" + contentType + ", " + (contentLength < 0 ? "unknown length" : contentLength
                + " bytes") + origin + "]";
    }
}
