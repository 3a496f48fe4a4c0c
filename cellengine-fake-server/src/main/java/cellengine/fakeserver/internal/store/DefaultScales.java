package cellengine.fakeserver.internal.store;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.analysis.scale.Scale;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The scale a channel gets when a file first brings it into an experiment (docs/semantics.md#default-scales, the
 * suggested defaults of docs/semantics.md#project-defaults): a {@code $PnD} display keyword wins ({@code
 * Linear,min,max} → LinearScale; {@code Logarithmic,decades,offset} → LogScale {@code [offset, offset · 10^decades]});
 * otherwise names starting with FSC or SSC get {@code LinearScale [1, max]}, {@code Time} gets {@code LinearScale [0,
 * max]}, and every other channel {@code ArcSinhScale [-200, max]} with cofactor 150. {@code max} is {@code $PnR} in
 * scale values (after {@code $PnE}/{@code $PnG} decoding), 262144 when the file has no usable {@code $PnR}.
 */
final class DefaultScales {

    static final double FALLBACK_MAXIMUM = 262144;

    private DefaultScales() {
    }

    /** {@return channel name → default scale, in parameter order (the first of repeated names wins)} */
    static Map<String, Scale> of(FcsData data) {
        Map<String, Scale> scales = new LinkedHashMap<>();
        for (int p = 0; p < data.parameterCount(); p++) {
            String name = data.parameterNames().get(p);
            scales.putIfAbsent(name, forParameter(data, p, name));
        }
        return scales;
    }

    private static Scale forParameter(FcsData data, int p, String name) {
        String display = data.keyword("$P" + (p + 1) + "D");
        if (display != null) {
            Scale fromDisplay = fromDisplay(display);
            if (fromDisplay != null) {
                return fromDisplay;
            }
        }
        double maximum = maximum(data, p);
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.startsWith("FSC") || upper.startsWith("SSC")) {
            return new LinearScale(Math.min(1, maximum), maximum);
        }
        if (upper.equals("TIME")) {
            return new LinearScale(0, maximum);
        }
        return new ArcSinhScale(-200, Math.max(maximum, -200), 150);
    }

    /** {@return the scale a {@code $PnD} value describes, or null when it is not one we understand} */
    private static Scale fromDisplay(String display) {
        String[] parts = display.split(",");
        if (parts.length != 3) {
            return null;
        }
        try {
            String kind = parts[0].trim().toLowerCase(Locale.ROOT);
            double a = Double.parseDouble(parts[1].trim());
            double b = Double.parseDouble(parts[2].trim());
            if (kind.startsWith("lin")) {
                return new LinearScale(a, b);
            }
            if (kind.startsWith("log")) {
                return new LogScale(b, b * Math.pow(10, a));
            }
        } catch (IllegalArgumentException e) {
            return null; // unparsable or out-of-range numbers: fall back to the name-based default
        }
        return null;
    }

    /** {@return {@code $PnR} in scale values: decoded through {@code $PnE} or divided by {@code $PnG}} */
    private static double maximum(FcsData data, int p) {
        double range = data.range(p);
        if (!(range > 0) || !Double.isFinite(range)) {
            return FALLBACK_MAXIMUM;
        }
        String amplification = data.keyword("$P" + (p + 1) + "E");
        if (amplification != null) {
            String[] f = amplification.split(",");
            try {
                double decades = Double.parseDouble(f[0].trim());
                if (decades > 0 && f.length == 2) {
                    double offset = Double.parseDouble(f[1].trim());
                    return (offset == 0 ? 1 : offset) * Math.pow(10, decades);
                }
            } catch (NumberFormatException e) {
                // an unreadable $PnE is treated as linear, as the reader does
            }
        }
        String gain = data.keyword("$P" + (p + 1) + "G");
        if (gain != null) {
            try {
                double g = Double.parseDouble(gain.trim());
                if (g > 0 && Double.isFinite(g)) {
                    return range / g;
                }
            } catch (NumberFormatException e) {
                // docs/semantics.md#project-defaults: an unparsable $PnG is ignored
            }
        }
        return range;
    }
}
