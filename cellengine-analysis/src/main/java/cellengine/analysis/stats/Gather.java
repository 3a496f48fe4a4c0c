package cellengine.analysis.stats;

/** Copies the member values of a column into a dense buffer, 64 events (one bitset word) at a time. */
final class Gather {

    private Gather() {
    }

    /**
     * Copies the values of the members in words {@code [fromWord, toWord)} into {@code out} from index 0.
     *
     * @return the number of values copied
     */
    static int members(double[] column, long[] members, int fromWord, int toWord, double[] out) {
        int k = 0;
        for (int w = fromWord; w < toWord; w++) {
            long word = members[w];
            int base = w << 6;
            if (word == -1L) {
                System.arraycopy(column, base, out, k, 64);
                k += 64;
            } else {
                while (word != 0) {
                    out[k++] = column[base + Long.numberOfTrailingZeros(word)];
                    word &= word - 1;
                }
            }
        }
        return k;
    }
}
