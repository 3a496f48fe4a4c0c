package cellengine.analysis.population;

/**
 * The gate memberships of one file's events, by gid: what a population expression is evaluated over.
 *
 * <p>{@code cellengine.analysis.gate.FileGating} is the standard implementation; tests and servers may supply
 * their own.
 *
 * @since 0.1
 */
public interface GateMemberships {

    /** {@return the number of events in the file} */
    int eventCount();

    /**
     * Returns the events inside the gate (or compound-gate sector) with this gid, selected for the file.
     * A gid with no gate for the file, or a compound gate's top-level gid, gives an empty bitset (D9,
     * docs/semantics.md#sector-gids).
     *
     * @param gid a simple gate's gid or a compound gate's sector gid
     * @return a bitset of {@code (eventCount() + 63) >>> 6} words with no bits beyond {@code eventCount()}; it may
     *     be shared, so callers must not modify it
     */
    long[] members(String gid);
}
