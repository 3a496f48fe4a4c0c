package cellengine.api;

/**
 * Hears how far an upload or a download has come. Called on the thread that moves the bytes (for an upload, the
 * transport's sending thread; for a download, the calling thread), after each chunk of up to 64 KiB, and once more
 * at the end; it must return quickly and must not throw. When an upload is retried the count starts again from
 * zero. Implementations that are shared between calls must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface ProgressListener {

    /**
     * Reports progress.
     *
     * @param bytes the bytes moved so far in this attempt
     * @param total the bytes expected in all, or -1 when unknown (a chunked body, or an answer without
     *     {@code Content-Length})
     */
    void progress(long bytes, long total);

    /** {@return a listener that ignores every report} */
    static ProgressListener none() {
        return (bytes, total) -> { };
    }
}
