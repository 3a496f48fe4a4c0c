package cellengine.api.model;

/**
 * The special compensation codes of docs/wire.md#compensation-fields, as numbers. {@link CompensationId#ofCode(int)}
 * turns them into values for requests.
 *
 * @since 0.1
 */
public final class Compensations {

    /** No compensation. */
    public static final int UNCOMPENSATED = 0;
    /** Each file's own spillover matrix ({@code FcsFile.spillString}). */
    public static final int FILE_INTERNAL = -1;
    /** Each file's own {@code FcsFile.compensation}; valid in requests and experiments, not on a file. */
    public static final int PER_FILE = -2;

    private Compensations() {
    }
}
