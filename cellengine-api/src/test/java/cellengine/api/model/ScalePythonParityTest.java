package cellengine.api.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.EventTable;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A ported script gets the Python client's numbers: {@code ScaleSet.apply(file, clamp_q=False)} and
 * {@code scale_fn_for_channel} apply the scale function without clamping, and {@code clamp_q=True} clips first.
 * The expected values are Python's {@code apply_scale} written out here: {@code a} for LinearScale,
 * {@code log10(clip(a, FLT_MIN, None))} for LogScale and {@code arcsinh(a / cofactor)} for ArcSinhScale, each
 * rounded to float32 as numpy's {@code dtype="f4"} does; the SDK computes in double, so they agree to float32
 * precision.
 */
class ScalePythonParityTest {

    private static final float FLT_MIN = 1.17549435082228750797e-38f;

    private static final ScaleSet SET = new ScaleSet("5d64abe2ca9df61349ed8e85", "e", "Scale Set 1", List.of(
            new ChannelScale("Time", new LinearScale(1500, 10000)),
            new ChannelScale("SSC-W", new LogScale(1, 80000)),
            new ChannelScale("CD4", new ArcSinhScale(-200, 262144, 150))), null, null);

    /** Python's apply_scale(item, scale, clamp_q), with numpy's float32 result. */
    private static double python(Scale scale, double a, boolean clampQ) {
        double item = clampQ ? Math.min(Math.max(a, scale.minimum()), scale.maximum()) : a;
        if (scale instanceof LinearScale) {
            return item;
        }
        if (scale instanceof LogScale) {
            return (float) Math.log10(Math.max(item, FLT_MIN));
        }
        double z = item / ((ArcSinhScale) scale).cofactor();
        return (float) Math.log(z + Math.sqrt(z * z + 1));
    }

    private static void assertPython(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.max(Math.ulp((float) expected), 1e-12), what);
    }

    @Test
    void scale_set_apply_matches_python_without_clamping_by_default_and_with_clamp_q() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 2000;
        double[][] columns = new double[3][n];
        for (int e = 0; e < n; e++) {
            columns[0][e] = random.nextDouble(-5000, 20000);       // Time beyond [1500, 10000] on both sides
            columns[1][e] = random.nextDouble(-10, 200_000);       // SSC-W below 1 and above 80000
            columns[2][e] = random.nextDouble(-2000, 400_000);     // CD4 beyond [-200, 262144]
        }
        columns[2][0] = -1e6;
        EventTable table = EventTable.of(List.of("Time", "SSC-W", "CD4"), columns, n);
        EventTable byDefault = SET.apply(table);
        EventTable clampQ = SET.apply(table, true);
        for (ChannelScale entry : SET.scales()) {
            String channel = entry.channelName();
            for (int e = 0; e < n; e++) {
                double a = table.column(channel)[e];
                assertPython(python(entry.scale(), a, false), byDefault.column(channel)[e],
                        channel + " " + a + " with clamp_q=False");
                assertPython(python(entry.scale(), a, true), clampQ.column(channel)[e],
                        channel + " " + a + " with clamp_q=True");
            }
        }
    }

    @Test
    void a_scale_function_for_a_channel_matches_python_scale_fn_for_channel() {
        for (ChannelScale entry : SET.scales()) {
            Scale scale = SET.scaleFor(entry.channelName());
            for (double a : new double[] {-1e6, -200, -1, 0, 1, 1500, 88709.07, 262144, 1e7}) {
                assertPython(python(scale, a, false), scale.transform(a), entry.channelName() + " at " + a);
            }
        }
    }
}
