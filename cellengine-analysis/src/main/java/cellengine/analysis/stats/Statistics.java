package cellengine.analysis.stats;

/**
 * Event counts and percentages of populations (docs/semantics.md#statistic-definitions,
 * docs/semantics.md#percent-reference).
 *
 * <p>{@code percent = 100 · n / n_ref}, on a 0–100 scale, where the reference is the parent population, a
 * given population, or Ungated (all events of the file). It is null when the reference is empty (D13), and 0
 * for an empty population with a non-empty reference. Counts only are compared: a population that is not a
 * subset of its reference can exceed 100.
 *
 * @since 0.1
 */
public final class Statistics {

    private Statistics() {
    }

    /**
     * {@return the number of events in a population}
     *
     * @param members the population's bitset
     */
    public static int eventCount(long[] members) {
        return Bitsets.count(members);
    }

    /**
     * {@return {@code 100 · count / referenceCount}, or null when {@code referenceCount} is 0}
     *
     * @param count the population's event count, >= 0
     * @param referenceCount the reference population's event count, >= 0
     */
    public static Double percent(long count, long referenceCount) {
        if (count < 0 || referenceCount < 0) {
            throw new IllegalArgumentException("event counts must be >= 0, were " + count + " and "
                    + referenceCount);
        }
        return referenceCount == 0 ? null : 100.0 * count / referenceCount;
    }

    /**
     * {@return the population's percentage of a reference population (its parent, or any population), or null
     * when the reference is empty}
     *
     * @param members the population's bitset
     * @param reference the reference population's bitset, of the same length
     */
    public static Double percentOf(long[] members, long[] reference) {
        if (members.length != reference.length) {
            throw new IllegalArgumentException("bitsets differ in length: " + members.length + " and "
                    + reference.length + " words");
        }
        return percent(Bitsets.count(members), Bitsets.count(reference));
    }

    /**
     * {@return the population's percentage of all events of the file (Ungated), or null when the file has none}
     *
     * @param members the population's bitset
     * @param eventCount the file's event count
     */
    public static Double percentOfUngated(long[] members, int eventCount) {
        Bitsets.checkTail(members, eventCount, "members");
        return percent(Bitsets.count(members), eventCount);
    }
}
