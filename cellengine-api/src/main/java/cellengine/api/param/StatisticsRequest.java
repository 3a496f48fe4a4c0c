package cellengine.api.param;

import cellengine.api.internal.json.Json;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsFormat;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /experiments/{eid}/bulkstatistics} (docs/wire.md#statistics-request), with every option of
 * the reference. Keys are written in the Python client's order ({@code statistics, q, channels, annotations,
 * compensationId, fcsFileIds, format, layout, percentOf, populationIds}); as in the Python
 * {@code APIClient.get_statistics}, {@code annotations} (default false), {@code compensationId} (default 0),
 * {@code format} (default json) and {@code percentOf} (default PARENT) are always sent, the others only when set.
 *
 * <pre>{@code
 * StatisticsRequest request = StatisticsRequest.builder()
 *         .statistics(Statistic.EVENT_COUNT, Statistic.MEAN, Statistic.QUANTILE).q(0.9)
 *         .channels("FSC-A", "SSC-A").compensationId(CompensationId.fileInternal())
 *         .populationIds(popId, null)                         // null: Ungated
 *         .percentOf(PercentOf.ungated()).layout(StatisticsRequest.Layout.MEDIUM).build();
 * }</pre>
 *
 * <p>Every rule is checked in one place, {@link Builder#build()}: at least one statistic, no statistic twice,
 * channels for channel statistics, {@code q} in 0..1, a header choice only for CSV or TSV, ids of 24 hex
 * characters. The server's default {@code q} for a quantile without one is 0.5
 * (docs/semantics.md#statistic-definitions).
 *
 * @since 0.1
 */
public final class StatisticsRequest implements JsonBody {

    /** The row layout (docs/wire.md#statistics-layouts). */
    public enum Layout {
        /** One row per file × population × channel, one column per statistic (the server's default). */
        MEDIUM("medium"),
        /** One row per file × population × statistic × channel, the value in {@code value}. */
        TALL_SKINNY("tall-skinny"),
        /** One row per file, one column per population × statistic × channel. */
        SHORT_WIDE("short-wide");

        private final String wire;

        Layout(String wire) {
            this.wire = wire;
        }

        /** {@return the wire value, such as {@code tall-skinny}} */
        public String wire() {
            return wire;
        }
    }

    private final List<Statistic> statistics;
    private final List<String> channels;
    private final Double q;
    private final boolean annotations;
    private final CompensationId compensationId;
    private final List<String> fcsFileIds;
    private final StatisticsFormat format;
    private final boolean header;
    private final Layout layout;
    private final List<PercentOf> percentOf;
    private final boolean percentOfList;
    private final List<String> populationIds;
    private final List<String> fcsFileNames;
    private final List<String> populationNames;

    private StatisticsRequest(Builder b) {
        this.statistics = List.copyOf(b.statistics);
        this.channels = List.copyOf(b.channels);
        this.q = b.q;
        this.annotations = b.annotations;
        this.compensationId = b.compensationId;
        this.fcsFileIds = b.fcsFileIds == null ? null : List.copyOf(b.fcsFileIds);
        this.format = b.format;
        this.header = b.header == null || b.header;
        this.layout = b.layout;
        this.percentOf = List.copyOf(b.percentOf);
        this.percentOfList = b.percentOfList;
        this.populationIds = b.populationIds == null ? null : java.util.Collections.unmodifiableList(
                new ArrayList<>(b.populationIds));
        this.fcsFileNames = b.fcsFileNames == null ? null : List.copyOf(b.fcsFileNames);
        this.populationNames = b.populationNames == null ? null : List.copyOf(b.populationNames);
    }

    /** {@return a builder with the defaults: no statistics yet, compensation 0, JSON, percent of parent} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this request's options, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.statistics.addAll(statistics);
        b.channels.addAll(channels);
        b.q = q;
        b.annotations = annotations;
        b.compensationId = compensationId;
        b.fcsFileIds = fcsFileIds == null ? null : new ArrayList<>(fcsFileIds);
        b.format = format;
        b.header = format == StatisticsFormat.JSON ? null : header;
        b.layout = layout;
        b.percentOf = percentOf;
        b.percentOfList = percentOfList;
        b.populationIds = populationIds == null ? null : new ArrayList<>(populationIds);
        b.fcsFileNames = fcsFileNames == null ? null : new ArrayList<>(fcsFileNames);
        b.populationNames = populationNames == null ? null : new ArrayList<>(populationNames);
        return b;
    }

    /** {@return the files given by name (R's {@code fcsFiles=}), or empty when given by id or not at all} */
    public List<String> fcsFileNames() {
        return fcsFileNames == null ? List.of() : fcsFileNames;
    }

    /** {@return the populations given by name (R's {@code populations=}), or empty when given by id or not at all} */
    public List<String> populationNames() {
        return populationNames == null ? List.of() : populationNames;
    }

    /** {@return the reference populations of {@code percent}, in request order} */
    public List<PercentOf> percentOf() {
        return percentOf;
    }

    /** {@return whether {@code percentOf} is sent as an array (one percent per entry) rather than one value} */
    public boolean percentOfAsList() {
        return percentOfList;
    }

    /** {@return whether files or populations are given by name, to be resolved before sending} */
    public boolean hasNames() {
        return fcsFileNames != null || populationNames != null
                || percentOf.stream().anyMatch(p -> p.populationName().isPresent());
    }

    /** {@return the statistics, in request order} */
    public List<Statistic> statistics() {
        return statistics;
    }

    /** {@return the channels, in request order} */
    public List<String> channels() {
        return channels;
    }

    /** {@return the answer's format} */
    public StatisticsFormat format() {
        return format;
    }

    /** {@return whether CSV or TSV text has a header row} */
    public boolean header() {
        return format != StatisticsFormat.JSON && header;
    }

    /** {@return the layout, or {@code null} when left to the server (medium)} */
    public Layout layout() {
        return layout;
    }

    /** {@return the wire value of {@code format}, such as {@code csv (with header)}} */
    public String formatWire() {
        switch (format) {
            case JSON:
                return "json";
            case CSV:
                return header ? "csv (with header)" : "csv (without header)";
            default:
                return header ? "tsv (with header)" : "tsv (without header)";
        }
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalStateException when files or populations are given by name: {@code CellEngine.getStatistics}
     *         resolves them to ids first
     */
    @Override
    public JsonObject toJson() {
        if (fcsFileNames != null || populationNames != null) {
            throw new IllegalStateException("this statistics request names files or populations; "
                    + "CellEngine.getStatistics resolves the names to ids before sending it");
        }
        JsonObjectBuilder o = Json.provider().createObjectBuilder();
        JsonArrayBuilder stats = Json.provider().createArrayBuilder();
        statistics.forEach(s -> stats.add(s.key()));
        o.add("statistics", stats);
        if (q != null) {
            o.add("q", q);
        }
        if (!channels.isEmpty()) {
            o.add("channels", strings(channels));
        }
        o.add("annotations", annotations);
        o.add("compensationId", compensationId.toJson());
        if (fcsFileIds != null) {
            o.add("fcsFileIds", strings(fcsFileIds));
        }
        o.add("format", formatWire());
        if (layout != null) {
            o.add("layout", layout.wire());
        }
        if (percentOfList) {
            JsonArrayBuilder array = Json.provider().createArrayBuilder();
            percentOf.forEach(p -> array.add(p.toJson()));
            o.add("percentOf", array);
        } else {
            o.add("percentOf", percentOf.get(0).toJson());
        }
        if (populationIds != null) {
            o.add("populationIds", strings(populationIds));
        }
        return o.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatisticsRequest && ((StatisticsRequest) o).toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        if (fcsFileNames != null || populationNames != null) {
            return "StatisticsRequest[statistics=" + statistics + ", channels=" + channels + ", fcsFiles="
                    + (fcsFileNames != null ? "named " + fcsFileNames : fcsFileIds) + ", populations="
                    + (populationNames != null ? "named " + populationNames : populationIds) + ", percentOf="
                    + percentOf + ", compensationId=" + compensationId + ", format=" + formatWire() + "]";
        }
        return "StatisticsRequest" + toJson();
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        values.forEach(v -> array.add(v == null ? JsonValue.NULL : Json.provider().createValue(v)));
        return array;
    }

    /** Collects the options; {@link #build()} checks them all. Not thread-safe; reusable. */
    public static final class Builder {
        private final List<Statistic> statistics = new ArrayList<>();
        private final List<String> channels = new ArrayList<>();
        private Double q;
        private boolean annotations;
        private CompensationId compensationId = CompensationId.uncompensated();
        private List<String> fcsFileIds;
        private StatisticsFormat format = StatisticsFormat.JSON;
        private Boolean header;
        private Layout layout;
        private List<PercentOf> percentOf = List.of(PercentOf.parent());
        private boolean percentOfList;
        private List<String> populationIds;
        private List<String> fcsFileNames;
        private List<String> populationNames;

        private Builder() {
        }

        /**
         * Sets the statistics (replacing earlier ones).
         *
         * @param values the statistics, in request order
         * @return this builder
         */
        public Builder statistics(Statistic... values) {
            return statistics(Arrays.asList(values));
        }

        /**
         * Sets the statistics (replacing earlier ones).
         *
         * @param values the statistics, in request order
         * @return this builder
         */
        public Builder statistics(List<Statistic> values) {
            Objects.requireNonNull(values, "statistics");
            statistics.clear();
            values.forEach(s -> statistics.add(Objects.requireNonNull(s, "statistic")));
            return this;
        }

        /**
         * Sets the channels ({@code $PnN} names, not reagents), replacing earlier ones.
         *
         * @param values the channels, in request order
         * @return this builder
         */
        public Builder channels(String... values) {
            return channels(Arrays.asList(values));
        }

        /**
         * Sets the channels, replacing earlier ones.
         *
         * @param values the channels, in request order
         * @return this builder
         */
        public Builder channels(List<String> values) {
            Objects.requireNonNull(values, "channels");
            channels.clear();
            for (String c : values) {
                if (c == null || c.isBlank()) {
                    throw new IllegalArgumentException("channels must not be null or blank: " + values);
                }
                channels.add(c);
            }
            return this;
        }

        /**
         * Sets the quantile level.
         *
         * @param value from 0 to 1
         * @return this builder
         */
        public Builder q(double value) {
            this.q = value;
            return this;
        }

        /**
         * Sets whether rows carry the files' annotations (default false).
         *
         * @param value whether to include annotations
         * @return this builder
         */
        public Builder annotations(boolean value) {
            this.annotations = value;
            return this;
        }

        /**
         * Sets the compensation for gating and statistics (default {@link CompensationId#uncompensated()}).
         *
         * @param value 0, -1, -2 or a compensation id
         * @return this builder
         */
        public Builder compensationId(CompensationId value) {
            this.compensationId = Objects.requireNonNull(value, "compensationId");
            return this;
        }

        /**
         * Sets the files; without this, all non-control files.
         *
         * @param ids the files' 24-hex ids
         * @return this builder
         */
        public Builder fcsFileIds(String... ids) {
            return fcsFileIds(Arrays.asList(ids));
        }

        /**
         * Sets the files; without this, all non-control files.
         *
         * @param ids the files' 24-hex ids
         * @return this builder
         */
        public Builder fcsFileIds(List<String> ids) {
            this.fcsFileIds = new ArrayList<>(Objects.requireNonNull(ids, "fcsFileIds"));
            this.fcsFileNames = null;
            return this;
        }

        /**
         * Sets the files by name (R's {@code fcsFiles=}), replacing ids given earlier; each name must match exactly
         * one non-deleted file when the request is sent ({@code CellEngine.getStatistics} resolves them with one
         * list call).
         *
         * @param names the files' exact names
         * @return this builder
         */
        public Builder fcsFileNames(String... names) {
            return fcsFileNames(Arrays.asList(names));
        }

        /**
         * Sets the files by name, replacing ids given earlier.
         *
         * @param names the files' exact names
         * @return this builder
         */
        public Builder fcsFileNames(List<String> names) {
            this.fcsFileNames = names(names, "fcsFileNames");
            this.fcsFileIds = null;
            return this;
        }

        /**
         * Sets the populations; a {@code null} entry is Ungated. Without this, Ungated only.
         *
         * @param ids the populations' 24-hex ids or {@code null}
         * @return this builder
         */
        public Builder populationIds(String... ids) {
            return populationIds(Arrays.asList(ids));
        }

        /**
         * Sets the populations; a {@code null} entry is Ungated.
         *
         * @param ids the populations' 24-hex ids or {@code null}
         * @return this builder
         */
        public Builder populationIds(List<String> ids) {
            this.populationIds = new ArrayList<>(Objects.requireNonNull(ids, "populationIds"));
            this.populationNames = null;
            return this;
        }

        /**
         * Sets the populations by name (R's {@code populations=}), replacing ids given earlier; each name must match
         * exactly one population when the request is sent (one list call resolves them, with the names in
         * {@code percentOf}).
         *
         * @param names the populations' exact names
         * @return this builder
         */
        public Builder populationNames(String... names) {
            return populationNames(Arrays.asList(names));
        }

        /**
         * Sets the populations by name, replacing ids given earlier.
         *
         * @param names the populations' exact names
         * @return this builder
         */
        public Builder populationNames(List<String> names) {
            this.populationNames = names(names, "populationNames");
            this.populationIds = null;
            return this;
        }

        private static List<String> names(List<String> names, String what) {
            List<String> copy = new ArrayList<>(Objects.requireNonNull(names, what));
            if (copy.isEmpty()) {
                throw new IllegalArgumentException(what + " needs at least one name; leave it out for all of them");
            }
            for (String n : copy) {
                if (n == null || n.isBlank()) {
                    throw new IllegalArgumentException(what + " must not hold a null or blank name: " + names);
                }
            }
            return copy;
        }

        /**
         * Sets one reference population for {@code percent}, sent as a single value.
         *
         * @param value {@link PercentOf#parent()} (default), {@link PercentOf#ungated()} or a population
         * @return this builder
         */
        public Builder percentOf(PercentOf value) {
            this.percentOf = List.of(Objects.requireNonNull(value, "percentOf"));
            this.percentOfList = false;
            return this;
        }

        /**
         * Sets several reference populations, sent as an array: one percent per entry.
         *
         * @param values the references
         * @return this builder
         */
        public Builder percentOf(List<PercentOf> values) {
            List<PercentOf> copy = List.copyOf(values);
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("percentOf needs at least one reference");
            }
            this.percentOf = copy;
            this.percentOfList = true;
            return this;
        }

        /**
         * Sets the layout; without this the server uses medium.
         *
         * @param value the layout
         * @return this builder
         */
        public Builder layout(Layout value) {
            this.layout = Objects.requireNonNull(value, "layout");
            return this;
        }

        /**
         * Sets the format (default JSON).
         *
         * @param value JSON, CSV or TSV
         * @return this builder
         */
        public Builder format(StatisticsFormat value) {
            this.format = Objects.requireNonNull(value, "format");
            return this;
        }

        /**
         * Sets whether CSV or TSV text starts with a header row (default true).
         *
         * @param value whether to include a header row
         * @return this builder
         */
        public Builder header(boolean value) {
            this.header = value;
            return this;
        }

        /**
         * {@return the request}
         *
         * @throws IllegalArgumentException naming the option at fault
         */
        public StatisticsRequest build() {
            if (statistics.isEmpty()) {
                throw new IllegalArgumentException("statistics: give at least one, such as Statistic.MEAN");
            }
            if (new LinkedHashSet<>(statistics).size() != statistics.size()) {
                throw new IllegalArgumentException("statistics lists one statistic twice: " + statistics);
            }
            List<Statistic> needChannels = new ArrayList<>();
            statistics.stream().filter(Statistic::isChannelStatistic).forEach(needChannels::add);
            if (!needChannels.isEmpty() && channels.isEmpty()) {
                throw new IllegalArgumentException("channels are needed for the channel statistics " + needChannels
                        + "; call channels(\"FSC-A\", ...)");
            }
            if (q != null && !(q >= 0 && q <= 1)) {
                throw new IllegalArgumentException("q is a quantile level from 0 to 1, was " + q);
            }
            if (header != null && format == StatisticsFormat.JSON) {
                throw new IllegalArgumentException("header applies to CSV and TSV; this request asks for JSON");
            }
            if (fcsFileIds != null) {
                fcsFileIds.forEach(id -> JsonFields.requireId(id, "fcsFileIds"));
            }
            if (populationIds != null) {
                populationIds.stream().filter(Objects::nonNull).forEach(id -> JsonFields.requireId(id,
                        "populationIds"));
            }
            return new StatisticsRequest(this);
        }
    }
}
