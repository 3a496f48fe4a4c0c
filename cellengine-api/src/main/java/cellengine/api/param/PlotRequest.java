package cellengine.api.param;

import cellengine.api.internal.model.GateChecks;
import cellengine.api.model.CompensationId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query of {@code GET /experiments/{eid}/plot} (docs/wire.md#plots): a PNG of one file's events, gated
 * to a population, scaled, optionally with the gates drawn. Only the options set are sent, except
 * {@code compensation}, which is always sent (default 0, as the Python client does); {@code zChannel} is sent only
 * when set (the Python client copies {@code yChannel} into it, docs/wire.md#quirk-z-channel).
 *
 * <pre>{@code
 * PlotRequest plot = PlotRequest.builder(fileId, "FSC-A").yChannel("SSC-A")
 *         .plotType(PlotRequest.PlotType.DENSITY).populationId(lymphsId)
 *         .compensation(CompensationId.fileInternal()).renderGates(true).width(400).height(400).build();
 * client.getPlot(eid, plot, Path.of("lymphs.png"));
 * }</pre>
 *
 * <p>Each setter refuses a bad value at once: positive sizes, smoothing 0..10, a
 * {@code #rgb}/{@code #rgba}/{@code #rrggbb}/{@code #rrggbbaa} colour, subsampling as for event export, ids of 24
 * hex characters. {@link Builder#build()} checks the rules that span options: a y channel unless the plot is a
 * histogram, and a stage subsampled by count or by fraction, not both. {@link #toBuilder()} derives a changed
 * copy.
 *
 * @since 0.1
 */
public final class PlotRequest {

    /** The kind of plot. */
    public enum PlotType {
        /** One dot per event. */
        DOT,
        /** A density map. */
        DENSITY,
        /** Contour lines. */
        CONTOUR,
        /** A histogram of the x channel; range and split gates need it. */
        HISTOGRAM;

        /** {@return the wire value, lower-case} */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What a drawn gate's label shows. */
    public enum GateLabel {
        /** The event count. */
        EVENTCOUNT,
        /** The mean. */
        MEAN,
        /** The median. */
        MEDIAN,
        /** The percent of the parent. */
        PERCENT,
        /** The median absolute deviation. */
        MAD,
        /** The coefficient of variation. */
        CV,
        /** The standard deviation. */
        STDDEV,
        /** The geometric mean. */
        GEOMETRICMEAN,
        /** The gate's name. */
        NAME,
        /** No label. */
        NONE;

        /** {@return the wire value, lower-case} */
        public String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The axis flags of the reference, all booleans. */
    public static final Set<String> AXIS_FLAGS = Set.of("axesQ", "axisLabelsQ", "ticksQ", "tickLabelsQ", "xAxisQ",
            "yAxisQ", "xAxisLabelQ", "yAxisLabelQ", "xTicksQ", "yTicksQ", "xTickLabelsQ", "yTickLabelsQ");

    private static final Pattern COLOR = Pattern.compile("#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

    private final Builder values;
    private final Map<String, String> query;

    private PlotRequest(Builder values, Map<String, String> query) {
        this.values = values;
        this.query = Collections.unmodifiableMap(query);
    }

    /**
     * {@return a builder for a plot of one file with an x channel; a dot plot unless set otherwise}
     *
     * @param fcsFileId the file's 24-hex id
     * @param xChannel the x channel
     */
    public static Builder builder(String fcsFileId, String xChannel) {
        return new Builder(fcsFileId, xChannel);
    }

    /** {@return a builder holding this request's options, to derive a changed copy} */
    public Builder toBuilder() {
        return new Builder(values);
    }

    /** {@return the plot type} */
    public PlotType plotType() {
        return values.plotType;
    }

    /** {@return the query parameters, in the order sent} */
    public Map<String, String> toQuery() {
        return query;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlotRequest && ((PlotRequest) o).query.equals(query);
    }

    @Override
    public int hashCode() {
        return query.hashCode();
    }

    @Override
    public String toString() {
        return "PlotRequest" + query;
    }

    /** Collects the options; {@link #build()} checks them. Not thread-safe; reusable. */
    public static final class Builder extends SubsamplingBuilder.Gated<Builder> {
        private final String fcsFileId;
        private final String xChannel;
        private PlotType plotType = PlotType.DOT;
        private String yChannel;
        private String zChannel;
        private String populationId;
        private CompensationId compensation = CompensationId.uncompensated();
        private Integer width;
        private Integer height;
        private Boolean renderGates;
        private GateLabel gateLabel;
        private Double gateLabelFontSize;
        private String color;
        private final Map<String, Boolean> axisFlags = new LinkedHashMap<>();
        private Double percentileStart;
        private Double percentileStep;
        private Double smoothing;
        private Double strokeThickness;

        private Builder(String fcsFileId, String xChannel) {
            this.fcsFileId = JsonFields.requireId(fcsFileId, "fcsFileId");
            this.xChannel = GateChecks.channel("a plot", "xChannel", xChannel);
        }

        /** A copy of another builder's options: what a built request keeps, and what its toBuilder() returns. */
        private Builder(Builder other) {
            this.fcsFileId = other.fcsFileId;
            this.xChannel = other.xChannel;
            this.plotType = other.plotType;
            this.yChannel = other.yChannel;
            this.zChannel = other.zChannel;
            this.populationId = other.populationId;
            this.compensation = other.compensation;
            this.width = other.width;
            this.height = other.height;
            this.renderGates = other.renderGates;
            this.gateLabel = other.gateLabel;
            this.gateLabelFontSize = other.gateLabelFontSize;
            this.color = other.color;
            this.axisFlags.putAll(other.axisFlags);
            this.percentileStart = other.percentileStart;
            this.percentileStep = other.percentileStep;
            this.subsampling = other.subsampling.copy();
            this.smoothing = other.smoothing;
            this.strokeThickness = other.strokeThickness;
        }

        /**
         * Sets the plot type (default dot).
         *
         * @param value the type
         * @return this builder
         */
        public Builder plotType(PlotType value) {
            this.plotType = Objects.requireNonNull(value, "plotType");
            return this;
        }

        /**
         * Sets the y channel (needed unless the plot is a histogram).
         *
         * @param value the channel
         * @return this builder
         */
        public Builder yChannel(String value) {
            this.yChannel = GateChecks.channel("a plot", "yChannel", value);
            return this;
        }

        /**
         * Sets the z channel (colour).
         *
         * @param value the channel
         * @return this builder
         */
        public Builder zChannel(String value) {
            this.zChannel = GateChecks.channel("a plot", "zChannel", value);
            return this;
        }

        /**
         * Plots one population's events; default Ungated.
         *
         * @param value the population's 24-hex id, or {@code null} for Ungated
         * @return this builder
         */
        public Builder populationId(String value) {
            this.populationId = value == null ? null : JsonFields.requireId(value, "populationId");
            return this;
        }

        /**
         * Sets the compensation (default 0, uncompensated).
         *
         * @param value 0, -1 or a compensation id
         * @return this builder
         */
        public Builder compensation(CompensationId value) {
            this.compensation = Objects.requireNonNull(value, "compensation");
            return this;
        }

        /**
         * Sets the width in pixels (server default 228).
         *
         * @param value positive
         * @return this builder
         */
        public Builder width(int value) {
            this.width = positive("width", value);
            return this;
        }

        /**
         * Sets the height in pixels (server default 228).
         *
         * @param value positive
         * @return this builder
         */
        public Builder height(int value) {
            this.height = positive("height", value);
            return this;
        }

        /**
         * Sets whether the gates on these channels are drawn.
         *
         * @param value whether to draw gates
         * @return this builder
         */
        public Builder renderGates(boolean value) {
            this.renderGates = value;
            return this;
        }

        /**
         * Sets what drawn gates' labels show.
         *
         * @param value the label content
         * @return this builder
         */
        public Builder gateLabel(GateLabel value) {
            this.gateLabel = Objects.requireNonNull(value, "gateLabel");
            return this;
        }

        /**
         * Sets the gate labels' font size.
         *
         * @param value positive
         * @return this builder
         */
        public Builder gateLabelFontSize(double value) {
            this.gateLabelFontSize = positive("gateLabelFontSize", value);
            return this;
        }

        /**
         * Sets the colour of dots or lines.
         *
         * @param value {@code #rgb}, {@code #rgba}, {@code #rrggbb} or {@code #rrggbbaa}
         * @return this builder
         */
        public Builder color(String value) {
            Objects.requireNonNull(value, "color");
            if (!COLOR.matcher(value).matches()) {
                throw new IllegalArgumentException("color must be #rgb, #rgba, #rrggbb or #rrggbbaa, was '" + value
                        + "'");
            }
            this.color = value;
            return this;
        }

        /**
         * Sets {@code axesQ}: whether axes are drawn.
         *
         * @param value whether to draw axes
         * @return this builder
         */
        public Builder axes(boolean value) {
            return axisFlag("axesQ", value);
        }

        /**
         * Sets {@code axisLabelsQ}.
         *
         * @param value whether to draw axis labels
         * @return this builder
         */
        public Builder axisLabels(boolean value) {
            return axisFlag("axisLabelsQ", value);
        }

        /**
         * Sets {@code ticksQ}.
         *
         * @param value whether to draw ticks
         * @return this builder
         */
        public Builder ticks(boolean value) {
            return axisFlag("ticksQ", value);
        }

        /**
         * Sets {@code tickLabelsQ}.
         *
         * @param value whether to draw tick labels
         * @return this builder
         */
        public Builder tickLabels(boolean value) {
            return axisFlag("tickLabelsQ", value);
        }

        /**
         * Sets any axis flag of the reference, such as the per-axis {@code xTickLabelsQ}.
         *
         * @param name one of {@link #AXIS_FLAGS}
         * @param value the flag
         * @return this builder
         * @throws IllegalArgumentException for another name
         */
        public Builder axisFlag(String name, boolean value) {
            if (!AXIS_FLAGS.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' is not a plot axis flag; expected one of "
                        + new java.util.TreeSet<>(AXIS_FLAGS));
            }
            axisFlags.put(name, value);
            return this;
        }

        /**
         * Sets the contour percentiles.
         *
         * @param start the first percentile
         * @param step the step between contours
         * @return this builder
         */
        public Builder percentiles(double start, double step) {
            this.percentileStart = GateChecks.finite("percentileStart", start);
            this.percentileStep = GateChecks.finite("percentileStep", step);
            return this;
        }

        /**
         * Sets the density smoothing.
         *
         * @param value 0 to 10; 1 is typical
         * @return this builder
         */
        public Builder smoothing(double value) {
            if (!(value >= 0 && value <= 10)) {
                throw new IllegalArgumentException("smoothing is from 0 to 10, was " + value);
            }
            this.smoothing = value;
            return this;
        }

        /**
         * Sets the line thickness (server default 1).
         *
         * @param value positive
         * @return this builder
         */
        public Builder strokeThickness(double value) {
            this.strokeThickness = positive("strokeThickness", value);
            return this;
        }

        /**
         * {@return the request}
         *
         * @throws IllegalArgumentException naming the option at fault
         */
        public PlotRequest build() {
            if (yChannel == null && plotType != PlotType.HISTOGRAM) {
                throw new IllegalArgumentException("a " + plotType.wire() + " plot needs yChannel; only histograms "
                        + "plot one channel");
            }
            subsampling.check();
            Map<String, String> q = new LinkedHashMap<>();
            q.put("fcsFileId", fcsFileId);
            q.put("plotType", plotType.wire());
            q.put("xChannel", xChannel);
            WireValues.put(q, "yChannel", yChannel);
            WireValues.put(q, "zChannel", zChannel);
            WireValues.put(q, "populationId", populationId);
            q.put("compensation", compensation.toQueryValue());
            WireValues.put(q, "width", width);
            WireValues.put(q, "height", height);
            WireValues.put(q, "renderGates", renderGates);
            WireValues.put(q, "gateLabel", gateLabel == null ? null : gateLabel.wire());
            WireValues.put(q, "gateLabelFontSize", WireValues.decimalText(gateLabelFontSize));
            WireValues.put(q, "color", color);
            axisFlags.forEach((k, v) -> q.put(k, v.toString()));
            WireValues.put(q, "percentileStart", WireValues.decimalText(percentileStart));
            WireValues.put(q, "percentileStep", WireValues.decimalText(percentileStep));
            subsampling.addTo(q);
            WireValues.put(q, "smoothing", WireValues.decimalText(smoothing));
            WireValues.put(q, "strokeThickness", WireValues.decimalText(strokeThickness));
            return new PlotRequest(new Builder(this), q);
        }

        private static int positive(String name, int value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }

        private static double positive(String name, double value) {
            if (!(value > 0 && Double.isFinite(value))) {
                throw new IllegalArgumentException(name + " must be positive, was " + value);
            }
            return value;
        }
    }
}
