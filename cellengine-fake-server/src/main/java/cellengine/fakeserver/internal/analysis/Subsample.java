package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.ApiError;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One subsampling stage of an export or a derived file (docs/semantics.md#selecting-events, suggested defaults of
 * docs/semantics.md#project-defaults): keep {@code n} events, or {@code round(p · available)}; {@code n} at or above
 * the available count keeps them all; the kept events stay in their original order.
 *
 * <p>The choice is a partial Fisher–Yates shuffle driven by a {@link SplittableRandom}: for {@code i} from 0 to
 * {@code k − 1}, swap position {@code i} with {@code i + rng.nextInt(m − i)}; the first {@code k} positions are
 * then sorted back into event order. With the same seed, input and stage order, the same events come out.
 *
 * @param n how many events to keep, or null
 * @param p the fraction to keep, in [0, 1], or null
 */
record Subsample(Integer n, Double p) {

    static final Subsample NONE = new Subsample(null, null);

    /**
     * @throws ApiError.BadRequest when both are given ({@code stage} names the parameters)
     */
    static Subsample of(String stage, Integer n, Double p) {
        if (n != null && p != null) {
            throw new ApiError.BadRequest("Give either \"" + stage + "N\" or \"" + stage + "P\", not both.");
        }
        return new Subsample(n, p);
    }

    boolean isNone() {
        return n == null && p == null;
    }

    /** {@return the kept subset of {@code events} (ascending event indices), in ascending order} */
    int[] apply(int[] events, SplittableRandom rng) {
        if (isNone()) {
            return events;
        }
        int m = events.length;
        long wanted = n != null ? n : Math.round(p * m);
        if (wanted >= m) {
            return events;
        }
        int k = (int) wanted;
        int[] shuffled = events.clone();
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(m - i);
            int t = shuffled[i];
            shuffled[i] = shuffled[j];
            shuffled[j] = t;
        }
        int[] kept = Arrays.copyOf(shuffled, k);
        Arrays.sort(kept);
        return kept;
    }
}
