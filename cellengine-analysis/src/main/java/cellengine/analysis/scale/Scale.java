package cellengine.analysis.scale;

import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A channel scale (docs/semantics.md#scales): linear, log or arcsinh, with the bounds {@code [minimum, maximum]} of the
 * channel's axis. Gates are tested on values clamped to the bounds and then transformed
 * ({@link #clampAndTransform(double)}); statistics never use scaled values.
 *
 * <p>{@link #transform(double)} applies the scale's function alone, as the Python client's
 * {@code scale_fn_for_channel} and {@code ScaleSet.apply(file)} do by default; {@link #clampAndTransform(double)} is
 * Python's {@code clamp_q=True}. There is no method that does one or the other silently.
 *
 * <p>NaN stays NaN through clamping and every transform, so a NaN value falls in no gate.
 *
 * @since 0.1
 */
public sealed interface Scale permits LinearScale, LogScale, ArcSinhScale {

    /** {@return the lower clamping bound} */
    double minimum();

    /** {@return the upper clamping bound} */
    double maximum();

    /**
     * {@return the scale function f applied to {@code x} without clamping} (Python's scale function). For
     * {@link LogScale} the argument is guarded with {@code max(x, FLT_MIN)}.
     *
     * @param x a value
     */
    double transform(double x);

    /**
     * {@return {@code f(min(max(x, minimum), maximum))}: the value clamped, then transformed, as gating sees it}
     *
     * @param x a value
     */
    default double clampAndTransform(double x) {
        return transform(clamp(x));
    }

    /**
     * {@return {@code x} clamped to {@code [minimum, maximum]}; NaN stays NaN}
     *
     * @param x a value
     */
    default double clamp(double x) {
        return Math.min(Math.max(x, minimum()), maximum());
    }

    /**
     * Clamps and transforms the first {@code n} values of {@code in} into {@code out} (which may be {@code in}),
     * as gating does.
     *
     * @param in the values
     * @param out receives the scaled values
     * @param n the number of values
     * @throws IndexOutOfBoundsException if an array holds fewer than {@code n} values
     */
    void clampAndTransform(double[] in, double[] out, int n);

    /**
     * {@return a new array with the first {@code n} values of {@code in} clamped and transformed}
     *
     * @param in the values
     * @param n the number of values
     */
    default double[] clampAndTransform(double[] in, int n) {
        double[] out = new double[n];
        clampAndTransform(in, out, n);
        return out;
    }

    /**
     * Transforms the first {@code n} values of {@code in} into {@code out} (which may be {@code in}) without
     * clamping.
     *
     * @param in the values
     * @param out receives the transformed values
     * @param n the number of values
     * @throws IndexOutOfBoundsException if an array holds fewer than {@code n} values
     */
    default void transform(double[] in, double[] out, int n) {
        checkBulk(in, out, n);
        for (int i = 0; i < n; i++) {
            out[i] = transform(in[i]);
        }
    }

    /**
     * {@return the scale of a channel in an experiment's scales}
     *
     * @param scales the scales by channel name ($PnN)
     * @param channel the channel name
     * @throws NoSuchElementException when there is none; the message names the channel and the channels that have one
     */
    static Scale of(Map<String, ? extends Scale> scales, String channel) {
        Scale scale = scales.get(channel);
        if (scale == null) {
            throw new NoSuchElementException("the scale set has no scale for channel '" + channel
                    + "'; it has scales for " + new TreeSet<>(scales.keySet()));
        }
        return scale;
    }

    /**
     * Checks the bounds of a scale's record constructor.
     *
     * @param type the scale's type, for the message
     * @param minimum the lower bound
     * @param maximum the upper bound
     * @throws IllegalArgumentException when a bound is not finite or the minimum is above the maximum
     */
    static void checkBounds(String type, double minimum, double maximum) {
        if (!Double.isFinite(minimum) || !Double.isFinite(maximum)) {
            throw new IllegalArgumentException(type + " bounds must be finite, were minimum " + minimum
                    + " and maximum " + maximum);
        }
        if (minimum > maximum) {
            throw new IllegalArgumentException(type + " minimum " + minimum + " is above its maximum " + maximum);
        }
    }

    /**
     * Checks a bulk call's arguments.
     *
     * @param in the input values
     * @param out the output array
     * @param n how many values to use from each
     * @throws IndexOutOfBoundsException when either array is shorter than {@code n}
     */
    static void checkBulk(double[] in, double[] out, int n) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(out, "out");
        Objects.checkFromToIndex(0, n, Math.min(in.length, out.length));
    }
}
