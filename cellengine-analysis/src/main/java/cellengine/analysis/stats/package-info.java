/**
 * Event tables, membership bitsets, and the statistics of docs/semantics.md#statistics: event counts, percentages,
 * one-pass moments and selection-based order statistics.
 *
 * <p>Statistics that may have no value are boxed {@link java.lang.Double}s that are {@code null} exactly where
 * docs/semantics.md#statistic-definitions says. Unless otherwise stated, passing null to a method or constructor in
 * this package throws {@link java.lang.NullPointerException}.
 */
package cellengine.analysis.stats;
