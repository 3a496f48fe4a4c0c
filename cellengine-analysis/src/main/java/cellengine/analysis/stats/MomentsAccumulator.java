package cellengine.analysis.stats;

/**
 * Accumulates count, mean, the sum of squared deviations and the sum of logarithms chunk by chunk.
 *
 * <p>Each chunk (at most a few thousand values, in cache) is reduced exactly as a two-pass algorithm would: its
 * mean first, then the squared deviations from that mean. Chunks are merged with Chan et al.'s pairwise update
 * {@code M2 = M2a + M2b + δ²·na·nb/n}, so the result has the accuracy of a two-pass computation while the column
 * is read only once. Four independent accumulators per loop break the floating-point dependency chains.
 */
final class MomentsAccumulator {

    private long count;
    private double mean;
    private double m2;
    private long positiveCount;
    private double logSum;

    void addChunk(double[] values, int length) {
        if (length == 0) {
            return;
        }
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < length; i += 4) {
            s0 += values[i];
            s1 += values[i + 1];
            s2 += values[i + 2];
            s3 += values[i + 3];
        }
        for (; i < length; i++) {
            s0 += values[i];
        }
        double chunkMean = ((s0 + s1) + (s2 + s3)) / length;
        double q0 = 0;
        double q1 = 0;
        double l0 = 0;
        double l1 = 0;
        int positives = 0;
        i = 0;
        for (; i + 1 < length; i += 2) {
            double a = values[i];
            double b = values[i + 1];
            double da = a - chunkMean;
            double db = b - chunkMean;
            q0 += da * da;
            q1 += db * db;
            boolean pa = a > 0;
            boolean pb = b > 0;
            // log(1) = 0: non-positive values (and NaN) add nothing, without a branch.
            l0 += Math.log(pa ? a : 1.0);
            l1 += Math.log(pb ? b : 1.0);
            positives += (pa ? 1 : 0) + (pb ? 1 : 0);
        }
        for (; i < length; i++) {
            double a = values[i];
            double da = a - chunkMean;
            q0 += da * da;
            boolean pa = a > 0;
            l0 += Math.log(pa ? a : 1.0);
            positives += pa ? 1 : 0;
        }
        merge(length, chunkMean, q0 + q1);
        logSum += l0 + l1;
        positiveCount += positives;
    }

    private void merge(long chunkCount, double chunkMean, double chunkM2) {
        long total = count + chunkCount;
        double delta = chunkMean - mean;
        mean += delta * ((double) chunkCount / total);
        m2 += chunkM2 + delta * delta * ((double) count * chunkCount / total);
        count = total;
    }

    Moments result() {
        if (count == 0) {
            return Moments.EMPTY;
        }
        Double stddev = count > 1 ? Math.sqrt(m2 / (count - 1)) : null;
        Double cv = stddev != null && mean != 0 ? 100 * stddev / mean : null;
        Double geometricMean = positiveCount > 0 ? Math.exp(logSum / positiveCount) : null;
        return new Moments(count, mean, stddev, cv, geometricMean);
    }
}
