package cellengine.api.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A replayable body read from a file at each attempt. */
final class PathBody implements RequestBody {

    private final Path file;
    private final String contentType;
    private final long contentLength;

    PathBody(Path file, String contentType, long contentLength) {
        this.file = file;
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.contentLength = contentLength;
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
        return Files.newInputStream(file);
    }

    @Override
    public String toString() {
        return "RequestBody[" + contentType + ", " + contentLength + " bytes from " + file + "]";
    }
}
