package cellengine.api.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/** A replayable body: each {@link #open()} asks the supplier for a fresh stream. */
final class SuppliedBody implements RequestBody {

    private final String contentType;
    private final long contentLength;
    private final Supplier<? extends InputStream> source;

    SuppliedBody(String contentType, long contentLength, Supplier<? extends InputStream> source) {
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.contentLength = contentLength < 0 ? -1 : contentLength;
        this.source = Objects.requireNonNull(source, "source");
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
        return true;
    }

    @Override
    public InputStream open() throws IOException {
        InputStream in = source.get();
        if (in == null) {
            throw new IOException("the request body supplier returned null");
        }
        return in;
    }

    @Override
    public String toString() {
        return "RequestBody[" + contentType + ", " + (contentLength < 0 ? "unknown length" : contentLength
                + " bytes") + ", replayable]";
    }
}
