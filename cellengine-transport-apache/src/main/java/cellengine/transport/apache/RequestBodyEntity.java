package cellengine.transport.apache;

import cellengine.api.spi.RequestBody;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A {@link RequestBody} as an HttpClient entity: streamed, chunked when its length is unknown. */
final class RequestBodyEntity extends AbstractHttpEntity {

    private final RequestBody body;

    RequestBodyEntity(RequestBody body) {
        super(body.contentType(), null, body.contentLength() < 0);
        this.body = body;
    }

    @Override
    public boolean isRepeatable() {
        return body.replayable();
    }

    @Override
    public long getContentLength() {
        return body.contentLength();
    }

    @Override
    public InputStream getContent() throws IOException {
        return body.open();
    }

    @Override
    public boolean isStreaming() {
        return !body.replayable();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = body.open()) {
            in.transferTo(out);
        }
    }

    @Override
    public void close() {
    }
}
