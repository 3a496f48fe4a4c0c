package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.gate.FileGating;
import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.GateRegion;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.Bitsets;
import cellengine.analysis.stats.ChannelStatistics;
import cellengine.analysis.stats.EventTable;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.JsonNumbers;
import cellengine.fakeserver.internal.store.FcsPayload;
import cellengine.fakeserver.internal.store.GateModel;
import cellengine.fakeserver.internal.store.GateType;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;

/**
 * Renders {@code GET /plot} (docs/wire.md#plots) as a PNG with the JDK's imaging, headless. The events are
 * those of the population (gated as for statistics, with the request's compensation,
 * docs/semantics.md#per-event-pipeline), subsampled as for export, and drawn in scaled space: each axis spans the
 * channel's scale from {@code f(minimum)} to {@code f(maximum)}, with ticks at data values placed by the scale. Dot
 * plots set one pixel per event; density plots colour a per-pixel 2-D histogram (log counts, blue to red); contour
 * plots trace density levels at event percentiles ({@code percentileStart}, {@code percentileStep}); histograms fill
 * the per-pixel counts of the x channel. Gates on the plotted channels, tailored for the file, are outlined
 * ({@link GateOutlines}) unless {@code renderGates=false}.
 */
final class PlotRenderer {

    private static final int[] RAMP = {0x2C7BB6, 0xABD9E9, 0xFFFFBF, 0xFDAE61, 0xD7191C};
    private static final Color AXIS = new Color(0x20, 0x20, 0x20);

    private final ExperimentAnalysis analysis;
    private final CompensationResolver resolver;
    private final EventTables tables;

    PlotRenderer(ExperimentAnalysis analysis, CompensationResolver resolver, EventTables tables) {
        this.analysis = analysis;
        this.resolver = resolver;
        this.tables = tables;
    }

