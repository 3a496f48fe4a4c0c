/**
 * Channel scales (semantics.md §5): linear, log and arcsinh, applied after clamping to the scale's bounds, and
 * the per-experiment scale set. Gates are tested on scaled values; statistics never use them.
 *
 * <p>Unless otherwise stated, passing null to a method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package cellengine.analysis.scale;
