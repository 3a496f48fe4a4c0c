package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.faults.FaultInjector;
import cellengine.fakeserver.internal.upload.UploadLimits;
import java.util.Objects;

/**
 * The reliability options of one server: strict validation, the admin API, request limits and fault injection.
 *
 * @param strict whether unknown body fields and query parameters are refused ({@link StrictMode})
 * @param adminApi whether {@code /_fake/...} is served ({@link AdminApi})
 * @param maxRequestBytes the largest request body
 * @param maxJsonBytes the largest body read into memory
 * @param uploads the upload limit and spool threshold
 * @param faults the fault injector
 * @param reset what {@code POST /_fake/reset} does
 */
public record ServerOptions(boolean strict, boolean adminApi, long maxRequestBytes, long maxJsonBytes,
                            UploadLimits uploads, FaultInjector faults, Runnable reset) {

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException when a limit is not positive
     */
    public ServerOptions {
        Objects.requireNonNull(uploads, "uploads");
        Objects.requireNonNull(faults, "faults");
        Objects.requireNonNull(reset, "reset");
        if (maxRequestBytes <= 0 || maxJsonBytes <= 0) {
            throw new IllegalArgumentException("request limits must be positive");
        }
    }
}
