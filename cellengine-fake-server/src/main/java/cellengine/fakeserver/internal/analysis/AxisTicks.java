package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LogScale;
import cellengine.analysis.scale.Scale;
import cellengine.fakeserver.internal.json.JsonNumbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick positions and labels for an axis in scaled space: data values chosen for the channel's scale (decades
 * for log scales; 0 and ±10^k for arcsinh scales; 1-2-5 steps for linear scales and counts), placed at their
 * scaled position and labelled with the unscaled value ({@code 50k}, {@code 1M}).
 */
final class AxisTicks {

    /** One tick: its scaled position and label. */
    record Tick(double position, String label) {
    }

    private AxisTicks() {
    }

    /**
     * @param scale the channel's scale, or null for a plain linear axis (histogram counts)
     * @param lo the scaled value at the axis start
     * @param hi the scaled value at the axis end
     * @param pixels the axis length, to keep ticks apart
     */
    static List<Tick> of(Scale scale, double lo, double hi, int pixels) {
        List<Tick> ticks = new ArrayList<>();
        double minGap = (hi - lo) * 14.0 / Math.max(1, pixels);
        if (scale instanceof LogScale) {
            for (int k = (int) Math.ceil(lo); k <= Math.floor(hi) && ticks.size() < 40; k++) {
                add(ticks, k, label(Math.pow(10, k)), minGap);
            }
        } else if (scale instanceof ArcSinhScale) {
            double cofactor = ((ArcSinhScale) scale).cofactor();
            List<Double> values = new ArrayList<>();
            for (int k = 8; k >= 1; k--) {
                values.add(-Math.pow(10, k));
            }
            values.add(0.0);
            for (int k = 1; k <= 8; k++) {
                values.add(Math.pow(10, k));
            }
            for (double v : values) {
                double at = scale.transform(v);
                if (at >= lo && at <= hi) {
                    add(ticks, at, label(v), minGap);
                }
            }
        } else {
            double step = niceStep((hi - lo) / 5);
            for (double v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9 && ticks.size() < 40; v += step) {
                add(ticks, v, label(Math.abs(v) < step * 1e-9 ? 0 : v), minGap);
            }
        }
        return ticks;
    }

    private static void add(List<Tick> ticks, double at, String label, double minGap) {
        if (ticks.isEmpty() || at - ticks.get(ticks.size() - 1).position() >= minGap) {
            ticks.add(new Tick(at, label));
        }
    }

    static double niceStep(double rough) {
        if (!(rough > 0) || !Double.isFinite(rough)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double f = rough / magnitude;
        return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * magnitude;
    }

    /** {@return a short label: 0, 250, 1.5k, 50k, 1M} */
    static String label(double v) {
        double a = Math.abs(v);
        if (a >= 1e6) {
            return JsonNumbers.text(round(v / 1e6)) + "M";
        }
        if (a >= 1e3) {
            return JsonNumbers.text(round(v / 1e3)) + "k";
        }
        return JsonNumbers.text(round(v));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
