package cellengine.analysis.fcs;

import java.nio.ByteOrder;

/**
 * {@code $BYTEORD}: the significance of each stored byte. {@code 1,2,3,4} and {@code 1,2} are little-endian,
 * {@code 4,3,2,1} and {@code 2,1} big-endian; any other permutation is a mixed order that applies to values of
 * exactly that many bytes.
 */
final class ByteOrderSpec {

    static final ByteOrderSpec LITTLE = new ByteOrderSpec(new int[] {0, 1, 2, 3});

    /** {@code shifts[j]} is the bit shift of stored byte j (0 for the least significant byte). */
    private final int[] shifts;
    private final boolean little;
    private final boolean big;

    private ByteOrderSpec(int[] shifts) {
        this.shifts = shifts;
        boolean ascending = true;
        boolean descending = true;
        for (int j = 0; j < shifts.length; j++) {
            ascending &= shifts[j] == j;
            descending &= shifts[j] == shifts.length - 1 - j;
        }
        this.little = ascending;
        this.big = descending && !ascending;
    }

    static ByteOrderSpec parse(String value, boolean required) throws FcsFormatException {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new FcsFormatException("$BYTEORD", "required keyword is missing");
            }
            return LITTLE;
        }
        String[] parts = value.strip().split(",");
        if (parts.length < 1 || parts.length > 8) {
            throw bad(value);
        }
        int[] shifts = new int[parts.length];
        boolean[] seen = new boolean[parts.length];
        for (int j = 0; j < parts.length; j++) {
            String s = parts[j].strip();
            if (s.length() != 1 || s.charAt(0) < '1' || s.charAt(0) > '0' + parts.length) {
                throw bad(value);
            }
            int significance = s.charAt(0) - '1';
            if (seen[significance]) {
                throw bad(value);
            }
            seen[significance] = true;
            shifts[j] = significance;
        }
        return new ByteOrderSpec(shifts);
    }

    private static FcsFormatException bad(String value) {
        return new FcsFormatException("$BYTEORD", "expected a permutation such as 1,2,3,4 or 4,3,2,1, found '"
                + Numbers.shorten(value) + "'");
    }

    boolean isMixed() {
        return !little && !big;
    }

    int size() {
        return shifts.length;
    }

    ByteOrder order() {
        return big ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    boolean isBigEndian() {
        return big;
    }

    /** {@return the unsigned value of the {@link #size()} bytes at {@code at}, in this mixed order} */
    long assemble(byte[] bytes, int at) {
        long v = 0;
        for (int j = 0; j < shifts.length; j++) {
            v |= (long) (bytes[at + j] & 0xFF) << (8 * shifts[j]);
        }
        return v;
    }
}
