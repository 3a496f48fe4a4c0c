package cellengine.fakeserver.internal.upload;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How uploads are received: the largest file part (413 above it, checked while the body streams in, so a chunked
 * upload is refused too), and the size above which the part is spooled to a temporary file instead of memory.
 *
 * @param maxUploadBytes the largest uploaded file, in bytes
 * @param spoolThresholdBytes file parts larger than this are written to a temporary file
 * @param spoolDirectory where those files go, or null for the system's temporary folder
 */
public record UploadLimits(long maxUploadBytes, long spoolThresholdBytes, Path spoolDirectory) {

    /** The service's limit for one FCS file (docs/wire.md#limits): about 2.3 GB. */
    public static final long SERVICE_MAX_UPLOAD_BYTES = 2_300_000_000L;

    /** The default spool threshold: 64 MiB. */
    public static final long DEFAULT_SPOOL_THRESHOLD_BYTES = 64L * 1024 * 1024;

    /** {@return the defaults: the service's upload limit, spooling above 64 MiB} */
    public static UploadLimits defaults() {
        return new UploadLimits(SERVICE_MAX_UPLOAD_BYTES, DEFAULT_SPOOL_THRESHOLD_BYTES, null);
    }

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException when a limit is not positive, the threshold exceeds what one array holds, or
     *     the spool directory is not a directory
     */
    public UploadLimits {
        if (maxUploadBytes <= 0) {
            throw new IllegalArgumentException("maxUploadBytes must be positive, was " + maxUploadBytes);
        }
        if (spoolThresholdBytes < 0 || spoolThresholdBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("spoolThresholdBytes must be 0 to " + (Integer.MAX_VALUE - 16)
                    + ", was " + spoolThresholdBytes);
        }
        if (spoolDirectory != null && !Files.isDirectory(spoolDirectory)) {
            throw new IllegalArgumentException("spoolDirectory must be an existing directory, was " + spoolDirectory);
        }
    }
}
