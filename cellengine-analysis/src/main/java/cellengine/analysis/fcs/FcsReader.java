package cellengine.analysis.fcs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads FCS 2.0, 3.0, 3.1 and 3.2 files.
 *
 * <p>Supported: list mode with {@code $DATATYPE} I (8, 16, 24, 32 and 64 bits, widths mixed per parameter, masked
 * to {@code $PnR} bits), F, D and A (fixed width or delimited); little-, big- and mixed-endian {@code $BYTEORD};
 * delimiter escaping and empty values; {@code $BEGINDATA}/{@code $ENDDATA} beyond the HEADER's 99,999,999 limit;
 * offsets written with spaces or zeros; HEADER/TEXT offset disagreements; trailing bytes; a supplemental TEXT
 * segment; spill matrices. Of several data sets ({@code $NEXTDATA}) the first is read and the chain is counted.
 * Accepted deviations are listed in {@link FcsData#warnings()}.
 *
 * <p>Every size declared by the file is checked against the file's length before anything is allocated from it,
 * and DATA is read in chunks of about 1 MiB, so reading needs the decoded columns plus a bounded buffer. Malformed
 * input fails with {@link FcsFormatException}, never with an unchecked exception.
 *
 * <p>The methods are thread-safe: each call reads independently.
 *
 * @since 0.1
 */
public final class FcsReader {

    private FcsReader() {
    }

    /**
     * Reads the first data set of a file.
     *
     * @param path the file
     * @return the keywords and events
     * @throws FcsFormatException if the file is not a readable FCS file; the message starts with the path
     * @throws IOException if the file cannot be read
     */
    public static FcsData read(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(new FileByteSource(channel));
        } catch (FcsFormatException e) {
            throw e.withSource(path.toString());
        }
    }

    /**
     * Reads the first data set from a stream, which is read forward only and not closed. Prefer
     * {@link #read(Path)} for files: a stream has no length to check sizes against, so columns grow as data
     * arrives, and a file whose DATA precedes its TEXT by more than the bytes held so far cannot be read.
     *
     * @param in the stream, positioned at the start of the FCS file
     * @return the keywords and events
     * @throws FcsFormatException if the bytes are not a readable FCS file
     * @throws IOException if the stream fails
     */
    public static FcsData read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return read(new StreamByteSource(in));
    }

    /**
     * Reads the first data set from bytes in memory, between the buffer's position and limit (for example an
     * upload held in memory, or a file mapped with {@link FileChannel#map}). The buffer's position, limit and
     * contents are not changed. Like {@link #read(Path)}, every declared size is checked against the length first.
     *
     * @param buffer the bytes of the FCS file
     * @return the keywords and events
     * @throws FcsFormatException if the bytes are not a readable FCS file
     */
    public static FcsData read(ByteBuffer buffer) throws FcsFormatException {
        Objects.requireNonNull(buffer, "buffer");
        try {
            return read(new BufferByteSource(buffer));
        } catch (FcsFormatException e) {
            throw e;
        } catch (IOException e) {
            throw new AssertionError("an in-memory source does not fail", e);
        }
    }

    /**
     * Reads the HEADER and TEXT of a file's first data set, without its DATA: useful for a file whose DATA is
     * missing or unreadable, or when only keywords are wanted.
     *
     * @param path the file
     * @return the version, keywords and warnings
     * @throws FcsFormatException if the HEADER or TEXT cannot be read
     * @throws IOException if the file cannot be read
     */
    public static FcsMetadata readMetadata(Path path) throws IOException {
        Objects.requireNonNull(path, "path");
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            return readMetadata(new FileByteSource(channel));
        } catch (FcsFormatException e) {
            throw e.withSource(path.toString());
        }
    }

    /**
     * Reads the HEADER and TEXT of the first data set from a stream, which is not closed.
     *
     * @param in the stream, positioned at the start of the FCS file
     * @return the version, keywords and warnings
     * @throws FcsFormatException if the HEADER or TEXT cannot be read
     * @throws IOException if the stream fails
     */
    public static FcsMetadata readMetadata(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        return readMetadata(new StreamByteSource(in));
    }

    private static FcsMetadata readMetadata(ByteSource source) throws IOException {
        try {
            List<String> warnings = new ArrayList<>();
            DataSetText text = DataSetText.read(source, 0, true, warnings);
            return new FcsMetadata(text.header.version(), text.keywords, warnings);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    static FcsData read(ByteSource source) throws IOException {
        try {
            return readFirstDataSet(source);
        } catch (RuntimeException e) {
            throw unexpected(e);
        }
    }

    private static FcsData readFirstDataSet(ByteSource source) throws IOException {
        List<String> warnings = new ArrayList<>();
        DataSetText text = DataSetText.read(source, 0, true, warnings);
        DataLayout layout = DataLayout.parse(text.keywords, text.header.isVersion3(), warnings);
        DataLocator.Location location = DataLocator.locate(text, layout, source.length(), warnings);
        source.forgetBefore(Math.min(location.begin(), text.textBegin()));
        Column[] columns;
        if (layout.delimitedAscii()) {
            columns = AsciiDelimitedDecoder.decode(source, location.begin(), location.end(), layout,
                    location.events());
        } else {
            columns = DataDecoder.decode(source, location.begin(), layout, location.events(), source.length() >= 0);
        }
        int dataSets = countDataSets(source, text, location, warnings);
        List<String> names = new ArrayList<>(layout.parameters.length);
        for (ParameterSpec spec : layout.parameters) {
            names.add(spec.name());
        }
        warnDuplicates(names, warnings);
        Spillover spillover = SpilloverParser.find(text.keywords, names, warnings);
        return new FcsData(text.header.version(), text.keywords, layout.parameters, columns, location.events(),
                spillover, dataSets, warnings);
    }

    /** Follows {@code $NEXTDATA}: offsets are relative to the current data set and must move forward. */
    private static int countDataSets(ByteSource source, DataSetText first, DataLocator.Location data,
            List<String> warnings) {
        int count = 1;
        DataSetText current = first;
        while (true) {
            String next = current.keywords.get("$NEXTDATA");
            if (next == null || next.isBlank()) {
                return count;
            }
            long offset;
            try {
                offset = Numbers.parseCount("$NEXTDATA", next);
            } catch (FcsFormatException e) {
                warnings.add(e.getMessage() + "; later data sets were not counted");
                return count;
            }
            if (offset == 0) {
                return count;
            }
            long base = current.base + offset;
            try {
                source.forgetBefore(Math.max(base, data.end() + 1));
                current = DataSetText.read(source, base, false, new ArrayList<>());
                count++;
            } catch (IOException | RuntimeException e) {
                warnings.add("$NEXTDATA of data set " + count + " points to byte " + base
                        + ", where no readable data set was found (" + e.getMessage() + ")");
                return count;
            }
        }
    }

    private static void warnDuplicates(List<String> names, List<String> warnings) {
        for (int i = 0; i < names.size(); i++) {
            int j = names.indexOf(names.get(i));
            if (j < i) {
                warnings.add("parameters " + (j + 1) + " and " + (i + 1) + " share the name '" + names.get(i)
                        + "'; look them up by index");
            }
        }
    }

    private static FcsFormatException unexpected(RuntimeException e) {
        return new FcsFormatException(null, -1, "unexpected failure while reading (" + e
                + "); please report this file", e);
    }
}
