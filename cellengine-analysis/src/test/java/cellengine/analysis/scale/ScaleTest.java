package cellengine.analysis.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;

class ScaleTest {

    @Test
    void live_reference_values_of_semantics_5_3_are_reproduced() {
        LinearScale time = new LinearScale(1500, 10000);
        assertEquals(1500, time.clampAndTransform(1108.4));
        assertEquals(10000, time.clampAndTransform(10923.5));
        assertEquals(4.333009, new ArcSinhScale(-200, 262144, 5).clampAndTransform(190.4), 5e-7);
        assertEquals(4.90309, new LogScale(1, 80000).clampAndTransform(88709.07), 5e-6);
    }

    @Test
    void transform_never_clamps_as_the_python_scale_function_does_not() {
        assertEquals(1108.4, new LinearScale(1500, 10000).transform(1108.4));
        assertEquals(Math.log10(88709.07), new LogScale(1, 80000).transform(88709.07));
        assertEquals(ArcSinhScale.asinh(-1e9 / 150), new ArcSinhScale(-200, 1000, 150).transform(-1e9));
        double[] in = {-5000, 5, 1e6};
        double[] out = new double[3];
        new LinearScale(0, 10).transform(in, out, 3);
        assertArrayEquals(in, out, "bulk transform leaves values outside the bounds where they are");
    }

    @Test
    void clamping_happens_before_the_transform() {
        ArcSinhScale asinh = new ArcSinhScale(-200, 1000, 150);
        assertEquals(ArcSinhScale.asinh(-200.0 / 150), asinh.clampAndTransform(-1e9));
        assertEquals(ArcSinhScale.asinh(1000.0 / 150), asinh.clampAndTransform(5000));
        assertEquals(Math.log10(80000), new LogScale(1, 80000).clampAndTransform(1e12));
        assertEquals(0.0, new LogScale(1, 80000).clampAndTransform(-5));
    }

    @Test
    void log_scale_with_a_minimum_at_or_below_zero_is_guarded_with_flt_min() {
        LogScale log = new LogScale(-10, 100);
        assertEquals(Math.log10(Float.MIN_NORMAL), log.clampAndTransform(-3));
        assertEquals(Math.log10(Float.MIN_NORMAL), log.clampAndTransform(0));
        assertEquals(Math.log10(Float.MIN_NORMAL), log.transform(-1));
        assertTrue(Double.isFinite(new LogScale(-5, -1).clampAndTransform(3)));
    }

    @Test
    void arcsinh_is_odd_and_accurate_from_tiny_to_huge_arguments() {
        double[] zs = {0, 1e-300, 1e-9, 5e-4, 9.99e-4, 1e-3, 0.5, 1, 38.08, 1e6, 1e160};
        for (double z : zs) {
            double expected = referenceAsinh(z);
            double got = ArcSinhScale.asinh(z);
            assertEquals(expected, got, Math.abs(expected) * 1e-13, "asinh(" + z + ")");
            assertEquals(-got, ArcSinhScale.asinh(-z), "asinh(-" + z + ")");
        }
        assertTrue(Double.isNaN(ArcSinhScale.asinh(Double.NaN)));
    }

    @Test
    void bulk_calls_equal_scalar_calls_for_every_scale_type() {
        SplittableRandom random = new SplittableRandom(5);
        double[] in = new double[1000];
        for (int i = 0; i < in.length; i++) {
            in[i] = random.nextDouble(-5000, 300000);
        }
        in[0] = Double.NaN;
        Scale[] scales = {new LinearScale(1, 262144), new LogScale(1, 262144), new LogScale(-1, 10),
            new ArcSinhScale(-200, 262144, 150)};
        assertEquals(3, Scale.class.getPermittedSubclasses().length, "every scale type is listed above");
        for (Scale scale : scales) {
            double[] out = scale.clampAndTransform(in, in.length);
            double[] unclamped = new double[in.length];
            scale.transform(in, unclamped, in.length);
            for (int i = 0; i < in.length; i++) {
                assertEquals(scale.clampAndTransform(in[i]), out[i], 0.0, scale + " at " + in[i]);
                assertEquals(scale.transform(in[i]), unclamped[i], 0.0, scale + " unclamped at " + in[i]);
            }
            assertTrue(Double.isNaN(out[0]) && Double.isNaN(unclamped[0]), "NaN stays NaN in " + scale);
        }
    }

    @Test
    void bulk_calls_may_write_in_place() {
        double[] values = {-1, 5, 20};
        new LinearScale(0, 10).clampAndTransform(values, values, 3);
        assertArrayEquals(new double[] {0, 5, 10}, values);
    }

    @Test
    void invalid_scales_are_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new LinearScale(10, 1));
        assertThrows(IllegalArgumentException.class, () -> new LogScale(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> new ArcSinhScale(0, 1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArcSinhScale(0, 1, -150));
        assertTrue(e.getMessage().contains("cofactor"), e.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> new LinearScale(0, 1).clampAndTransform(new double[2],
                new double[1], 2));
        assertThrows(IndexOutOfBoundsException.class, () -> new LinearScale(0, 1).transform(new double[2],
                new double[1], 2));
    }

    /** asinh(z) = ln(z + sqrt(z² + 1)) in 50-digit decimal arithmetic, the log taken on the reduced mantissa. */
    private static double referenceAsinh(double z) {
        if (Math.abs(z) < 1e-5) {
            return z - z * z * z / 6;
        }
        if (z > 1e100) {
            return Math.log(2 * (z / 1e100)) + 100 * Math.log(10);
        }
        MathContext mc = new MathContext(50);
        BigDecimal x = new BigDecimal(z);
        BigDecimal s = x.multiply(x, mc).add(BigDecimal.ONE).sqrt(mc).add(x, mc);
        // ln(s) = ln(1 + t) with t = s - 1 computed exactly, via its series when t is small.
        BigDecimal t = s.subtract(BigDecimal.ONE, mc);
        if (t.abs().compareTo(new BigDecimal("0.01")) < 0) {
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal power = t;
            for (int k = 1; k < 40; k++) {
                BigDecimal term = power.divide(BigDecimal.valueOf(k), mc);
                sum = (k % 2 == 1) ? sum.add(term, mc) : sum.subtract(term, mc);
                power = power.multiply(t, mc);
            }
            return sum.doubleValue();
        }
        return Math.log(s.doubleValue());
    }
}
