/**
 * Population expressions ({@code $and}, {@code $or}, {@code $not}, {@code $xor} over gids,
 * docs/semantics.md#populations), parsed from JSON-like values and evaluated word by word into bitsets.
 *
 * <p>Unless otherwise stated, passing null to a method or constructor in this package throws
 * {@link java.lang.NullPointerException}.
 */
package cellengine.analysis.population;
