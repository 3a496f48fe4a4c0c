package cellengine.api;

import cellengine.api.internal.http.BodySink;
import cellengine.api.internal.resource.Sinks;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a download goes: a file or a stream, in constant memory, for {@code downloadFcsFile},
 * {@code downloadAttachment}, {@code exportEventsZip} and {@code getPlot}. The methods without one return the
 * bytes. Immutable and reusable.
 *
 * <pre>{@code
 * client.downloadFcsFile(eid, fid, EventExport.fcs(), Download.toFile(Path.of("A1.fcs")));
 * client.downloadAttachment(eid, aid, Download.to(out).withProgress((read, total) -> bar.set(read)));
 * }</pre>
 *
 * @since 0.1
 */
public final class Download {

    private final String description;
    private final BodySink<Void> sink;

    private Download(String description, BodySink<Void> sink) {
        this.description = description;
        this.sink = sink;
    }

    /**
     * {@return a download into a file}: written to a temporary file in the same folder and moved into place, so
     * {@code target} never holds a partial download; the temporary file is removed on failure
     *
     * @param target the file to create or replace
     * @throws UncheckedIOException when its folder does not exist (checked now, before any request)
     */
    public static Download toFile(Path target) {
        return new Download("file " + target, Sinks.file(target));
    }

    /**
     * {@return a download copied to a stream}, which is neither flushed nor closed; a failure to write to it is an
     * {@link UncheckedIOException}
     *
     * @param out the destination
     */
    public static Download to(OutputStream out) {
        return new Download("stream " + Objects.requireNonNull(out, "out"), Sinks.stream(out));
    }

    /**
     * {@return the same download, reporting the bytes received so far}
     *
     * @param listener hears the bytes received and the answer's {@code Content-Length} (-1 when absent), on the
     *         calling thread
     */
    public Download withProgress(ProgressListener listener) {
        return new Download(description + " with progress", Sinks.withProgress(sink, listener));
    }

    BodySink<Void> sink() {
        return sink;
    }

    @Override
    public String toString() {
        return "Download[" + description + "]";
    }
}
