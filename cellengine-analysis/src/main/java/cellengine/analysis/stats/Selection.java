package cellengine.analysis.stats;

import java.util.Arrays;

/**
 * Selection of the k-th smallest value: Floyd–Rivest SELECT (a sample-guided pivot, about 1.5·n comparisons
 * for a median), finishing small ranges by insertion sort and falling back to
 * {@link Arrays#sort(double[], int, int)} of the remaining range after {@code 2·log2(n) + 8} partitions, so the
 * worst case stays O(n log n). The partition stops on keys equal to the pivot from both sides and swaps them, so
 * columns full of repeated values split evenly and do not degrade it.
 *
 * <p>The values must contain no NaN (callers move NaN out first); {@code -0.0} and {@code 0.0} compare equal.
 */
final class Selection {

    private static final int INSERTION_LIMIT = 16;
    private static final int SAMPLING_LIMIT = 600;

    private Selection() {
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value it would hold sorted, with smaller or
     * equal values before it and larger or equal after; returns {@code a[k]}.
     */
    static double select(double[] a, int from, int to, int k) {
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(to - from)) + 8;
        floydRivest(a, from, to - 1, k, budget);
        return a[k];
    }

    /**
     * Floyd–Rivest SELECT on {@code a[left..right]}: for large ranges it first selects within a small sample
     * around the expected position of k, so the partition pivot lands close to the answer and about
     * {@code 1.5·n} comparisons suffice for a median. Small ranges are insertion-sorted; after {@code budget}
     * partitions the rest of the range is sorted, which bounds the worst case.
     */
    private static void floydRivest(double[] a, int left, int right, int k, int budget) {
        while (right > left) {
            if (right - left < INSERTION_LIMIT) {
                insertionSort(a, left, right);
                return;
            }
            if (--budget < 0) {
                Arrays.sort(a, left, right + 1);
                return;
            }
            if (right - left > SAMPLING_LIMIT) {
                double n = right - left + 1;
                double i = k - left + 1;
                double z = Math.log(n);
                double s = 0.5 * Math.exp(2 * z / 3);
                double sd = 0.5 * Math.sqrt(z * s * (n - s) / n) * Math.signum(i - n / 2);
                int sampleLeft = (int) Math.max(left, Math.floor(k - i * s / n + sd));
                int sampleRight = (int) Math.min(right, Math.floor(k + (n - i) * s / n + sd));
                floydRivest(a, sampleLeft, sampleRight, k, budget);
            }
            double t = a[k];
            int i = left;
            int j = right;
            swap(a, left, k);
            if (a[right] > t) {
                swap(a, right, left);
            }
            while (i < j) {
                swap(a, i, j);
                i++;
                j--;
                while (a[i] < t) {
                    i++;
                }
                while (a[j] > t) {
                    j--;
                }
            }
            if (a[left] == t) {
                swap(a, left, j);
            } else {
                j++;
                swap(a, j, right);
            }
            if (j <= k) {
                left = j + 1;
            }
            if (k <= j) {
                right = j - 1;
            }
        }
    }

    /** {@return the smallest of {@code a[from, to)}} */
    static double min(double[] a, int from, int to) {
        double m = a[from];
        for (int i = from + 1; i < to; i++) {
            m = a[i] < m ? a[i] : m;
        }
        return m;
    }

    private static void insertionSort(double[] a, int lo, int hi) {
        for (int i = lo + 1; i <= hi; i++) {
            double v = a[i];
            int j = i - 1;
            while (j >= lo && a[j] > v) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = v;
        }
    }

    private static void swap(double[] a, int i, int j) {
        double t = a[i];
        a[i] = a[j];
        a[j] = t;
    }
}
