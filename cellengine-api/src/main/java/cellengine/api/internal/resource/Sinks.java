package cellengine.api.internal.resource;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsFormatException;
import cellengine.analysis.fcs.FcsReader;
import cellengine.api.InvalidFcsException;
import cellengine.api.ProgressListener;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.BodySink;
import cellengine.api.internal.http.FailureTrackingInputStream;
import cellengine.api.internal.http.ProgressInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/** Where downloads go: bytes, a caller's stream, a file (atomically), or parsed FCS events. */
public final class Sinks {

    private static final int CHUNK = 64 * 1024;

    private Sinks() {
    }

    /** {@return a sink that reads the whole body into memory} */
    public static BodySink<byte[]> bytes() {
        return (body, head) -> body.readAllBytes();
    }

    /**
     * {@return a sink that copies the body to a stream, which it neither flushes nor closes}
     *
     * @param out the destination
     */
    public static BodySink<Void> stream(OutputStream out) {
        Objects.requireNonNull(out, "out");
        return (body, head) -> {
            copy(body, out, "the given OutputStream");
            return null;
        };
    }

    /**
     * {@return a sink that writes the body to a temporary file next to the target and then moves it into place
     * (atomically where the file system can), so the target never holds a partial download; the temporary file
     * is deleted on failure}
     *
     * @param target the file to create or replace
     */
    public static BodySink<Void> file(Path target) {
        Path absolute = Objects.requireNonNull(target, "target").toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UncheckedIOException("cannot download to " + target + ": its folder does not exist",
                    new NoSuchFileException(String.valueOf(dir)));
        }
        return (body, head) -> {
            Path temp;
            try {
                temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".part");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary file in " + dir + " for " + target, e);
            }
            boolean moved = false;
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    copy(body, out, temp.toString());
                } catch (UncheckedIOException | IOException e) {
                    if (e instanceof IOException && body instanceof FailureTrackingInputStream
                            && ((FailureTrackingInputStream) body).failed()) {
                        throw (IOException) e;
                    }
                    throw e instanceof UncheckedIOException ? (UncheckedIOException) e
                            : new UncheckedIOException("cannot write " + temp, (IOException) e);
                }
                move(temp, absolute);
                moved = true;
                return null;
            } finally {
                if (!moved) {
                    Files.deleteIfExists(temp);
                }
            }
        };
    }

    /**
     * {@return a sink that parses the body as an FCS file; an unreadable one becomes an
     * {@link InvalidFcsException} naming the problem}
     */
    public static BodySink<FcsData> events() {
        return (body, head) -> {
            FailureTrackingInputStream in = new FailureTrackingInputStream(body);
            try {
                return FcsReader.read(in);
            } catch (FcsFormatException e) {
                if (in.failed()) {
                    throw e;
                }
                throw new InvalidFcsException(head.status(), head.method(), head.url(), head.requestId(), e);
            }
        };
    }

    /**
     * {@return a sink that reports the bytes read to a listener, then passes the body on}; the total is the
     * answer's {@code Content-Length}, or -1 when it has none
     *
     * @param sink the sink that consumes the body
     * @param listener who hears the counts
     * @param <T> the sink's result
     */
    public static <T> BodySink<T> withProgress(BodySink<T> sink, ProgressListener listener) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(listener, "progress");
        return (body, head) -> sink.accept(new ProgressInputStream(body, contentLength(head), listener), head);
    }

    private static long contentLength(ApiCaller.Answer head) {
        try {
            return head.headers().firstValue("Content-Length").map(String::trim).map(Long::parseLong).orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void copy(InputStream in, OutputStream out, String destination) throws IOException {
        byte[] buffer = new byte[CHUNK];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            try {
                out.write(buffer, 0, n);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the download to " + destination + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private static void move(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move the download into place at " + target, e);
        }
    }
}
