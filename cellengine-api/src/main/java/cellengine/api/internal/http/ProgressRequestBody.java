package cellengine.api.internal.http;

import cellengine.api.ProgressListener;
import cellengine.api.spi.RequestBody;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/** A request body whose every {@link #open()} reports the bytes read from it; otherwise the wrapped body. */
public final class ProgressRequestBody implements RequestBody {

    private final RequestBody body;
    private final ProgressListener listener;

    /**
     * Wraps a body.
     *
     * @param body the body to send
     * @param listener who hears the counts of each attempt
     */
    public ProgressRequestBody(RequestBody body, ProgressListener listener) {
        this.body = Objects.requireNonNull(body, "body");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public String contentType() {
        return body.contentType();
    }

    @Override
    public long contentLength() {
        return body.contentLength();
    }

    @Override
    public boolean replayable() {
        return body.replayable();
    }

    @Override
    public InputStream open() throws IOException {
        return new ProgressInputStream(body.open(), body.contentLength(), listener);
    }

    @Override
    public String toString() {
        return body.toString();
    }
}
