package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.JsonNumbers;
import cellengine.fakeserver.internal.query.Booleans;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The query of {@code GET /plot} (docs/wire.md#plots), checked parameter by parameter; every problem is a
 * 400 naming the parameter. Booleans take {@code true}/{@code false} (also {@code T}/{@code F}, 1/0).
 *
 * @param fcsFileId the file (required)
 * @param type the plot type (required)
 * @param xChannel the x channel (required)
 * @param yChannel the y channel (required except for histograms)
 * @param populationId the population, or null for Ungated
 * @param compensation the compensation ({@code compensation}, default 0)
 * @param axes which axis parts to draw
 * @param color the event colour, or null for the type's default
 * @param gateLabel what to write at each gate's label: none, name, or a statistic
 * @param gateLabelFontSize the label font size in pixels
 * @param width the image width in pixels
 * @param height the image height in pixels
 * @param percentileStart the first contour level, as a percentile of events (0 to 100)
 * @param percentileStep the step between contour levels, in percentiles
 * @param renderGates whether to draw the gates on the plotted channels
 * @param smoothing density and histogram smoothing passes, 0 to 10
 * @param strokeThickness the line width of gates and contours
 * @param sampling subsampling before and after gating, with its seed
 */
record PlotRequest(String fcsFileId, Type type, String xChannel, String yChannel, String populationId,
        CompensationChoice compensation, Axes axes, Color color, String gateLabel, double gateLabelFontSize,
        int width, int height, double percentileStart, double percentileStep, boolean renderGates, int smoothing,
        double strokeThickness, ExportRequest sampling) {

    static final List<String> GATE_LABELS = List.of("eventcount", "mean", "median", "percent", "mad", "cv",
            "stddev", "geometricmean", "name", "none");

    /** The plot types. */
    enum Type {
        DOT, DENSITY, CONTOUR, HISTOGRAM
    }

    /** Which parts of each axis to draw. */
    record Axes(boolean xAxis, boolean yAxis, boolean xLabel, boolean yLabel, boolean xTicks, boolean yTicks,
            boolean xTickLabels, boolean yTickLabels) {
    }

    static PlotRequest of(Map<String, List<String>> query) {
        Values v = name -> {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        };
        Type type = type(required(v, "plotType"));
        String yChannel = v.get("yChannel");
        if (type != Type.HISTOGRAM && (yChannel == null || yChannel.isBlank())) {
            throw new ApiError.BadRequest("\"yChannel\" is required for a " + type.name().toLowerCase(Locale.ROOT)
                    + " plot.");
        }
        boolean all = bool(v, "axesQ", true);
        boolean labels = bool(v, "axisLabelsQ", true);
        boolean ticks = bool(v, "ticksQ", true);
        boolean tickLabels = bool(v, "tickLabelsQ", true);
        Axes axes = new Axes(bool(v, "xAxisQ", all), bool(v, "yAxisQ", all), bool(v, "xAxisLabelQ", labels),
                bool(v, "yAxisLabelQ", labels), bool(v, "xTicksQ", ticks), bool(v, "yTicksQ", ticks),
                bool(v, "xTickLabelsQ", tickLabels), bool(v, "yTickLabelsQ", tickLabels));
        String gateLabel = v.get("gateLabel") == null ? "name" : v.get("gateLabel").trim().toLowerCase(Locale.ROOT);
        if (!GATE_LABELS.contains(gateLabel)) {
            throw new ApiError.BadRequest("\"gateLabel\" must be one of " + String.join(", ", GATE_LABELS) + ", was \""
                    + v.get("gateLabel") + "\".");
        }
        String compensation = v.get("compensation");
        String population = ExportRequest.population(v.get("populationId"));
        return new PlotRequest(required(v, "fcsFileId"), type, required(v, "xChannel"),
                type == Type.HISTOGRAM ? null : yChannel, population,
                compensation == null ? CompensationChoice.UNCOMPENSATED
                        : CompensationChoice.parse("compensation", compensation),
                axes, color(v.get("color")), gateLabel, number(v, "gateLabelFontSize", 10, 4, 72),
                (int) integer(v, "width", 228, 16, 4096), (int) integer(v, "height", 228, 16, 4096),
                number(v, "percentileStart", 10, 0, 100), number(v, "percentileStep", 10, 0.1, 100),
                bool(v, "renderGates", true), (int) integer(v, "smoothing", 1, 0, 10),
                number(v, "strokeThickness", 1, 0.1, 20), ExportRequest.fromQuery(query));
    }

    @FunctionalInterface
    private interface Values {
        String get(String name);
    }

    private static String required(Values v, String name) {
        String value = v.get(name);
        if (value == null || value.isBlank()) {
            throw new ApiError.BadRequest('"' + name + "\" is required.");
        }
        return value;
    }

    private static Type type(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "dot":
                return Type.DOT;
            case "density":
                return Type.DENSITY;
            case "contour":
                return Type.CONTOUR;
            case "histogram":
                return Type.HISTOGRAM;
            default:
                throw new ApiError.BadRequest("\"plotType\" must be contour, dot, density or histogram, was \"" + text
                        + "\".");
        }
    }

    private static boolean bool(Values v, String name, boolean absent) {
        return Booleans.parse(name, v.get(name), absent);
    }

    private static double number(Values v, String name, double absent, double min, double max) {
        String text = v.get(name);
        if (text == null) {
            return absent;
        }
        double value;
        try {
            value = new BigDecimal(text.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw new ApiError.BadRequest('"' + name + "\" must be a number, was \"" + text + "\".");
        }
        if (!(value >= min && value <= max)) {
            throw new ApiError.BadRequest('"' + name + "\" must be between " + JsonNumbers.text(min) + " and "
                    + JsonNumbers.text(max) + ", was \"" + text + "\".");
        }
        return value;
    }

    private static long integer(Values v, String name, long absent, long min, long max) {
        double value = number(v, name, absent, min, max);
        if (value != Math.rint(value)) {
            throw new ApiError.BadRequest('"' + name + "\" must be a whole number, was \"" + v.get(name) + "\".");
        }
        return (long) value;
    }

    /** {@code #rgb}, {@code #rgba}, {@code #rrggbb} or {@code #rrggbbaa}; the {@code #} may be left out. */
    static Color color(String text) {
        if (text == null) {
            return null;
        }
        String hex = text.trim().startsWith("#") ? text.trim().substring(1) : text.trim();
        if (!hex.matches("[0-9a-fA-F]{3,8}") || hex.length() == 5 || hex.length() == 7) {
            throw new ApiError.BadRequest("\"color\" must be #rgb, #rgba, #rrggbb or #rrggbbaa, was \"" + text + "\".");
        }
        if (hex.length() <= 4) {
            StringBuilder doubled = new StringBuilder();
            for (char c : hex.toCharArray()) {
                doubled.append(c).append(c);
            }
            hex = doubled.toString();
        }
        int r = Integer.parseInt(hex.substring(0, 2), 16);
        int g = Integer.parseInt(hex.substring(2, 4), 16);
        int b = Integer.parseInt(hex.substring(4, 6), 16);
        int a = hex.length() == 8 ? Integer.parseInt(hex.substring(6, 8), 16) : 255;
        return new Color(r, g, b, a);
    }
}
