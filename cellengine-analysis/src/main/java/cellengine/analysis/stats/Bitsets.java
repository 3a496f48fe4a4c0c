package cellengine.analysis.stats;

import java.util.Objects;

/**
 * Operations on event membership bitsets.
 *
 * <p>A membership bitset for {@code n} events is a {@code long[]} of {@link #words(int) words(n)} words: event
 * {@code i} is bit {@code i & 63} of word {@code i >>> 6}. Bits at or beyond {@code n} in the last word are
 * always zero; every method here keeps that invariant and {@link #checkTail} verifies it.
 *
 * <p>The loops work word by word (64 events per step), with no per-event work.
 *
 * @since 0.1
 */
public final class Bitsets {

    private Bitsets() {
    }

    /**
     * {@return the number of words needed for {@code eventCount} events}
     *
     * @param eventCount the number of events, >= 0
     */
    public static int words(int eventCount) {
        if (eventCount < 0) {
            throw new IllegalArgumentException("eventCount must be >= 0, was " + eventCount);
        }
        return (eventCount + 63) >>> 6;
    }

    /**
     * {@return a bitset with no events}
     *
     * @param eventCount the number of events
     */
    public static long[] none(int eventCount) {
        return new long[words(eventCount)];
    }

    /**
     * {@return a bitset holding all {@code eventCount} events}
     *
     * @param eventCount the number of events
     */
    public static long[] all(int eventCount) {
        long[] bits = new long[words(eventCount)];
        java.util.Arrays.fill(bits, -1L);
        clearTail(bits, eventCount);
        return bits;
    }

    /**
     * {@return the mask of valid bits in the last word for {@code eventCount} events} All ones when
     * {@code eventCount} is a multiple of 64.
     *
     * @param eventCount the number of events
     */
    public static long tailMask(int eventCount) {
        int rest = eventCount & 63;
        return rest == 0 ? -1L : (1L << rest) - 1;
    }

    /**
     * Clears the bits at or beyond {@code eventCount}.
     *
     * @param bits the bitset
     * @param eventCount the number of events
     */
    public static void clearTail(long[] bits, int eventCount) {
        int words = words(eventCount);
        if (words > 0) {
            bits[words - 1] &= tailMask(eventCount);
        }
    }

    /**
     * Checks that {@code bits} is a well-formed bitset for {@code eventCount} events.
     *
     * @param bits the bitset
     * @param eventCount the number of events
     * @param what how to name the bitset in a message
     * @throws IllegalArgumentException if it has the wrong length or bits set beyond {@code eventCount}
     */
    public static void checkTail(long[] bits, int eventCount, String what) {
        Objects.requireNonNull(bits, what);
        int words = words(eventCount);
        if (bits.length != words) {
            throw new IllegalArgumentException(what + " has " + bits.length + " words; " + eventCount
                    + " events need " + words);
        }
        if (words > 0 && (bits[words - 1] & ~tailMask(eventCount)) != 0) {
            throw new IllegalArgumentException(what + " has bits set beyond event " + (eventCount - 1));
        }
    }

    /**
     * {@return the number of events in the bitset}
     *
     * @param bits the bitset
     */
    public static int count(long[] bits) {
        int count = 0;
        for (long word : bits) {
            count += Long.bitCount(word);
        }
        return count;
    }

    /**
     * {@return whether event {@code index} is in the bitset}
     *
     * @param bits the bitset
     * @param index the event index
     */
    public static boolean contains(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    /**
     * {@return a bitset holding the listed events}
     *
     * @param eventCount the number of events
     * @param indexes event indexes in {@code [0, eventCount)}, in any order, repeats allowed
     * @throws IndexOutOfBoundsException if an index is out of range
     */
    public static long[] of(int eventCount, int... indexes) {
        long[] bits = none(eventCount);
        for (int index : indexes) {
            Objects.checkIndex(index, eventCount);
            bits[index >>> 6] |= 1L << index;
        }
        return bits;
    }

    /**
     * {@return the indexes of the events in the bitset, ascending}
     *
     * @param bits the bitset
     */
    public static int[] toIndexes(long[] bits) {
        int[] indexes = new int[count(bits)];
        int k = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            while (word != 0) {
                indexes[k++] = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
            }
        }
        return indexes;
    }

    /**
     * Intersects {@code target} with {@code other} in place.
     *
     * @param target the bitset to change
     * @param other the bitset to intersect with, of the same length
     */
    public static void andInto(long[] target, long[] other) {
        checkSameLength(target, other);
        for (int w = 0; w < target.length; w++) {
            target[w] &= other[w];
        }
    }

    /**
     * Unites {@code target} with {@code other} in place.
     *
     * @param target the bitset to change
     * @param other the bitset to unite with, of the same length
     */
    public static void orInto(long[] target, long[] other) {
        checkSameLength(target, other);
        for (int w = 0; w < target.length; w++) {
            target[w] |= other[w];
        }
    }

    /**
     * Complements {@code target} in place, within {@code eventCount} events.
     *
     * @param target the bitset to change
     * @param eventCount the number of events
     */
    public static void notInPlace(long[] target, int eventCount) {
        for (int w = 0; w < target.length; w++) {
            target[w] = ~target[w];
        }
        clearTail(target, eventCount);
    }

    /**
     * {@return the number of events in both bitsets}
     *
     * @param a a bitset
     * @param b a bitset of the same length
     */
    public static int countAnd(long[] a, long[] b) {
        checkSameLength(a, b);
        int count = 0;
        for (int w = 0; w < a.length; w++) {
            count += Long.bitCount(a[w] & b[w]);
        }
        return count;
    }

    private static void checkSameLength(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("bitsets differ in length: " + a.length + " and " + b.length
                    + " words");
        }
    }
}
