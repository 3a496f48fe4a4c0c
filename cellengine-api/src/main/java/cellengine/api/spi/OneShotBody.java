package cellengine.api.spi;

import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/** A body streamed once from a stream the caller handed over. */
final class OneShotBody implements RequestBody {

    private final InputStream stream;
    private final long contentLength;
    private final String contentType;
    private final AtomicBoolean opened = new AtomicBoolean();

    OneShotBody(InputStream stream, long contentLength, String contentType) {
        this.stream = Objects.requireNonNull(stream, "stream");
        this.contentLength = contentLength < 0 ? -1 : contentLength;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
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
        return false;
    }

    @Override
    public InputStream open() {
        if (!opened.compareAndSet(false, true)) {
            throw new IllegalStateException("this one-shot request body was already sent; use "
                    + "RequestBody.ofInputStream(Supplier, ...) for a body that can be sent again");
        }
        return stream;
    }

    @Override
    public String toString() {
        return "RequestBody[" + contentType + ", " + (contentLength < 0 ? "unknown length" : contentLength
                + " bytes") + ", one-shot]";
    }
}
