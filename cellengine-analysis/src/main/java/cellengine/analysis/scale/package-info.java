/**
 * Channel scales (docs/semantics.md#scales): linear, log and arcsinh. Gates are tested on values clamped to the scale's
 * bounds and then transformed; statistics never use scaled values. An experiment's scales are passed around as a
 * map from channel name to {@link cellengine.analysis.scale.Scale}.
 *
 * <p>Unless otherwise stated, passing null to a method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package cellengine.analysis.scale;
