package cellengine.api.param;

/**
 * The subsampling accessors of the built values whose builders extend {@link SubsamplingBuilder.Gated}: event and
 * ZIP exports.
 */
abstract class Subsampled {

    /** The values, a copy that nothing changes. */
    final Subsampling subsampling;

    Subsampled(Subsampling subsampling) {
        this.subsampling = subsampling.copy();
    }

    /** {@return the events to keep before gating, or {@code null} when not set} */
    public Integer preSubsampleN() {
        return subsampling.preN();
    }

    /** {@return the fraction (0..1) to keep before gating, or {@code null} when not set} */
    public Double preSubsampleP() {
        return subsampling.preP();
    }

    /** {@return the events to keep after gating, or {@code null} when not set} */
    public Integer postSubsampleN() {
        return subsampling.postN();
    }

    /** {@return the fraction (0..1) to keep after gating, or {@code null} when not set} */
    public Double postSubsampleP() {
        return subsampling.postP();
    }

    /** {@return the subsampling seed, or {@code null} for a pseudo-random one} */
    public Long seed() {
        return subsampling.seed();
    }
}
