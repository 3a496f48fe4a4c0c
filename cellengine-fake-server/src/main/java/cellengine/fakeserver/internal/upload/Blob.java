package cellengine.fakeserver.internal.upload;

import cellengine.fakeserver.internal.ApiError;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Uploaded bytes as the fake keeps them: in memory, or spooled to a temporary file when large (see
 * {@link UploadLimits#spoolThresholdBytes()}), with the MD5 and CRC-32C computed while they arrived. Immutable
 * apart from {@link #delete()}, which removes a spool file once nothing refers to it.
 */
public final class Blob {

    private final byte[] bytes;
    private final Path file;
    private final long size;
    private final String md5;
    private final String crc32c;

    private Blob(byte[] bytes, Path file, long size, String md5, String crc32c) {
        this.bytes = bytes;
        this.file = file;
        this.size = size;
        this.md5 = md5;
        this.crc32c = crc32c;
    }

    /** {@return bytes held in memory, their checksums computed now} */
    public static Blob of(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new Blob(bytes, null, bytes.length, Checksums.md5(bytes), Checksums.crc32c(bytes));
    }

    /** {@return bytes held in memory with no checksums, for an answer that is sent and forgotten} */
    public static Blob transientBytes(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        return new Blob(bytes, null, bytes.length, "", "");
    }

    static Blob inMemory(byte[] bytes, String md5, String crc32c) {
        return new Blob(bytes, null, bytes.length, md5, crc32c);
    }

    static Blob spooled(Path file, long size, String md5, String crc32c) {
        return new Blob(null, file, size, md5, crc32c);
    }

    public long size() {
        return size;
    }

    public String md5() {
        return md5;
    }

    public String crc32c() {
        return crc32c;
    }

    /** {@return the spool file, when the bytes are not in memory} */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** {@return a new stream over the bytes, from memory or from the spool file} */
    public InputStream open() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes) : Files.newInputStream(file);
    }

    /**
     * {@return the bytes in memory}: a spooled blob is read into a new array, so callers that can stream use
     * {@link #open()} instead
     *
     * @throws ApiError.ContentTooLarge when a spooled blob is too large for one array
     */
    public byte[] bytes() {
        if (file == null) {
            return bytes;
        }
        if (size > Integer.MAX_VALUE - 16) {
            throw new ApiError.ContentTooLarge("The stored file of " + size + " bytes is too large for this "
                    + "operation of the fake server, which needs it in memory.");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spooled upload " + file, e);
        }
    }

    /** Removes the spool file, if any; in-memory bytes are left to the garbage collector. */
    public void delete() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file: deleteOnExit is the fallback
            }
        }
    }

    @Override
    public String toString() {
        return "Blob[" + size + " bytes" + (file == null ? ", in memory" : ", spooled to " + file) + "]";
    }
}