    byte[] render(PlotRequest request, JsonObject file, FcsPayload payload) {
        String fileId = file.getString("_id");
        FcsData data = payload.data(); // once: a spooled file decodes its events on each call
        CompensationMatrix compensation = resolver.resolve(request.compensation(), analysis.experimentId(), file, data);
        FileGating gating = analysis.gating(fileId, tables.of(data), compensation);
        EventTable events = gating.events();
        channel(events, "xChannel", request.xChannel(), fileId);
        boolean histogram = request.type() == PlotRequest.Type.HISTOGRAM;
        if (!histogram) {
            channel(events, "yChannel", request.yChannel(), fileId);
        }
        if (request.populationId() != null) {
            analysis.population(request.populationId());
        }
        long[] members = analysis.members(gating, request.populationId());
        int[] selected = select(request, members, events.eventCount());
        double[] xs = analysis.scaled(gating, request.xChannel());
        double[] ys = histogram ? null : analysis.scaled(gating, request.yChannel());
        Scale xScale = analysis.scale(request.xChannel());
        Scale yScale = histogram ? null : analysis.scale(request.yChannel());
        double[] xRange = PlotFrame.range(xScale.transform(xScale.minimum()), xScale.transform(xScale.maximum()));

        PlotRequest.Axes axes = request.axes();
        int w = request.width();
        int h = request.height();
        int left = Math.min(w / 3, 2 + (axes.yAxis() ? 4 : 0) + (axes.yAxis() && axes.yTickLabels() ? 26 : 0)
                + (axes.yAxis() && axes.yLabel() ? 12 : 0));
        int bottom = Math.min(h / 3, 2 + (axes.xAxis() ? 4 : 0) + (axes.xAxis() && axes.xTickLabels() ? 12 : 0)
                + (axes.xAxis() && axes.xLabel() ? 12 : 0));
        int top = Math.min(6, h / 8);
        int right = Math.min(8, w / 8);
        int plotW = Math.max(1, w - left - right);
        int plotH = Math.max(1, h - top - bottom);

        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            PlotFrame frame;
            if (histogram) {
                int[] counts = new int[plotW];
                PlotFrame bins = new PlotFrame(left, top, plotW, plotH, xRange[0], xRange[1], 0, 1);
                for (int e : selected) {
                    counts[bins.column(xs[e])]++;
                }
                double[] smooth = smooth1d(counts, request.smoothing());
                double max = 0;
                for (double c : smooth) {
                    max = Math.max(max, c);
                }
                frame = new PlotFrame(left, top, plotW, plotH, xRange[0], xRange[1], 0, max > 0 ? max * 1.1 : 1);
                histogram(g, frame, smooth, request.color() == null ? new Color(0x4A, 0x7B, 0xB7) : request.color());
            } else {
                double[] yRange = PlotFrame.range(yScale.transform(yScale.minimum()), yScale.transform(yScale.maximum()));
                frame = new PlotFrame(left, top, plotW, plotH, xRange[0], xRange[1], yRange[0], yRange[1]);
                if (request.type() == PlotRequest.Type.DOT) {
                    dots(image, frame, xs, ys, selected, request.color() == null ? Color.BLACK : request.color());
                } else if (request.type() == PlotRequest.Type.DENSITY) {
                    density(image, frame, xs, ys, selected, request.smoothing());
                } else {
                    contour(g, frame, xs, ys, selected, request);
                }
            }
            if (request.renderGates()) {
                gates(g, frame, request, gating, members, fileId, histogram);
            }
            axes(g, frame, request, xScale, yScale, file);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void channel(EventTable events, String parameter, String channel, String fileId) {
        if (!events.hasChannel(channel)) {
            throw new ApiError.BadRequest('"' + parameter + "\" names a channel FCS file " + fileId
                    + " does not have: \"" + channel + "\" (channels: " + events.channelNames() + ").");
        }
    }

    /**
     * Pre-subsample, keep the population's members, post-subsample (as event export,
     * docs/semantics.md#selecting-events).
     */
    private static int[] select(PlotRequest request, long[] members, int n) {
        ExportRequest sampling = request.sampling();
        SplittableRandom rng = sampling.seed() == null ? new SplittableRandom() : new SplittableRandom(sampling.seed());
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        int[] pre = sampling.pre().apply(all, rng);
        int count = 0;
        for (int e : pre) {
            if (Bitsets.contains(members, e)) {
                count++;
            }
        }
        int[] gated = new int[count];
        int k = 0;
        for (int e : pre) {
            if (Bitsets.contains(members, e)) {
                gated[k++] = e;
            }
        }
        return sampling.post().apply(gated, rng);
    }

    private static void dots(BufferedImage image, PlotFrame f, double[] xs, double[] ys, int[] selected, Color color) {
        int argb = color.getRGB();
        int alpha = color.getAlpha();
        for (int e : selected) {
            if (Double.isNaN(xs[e]) || Double.isNaN(ys[e])) {
                continue;
            }
            int px = f.left() + f.column(xs[e]);
            int py = f.top() + f.height() - 1 - f.row(ys[e]);
            image.setRGB(px, py, alpha == 255 ? argb : blend(image.getRGB(px, py), color));
        }
    }

    private static void density(BufferedImage image, PlotFrame f, double[] xs, double[] ys, int[] selected,
            int smoothing) {
        double[] grid = grid(f, xs, ys, selected, f.width(), f.height(), smoothing);
        double max = 0;
        for (double v : grid) {
            max = Math.max(max, v);
        }
        double scale = Math.log1p(max);
        for (int r = 0; r < f.height(); r++) {
            for (int c = 0; c < f.width(); c++) {
                double v = grid[r * f.width() + c];
                if (v > 0 && scale > 0) {
                    image.setRGB(f.left() + c, f.top() + f.height() - 1 - r, ramp(Math.log1p(v) / scale));
                }
            }
        }
    }

    private static void contour(Graphics2D g, PlotFrame f, double[] xs, double[] ys, int[] selected,
            PlotRequest request) {
        int cols = Math.max(8, f.width() / 4);
        int rows = Math.max(8, f.height() / 4);
        double[] grid = grid(f, xs, ys, selected, cols, rows, Math.max(1, request.smoothing()));
        g.setColor(request.color() == null ? new Color(0x1F, 0x3B, 0x73) : request.color());
        g.setStroke(new BasicStroke((float) request.strokeThickness()));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        for (double level : Contours.levels(grid, request.percentileStart(), request.percentileStep())) {
            Contours.draw(g, f, grid, cols, rows, level);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    private static void histogram(Graphics2D g, PlotFrame f, double[] counts, Color color) {
        g.setColor(color);
        double base = f.py(0);
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] > 0) {
                double y = f.py(counts[c]);
                g.fill(new java.awt.geom.Rectangle2D.Double(f.left() + c, y, 1, Math.max(1, base - y + 1)));
            }
        }
    }

