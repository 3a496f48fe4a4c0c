package cellengine.api.param;

/**
 * The subsampling setters of every builder whose request can subsample: before gating (or before anything, for a
 * new FCS file) by count or by fraction, and the seed. The values and their rules live in {@link Subsampling}.
 *
 * @param <B> the concrete builder
 */
abstract class SubsamplingBuilder<B extends SubsamplingBuilder<B>> {

    /** The values set so far; a builder made from a value starts with a copy of the value's. */
    Subsampling subsampling = new Subsampling();

    SubsamplingBuilder() {
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * Subsamples to this many events before gating.
     *
     * @param value zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public B preSubsampleN(int value) {
        subsampling.preN(value);
        return self();
    }

    /**
     * Subsamples to this fraction of the events before gating.
     *
     * @param value from 0 to 1
     * @return this builder
     * @throws IllegalArgumentException when outside 0..1
     */
    public B preSubsampleP(double value) {
        subsampling.preP(value);
        return self();
    }

    /**
     * Seeds the subsampling, for reproducible results.
     *
     * @param value the seed
     * @return this builder
     */
    public B seed(long value) {
        subsampling.seed(value);
        return self();
    }

    /**
     * Adds the setters of subsampling after gating, for requests that gate (event and ZIP exports, plots).
     *
     * @param <B> the concrete builder
     */
    abstract static class Gated<B extends Gated<B>> extends SubsamplingBuilder<B> {

        Gated() {
        }

        /**
         * Subsamples to this many events after gating.
         *
         * @param value zero or more
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public B postSubsampleN(int value) {
            subsampling.postN(value);
            return self();
        }

        /**
         * Subsamples to this fraction of the events after gating.
         *
         * @param value from 0 to 1
         * @return this builder
         * @throws IllegalArgumentException when outside 0..1
         */
        public B postSubsampleP(double value) {
            subsampling.postP(value);
            return self();
        }
    }
}
