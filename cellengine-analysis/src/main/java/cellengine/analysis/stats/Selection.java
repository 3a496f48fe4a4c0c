package cellengine.analysis.stats;

import java.util.Arrays;

/**
 * Introselect: Hoare-partition quickselect with a median-of-three pivot, finishing small ranges by insertion sort
 * and falling back to {@link Arrays#sort(double[], int, int)} of the remaining range after
 * {@code 2·log2(n) + 8} partitions, so the worst case stays O(n log n). Equal keys split evenly (Hoare's scheme
 * swaps them), so columns full of repeated values do not degrade it.
 *
 * <p>The values must contain no NaN (callers move NaN out first); {@code -0.0} and {@code 0.0} compare equal.
 */
final class Selection {

    private static final int INSERTION_LIMIT = 16;

    private Selection() {
    }

    /**
     * Rearranges {@code a[from, to)} so that {@code a[k]} holds the value it would hold sorted, with smaller or
     * equal values before it and larger or equal after; returns {@code a[k]}.
     */
    static double select(double[] a, int from, int to, int k) {
        int lo = from;
        int hi = to - 1;
        int budget = 2 * (32 - Integer.numberOfLeadingZeros(to - from)) + 8;
        while (hi > lo) {
            if (hi - lo < INSERTION_LIMIT) {
                insertionSort(a, lo, hi);
                return a[k];
            }
            if (--budget < 0) {
                Arrays.sort(a, lo, hi + 1);
                return a[k];
            }
            int mid = (lo + hi) >>> 1;
            if (a[mid] < a[lo]) {
                swap(a, mid, lo);
            }
            if (a[hi] < a[lo]) {
                swap(a, hi, lo);
            }
            if (a[hi] < a[mid]) {
                swap(a, hi, mid);
            }
            double pivot = a[mid];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (a[i] < pivot) {
                    i++;
                }
                while (a[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    swap(a, i, j);
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return a[k];
            }
        }
        return a[k];
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