    /** A {@code cols × rows} count grid over the frame (row 0 at the bottom), box-smoothed {@code passes} times. */
    private static double[] grid(PlotFrame f, double[] xs, double[] ys, int[] selected, int cols, int rows,
            int passes) {
        double[] grid = new double[cols * rows];
        PlotFrame bins = new PlotFrame(0, 0, cols, rows, f.xMin(), f.xMax(), f.yMin(), f.yMax());
        for (int e : selected) {
            if (!Double.isNaN(xs[e]) && !Double.isNaN(ys[e])) {
                grid[bins.row(ys[e]) * cols + bins.column(xs[e])]++;
            }
        }
        double[] tmp = new double[grid.length];
        for (int p = 0; p < passes; p++) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double sum = 0;
                    int n = 0;
                    for (int dr = -1; dr <= 1; dr++) {
                        for (int dc = -1; dc <= 1; dc++) {
                            int rr = r + dr;
                            int cc = c + dc;
                            if (rr >= 0 && rr < rows && cc >= 0 && cc < cols) {
                                sum += grid[rr * cols + cc];
                                n++;
                            }
                        }
                    }
                    tmp[r * cols + c] = sum / n;
                }
            }
            System.arraycopy(tmp, 0, grid, 0, grid.length);
        }
        return grid;
    }

    private static double[] smooth1d(int[] counts, int passes) {
        double[] v = new double[counts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = counts[i];
        }
        double[] tmp = new double[v.length];
        for (int p = 0; p < passes; p++) {
            for (int i = 0; i < v.length; i++) {
                double l = i > 0 ? v[i - 1] : v[i];
                double r = i + 1 < v.length ? v[i + 1] : v[i];
                tmp[i] = (l + 2 * v[i] + r) / 4;
            }
            System.arraycopy(tmp, 0, v, 0, v.length);
        }
        return v;
    }

    private void gates(Graphics2D g, PlotFrame frame, PlotRequest request, FileGating gating, long[] members,
            String fileId, boolean histogram) {
        java.awt.Shape clip = g.getClip();
        g.setClip(frame.left(), frame.top(), frame.width(), frame.height());
        for (JsonObject doc : analysis.selectedGates(fileId)) {
            GateDefinition gate = GateModel.toDefinition(doc);
            boolean oneD = gate.geometry().dimensions() == 1;
            boolean onPlot = gate.xChannel().equals(request.xChannel())
                    && (histogram ? oneD : !oneD && gate.yChannel().equals(request.yChannel()));
            if (!onPlot) {
                continue;
            }
            JsonObject g2 = doc.getJsonObject("model").getJsonObject(GateType.of("type", doc.getString("type")).modelKey);
            double displayY = g2.containsKey("y") && oneD ? JsonNumbers.value(g2.get("y")) : 0.5;
            GateOutlines.draw(g, frame, gate, displayY, (float) request.strokeThickness());
            if (!request.gateLabel().equals("none")) {
                g.setClip(clip);
                labels(g, frame, request, gating, members, doc, gate, oneD);
                g.setClip(frame.left(), frame.top(), frame.width(), frame.height());
            }
        }
        g.setClip(clip);
    }

    private void labels(Graphics2D g, PlotFrame f, PlotRequest request, FileGating gating, long[] members,
            JsonObject doc, GateDefinition gate, boolean oneD) {
        JsonObject model = doc.getJsonObject("model");
        int sectors = gate.geometry().sectorCount();
        for (int s = 0; s < sectors; s++) {
            JsonArray at = sectors == 1 ? model.getJsonArray("label") : model.getJsonArray("labels").getJsonArray(s);
            double lx = JsonNumbers.value(at.get(0));
            double ly = JsonNumbers.value(at.get(1));
            double x = Math.min(f.left() + f.width() - 12, Math.max(f.left() + 12, f.px(lx)));
            double y = oneD ? f.top() + (1 - ly) * (f.height() - 1) - 8 : f.py(ly);
            y = Math.min(f.top() + f.height() - 6, Math.max(f.top() + 6, y));
            String name = sectors == 1 ? doc.getString("name") : doc.getJsonArray("names").getString(s);
            g.setColor(GateOutlines.GATE_COLOR);
            PlotText.centred(g, label(request, gating, members, gate, s, name), x, y,
                    (float) request.gateLabelFontSize(), 0);
        }
    }

    private String label(PlotRequest request, FileGating gating, long[] members, GateDefinition gate, int sector,
            String name) {
        if (request.gateLabel().equals("name")) {
            return name;
        }
        long[] inside;
        try {
            inside = gating.members(new GateRegion(gate, sector)).clone();
        } catch (NoSuchElementException e) {
            throw new ApiError.BadRequest("Gate " + gate.gid() + " cannot be evaluated: " + e.getMessage());
        }
        Bitsets.andInto(inside, members);
        int count = Bitsets.count(inside);
        switch (request.gateLabel()) {
            case "eventcount":
                return Integer.toString(count);
            case "percent": {
                int total = Bitsets.count(members);
                return total == 0 ? "" : JsonNumbers.text(Math.round(1000.0 * count / total) / 10.0) + "%";
            }
            default: {
                ChannelStatistics stats = ChannelStatistics.of(gating.events().column(gate.xChannel()), inside,
                        gating.eventCount());
                Double value;
                switch (request.gateLabel()) {
                    case "mean":
                        value = stats.mean();
                        break;
                    case "median":
                        value = stats.median();
                        break;
                    case "mad":
                        value = stats.mad();
                        break;
                    case "cv":
                        value = stats.cv();
                        break;
                    case "stddev":
                        value = stats.stddev();
                        break;
                    default:
                        value = stats.geometricMean();
                }
                return value == null || !Double.isFinite(value) ? "" : AxisTicks.label(value);
            }
        }
    }

    private static void axes(Graphics2D g, PlotFrame f, PlotRequest request, Scale xScale, Scale yScale,
            JsonObject file) {
        PlotRequest.Axes axes = request.axes();
        g.setColor(AXIS);
        g.setStroke(new BasicStroke(1));
        int x0 = f.left() - 1;
        int y0 = f.top() + f.height();
        if (axes.xAxis()) {
            g.draw(new Line2D.Double(x0, y0, f.left() + f.width() - 1, y0));
            for (AxisTicks.Tick t : AxisTicks.of(xScale, f.xMin(), f.xMax(), f.width())) {
                double px = f.px(t.position());
                if (axes.xTicks()) {
                    g.draw(new Line2D.Double(px, y0, px, y0 + 3));
                }
                if (axes.xTickLabels()) {
                    PlotText.centred(g, t.label(), px, y0 + 10, 9, 0);
                }
            }
            if (axes.xLabel()) {
                PlotText.centred(g, axisLabel(file, request.xChannel()), f.left() + f.width() / 2.0,
                        y0 + (axes.xTickLabels() ? 22 : 10), 10, 0);
            }
        }
        if (axes.yAxis()) {
            g.setColor(AXIS);
            g.draw(new Line2D.Double(x0, f.top(), x0, y0));
            for (AxisTicks.Tick t : AxisTicks.of(yScale, f.yMin(), f.yMax(), f.height())) {
                double py = f.py(t.position());
                if (axes.yTicks()) {
                    g.draw(new Line2D.Double(x0 - 3, py, x0, py));
                }
                if (axes.yTickLabels()) {
                    PlotText.centred(g, t.label(), x0 - 16, py, 9, 0);
                }
            }
            if (axes.yLabel()) {
                String label = yScale == null ? "Count" : axisLabel(file, request.yChannel());
                PlotText.centred(g, label, x0 - (axes.yTickLabels() ? 34 : 10), f.top() + f.height() / 2.0, 10, 1);
            }
        }
    }

    /** {@return "channel (reagent)", or the channel when the panel has no reagent for it} */
    private static String axisLabel(JsonObject file, String channel) {
        for (var entry : file.getJsonArray("panel")) {
            JsonObject e = entry.asJsonObject();
            if (channel.equals(e.getString("channel", null)) && e.get("reagent") instanceof jakarta.json.JsonString) {
                return channel + " (" + e.getString("reagent") + ")";
            }
        }
        return channel;
    }

    private static int ramp(double t) {
        double at = Math.min(1, Math.max(0, t)) * (RAMP.length - 1);
        int i = Math.min(RAMP.length - 2, (int) at);
        double u = at - i;
        int a = RAMP[i];
        int b = RAMP[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - u) + ((b >> 16) & 255) * u);
        int gr = (int) Math.round(((a >> 8) & 255) * (1 - u) + ((b >> 8) & 255) * u);
        int bl = (int) Math.round((a & 255) * (1 - u) + (b & 255) * u);
        return 0xFF000000 | (r << 16) | (gr << 8) | bl;
    }

    private static int blend(int under, Color over) {
        double a = over.getAlpha() / 255.0;
        int r = (int) Math.round(over.getRed() * a + ((under >> 16) & 255) * (1 - a));
        int g = (int) Math.round(over.getGreen() * a + ((under >> 8) & 255) * (1 - a));
        int b = (int) Math.round(over.getBlue() * a + (under & 255) * (1 - a));
        return 0xFF000000 | (r << 16) | (g << 8) | b;
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }
}
