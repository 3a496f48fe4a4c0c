package cellengine.fakeserver.internal.store;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsFormatException;
import cellengine.analysis.fcs.FcsReader;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.upload.Blob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the server keeps of an FCS file besides its JSON: the uploaded bytes (for {@code original=true} downloads
 * and checksums) and its events. A small file keeps both in memory, its events decoded once at upload. A spooled
 * (large) file keeps its bytes in a temporary file and, in memory, only its keywords and parameters
 * ({@link #summary()}): its events are decoded again from the file each time a route needs them, so the server's
 * heap does not grow with the files it holds. Immutable, so clones share payloads.
 */
public final class FcsPayload {

    private final Blob original;
    private final FcsData events;
    private final FcsData summary;
    private final int eventCount;

    private FcsPayload(Blob original, FcsData events, FcsData summary, int eventCount) {
        this.original = original;
        this.events = events;
        this.summary = summary;
        this.eventCount = eventCount;
    }

    /** {@return a payload held in memory} */
    static FcsPayload inMemory(Blob original, FcsData data) {
        Objects.requireNonNull(data, "data");
        return new FcsPayload(original, data, data, data.eventCount());
    }

    /**
     * {@return a payload whose bytes stay in their spool file}: the file is decoded once to check it and to keep
     * its keywords and parameters, and the decoded events are dropped
     *
     * @throws ApiError.BadRequest when the file is not readable FCS
     */
    static FcsPayload spooled(String filename, Blob original) {
        Path file = original.file().orElseThrow(() -> new IllegalArgumentException("not spooled: " + original));
        FcsData full = read(filename, file);
        return new FcsPayload(original, null, full.subset(new int[0]), full.eventCount());
    }

    /** {@return the uploaded bytes} */
    public Blob original() {
        return original;
    }

    /** {@return the events}; for a spooled file, decoded from it now */
    public FcsData data() {
        return events != null ? events : read("the stored file", original.file().orElseThrow());
    }

    /** {@return the keywords, parameters and spill matrix; holds no events for a spooled file} */
    FcsData summary() {
        return summary;
    }

    /** {@return the number of events in the file} */
    int eventCount() {
        return eventCount;
    }

    private static FcsData read(String filename, Path file) {
        try {
            return FcsReader.read(file);
        } catch (FcsFormatException e) {
            throw new ApiError.BadRequest("\"" + filename + "\" is not a readable FCS file: "
                    + e.getMessage().replace(file.toString(), filename));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled upload " + file, e);
        } catch (RuntimeException e) {
            throw new ApiError.BadRequest("\"" + filename + "\" is not a readable FCS file ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ").");
        }
    }
}
