/**
 * CompensationMatrix (docs/semantics.md#compensation): a spill matrix over named channels, inverted once by LU
 * decomposition with partial pivoting and applied to events as {@code x · S⁻¹}.
 *
 * <p>Unless otherwise stated, passing null to a method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package cellengine.analysis.compensation;
