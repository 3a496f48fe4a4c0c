package cellengine.analysis.fcs;

import java.util.Arrays;

/**
 * One parameter's channel values, held once in the narrowest exact primitive type: {@code float[]} for float32
 * data and integers of up to 24 significant bits, {@code double[]} otherwise.
 */
abstract sealed class Column permits Column.Floats, Column.Doubles {

    /** {@return the number of events} */
    abstract int size();

    /** {@return the value of event {@code i}} */
    abstract double get(int i);

    /** {@return a new array holding every value as a double} */
    abstract double[] toDoubles();

    /** {@return a new column with the values at {@code indices}, in that order (indices already checked)} */
    abstract Column select(int[] indices);

    /** {@return a new column with the {@code count} values whose bits are set in {@code bits}} */
    abstract Column select(long[] bits, int count);

    static Column of(Object array) {
        return array instanceof float[] ? new Floats((float[]) array) : new Doubles((double[]) array);
    }

    /** Float storage. */
    static final class Floats extends Column {
        final float[] values;

        Floats(float[] values) {
            this.values = values;
        }

        @Override
        int size() {
            return values.length;
        }

        @Override
        double get(int i) {
            return values[i];
        }

        @Override
        double[] toDoubles() {
            float[] v = values;
            double[] out = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                out[i] = v[i];
            }
            return out;
        }

        @Override
        Column select(int[] indices) {
            float[] out = new float[indices.length];
            for (int i = 0; i < indices.length; i++) {
                out[i] = values[indices[i]];
            }
            return new Floats(out);
        }

        @Override
        Column select(long[] bits, int count) {
            float[] out = new float[count];
            int k = 0;
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    out[k++] = values[(w << 6) + Long.numberOfTrailingZeros(word)];
                    word &= word - 1;
                }
            }
            return new Floats(out);
        }
    }

    /** Double storage. */
    static final class Doubles extends Column {
        final double[] values;

        Doubles(double[] values) {
            this.values = values;
        }

        @Override
        int size() {
            return values.length;
        }

        @Override
        double get(int i) {
            return values[i];
        }

        @Override
        double[] toDoubles() {
            return values.clone();
        }

        @Override
        Column select(int[] indices) {
            double[] out = new double[indices.length];
            for (int i = 0; i < indices.length; i++) {
                out[i] = values[indices[i]];
            }
            return new Doubles(out);
        }

        @Override
        Column select(long[] bits, int count) {
            double[] out = new double[count];
            int k = 0;
            for (int w = 0; w < bits.length; w++) {
                long word = bits[w];
                while (word != 0) {
                    out[k++] = values[(w << 6) + Long.numberOfTrailingZeros(word)];
                    word &= word - 1;
                }
            }
            return new Doubles(out);
        }
    }

    static Object grow(Object array, int capacity) {
        return array instanceof float[] ? Arrays.copyOf((float[]) array, capacity)
                : Arrays.copyOf((double[]) array, capacity);
    }
}
