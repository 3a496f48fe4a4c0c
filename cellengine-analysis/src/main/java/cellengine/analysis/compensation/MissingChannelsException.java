package cellengine.analysis.compensation;

import java.util.List;

/**
 * Thrown when a compensation names channels that the event table does not have.
 *
 * @since 0.1
 */
public final class MissingChannelsException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The compensation channels the event table lacks. */
    private final List<String> missing;

    MissingChannelsException(List<String> missing, List<String> available) {
        super("the compensation's channels " + missing + " are missing from the event table, which has "
                + available);
        this.missing = List.copyOf(missing);
    }

    /** {@return the channel names that were not found, in compensation order} */
    public List<String> missing() {
        return missing;
    }
}
