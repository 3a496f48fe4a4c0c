package cellengine.api;

import java.util.Objects;

/**
 * A by-name lookup did not find exactly one resource. Names are not unique on the server, so ambiguity is an error
 * on the client side (see docs/wire.md#name-lookup).
 *
 * <p>The message names the kind of resource, where the Python client says only "Resource":
 * {@code no experiment is named 'Run 7'} and {@code more than one FCS file is named 'A1.fcs'; use its id}.
 *
 * @since 0.1
 */
public class NameLookupException extends CellEngineException {

    private static final long serialVersionUID = 1L;

    /** The kind of resource. */
    private final String resourceType;
    /** The name looked up. */
    private final String name;
    /** How many matched. */
    private final int matchCount;

    /**
     * Creates the exception.
     *
     * @param resourceType the kind of resource looked up, such as {@code "experiment"}
     * @param name the name looked up
     * @param matchCount how many matched: 0, or 2 or more (lookups ask for at most 2)
     */
    public NameLookupException(String resourceType, String name, int matchCount) {
        super(message(resourceType, name, matchCount));
        this.resourceType = Objects.requireNonNull(resourceType, "resourceType");
        this.name = Objects.requireNonNull(name, "name");
        if (matchCount < 0 || matchCount == 1) {
            throw new IllegalArgumentException("matchCount must be 0 or at least 2, was " + matchCount);
        }
        this.matchCount = matchCount;
    }

    private static String message(String resourceType, String name, int matchCount) {
        return matchCount == 0 ? "no " + resourceType + " is named '" + name + "'"
                : "more than one " + resourceType + " is named '" + name + "'; use its id";
    }

    /** {@return the kind of resource looked up, such as {@code "experiment"} or {@code "folder"}} */
    public String resourceType() {
        return resourceType;
    }

    /** {@return the name looked up} */
    public String name() {
        return name;
    }

    /** {@return how many resources matched: 0, or at least 2 (lookups stop counting at 2)} */
    public int matchCount() {
        return matchCount;
    }
}
