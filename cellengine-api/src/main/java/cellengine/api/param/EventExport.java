package cellengine.api.param;

import cellengine.api.model.CompensationId;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The options of an event export, {@code GET /experiments/{eid}/fcsfiles/{fid}.fcs|.tsv} (docs/wire.md#event-export,
 * docs/semantics.md#event-export). Only options that are set are sent; booleans as {@code true} / {@code false}.
 *
 * <pre>{@code
 * EventExport opts = EventExport.builder(ExportFormat.TSV).headers(true).compensatedQ(true)
 *         .population(popId, CompensationId.fileInternal()).postSubsampleN(10_000).seed(42).build();
 * client.downloadFcsFile(eid, fid, opts, Path.of("events.tsv"));
 * EventExport first1000 = opts.toBuilder().postSubsampleN(1000).build();
 * }</pre>
 *
 * <p>Each setter refuses a bad value at once (a fraction outside 0..1, a negative count, {@code headers} on an FCS
 * export or {@code original} on a TSV one, a malformed population id); {@link Builder#build()} checks the rules that
 * span options: both N and P for one stage, {@code populationId} without {@code compensationId}
 * (docs/semantics.md#export-validation).
 *
 * @since 0.1
 */
public final class EventExport extends Subsampled {

    private static final EventExport FCS = builder(ExportFormat.FCS).build();
    private static final EventExport TSV = builder(ExportFormat.TSV).build();

    private final ExportFormat format;
    private final Boolean compensatedQ;
    private final CompensationId compensationId;
    private final Boolean headers;
    private final Boolean original;
    private final String populationId;
    private final Boolean addEventNumber;

    private EventExport(Builder b) {
        super(b.subsampling);
        this.format = b.format;
        this.compensatedQ = b.compensatedQ;
        this.compensationId = b.compensationId;
        this.headers = b.headers;
        this.original = b.original;
        this.populationId = b.populationId;
        this.addEventNumber = b.addEventNumber;
    }

    /**
     * {@return a builder of an export in this format, nothing else set}
     *
     * @param format FCS or TSV
     */
    public static Builder builder(ExportFormat format) {
        return new Builder(Objects.requireNonNull(format, "format"));
    }

    /** {@return FCS export options with nothing else set: every event, uncompensated values} */
    public static EventExport fcs() {
        return FCS;
    }

    /** {@return TSV export options with nothing else set} */
    public static EventExport tsv() {
        return TSV;
    }

    /** {@return a builder holding these options, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(format);
        b.compensatedQ = compensatedQ;
        b.compensationId = compensationId;
        b.headers = headers;
        b.original = original;
        b.populationId = populationId;
        b.subsampling = subsampling.copy();
        b.addEventNumber = addEventNumber;
        return b;
    }

    /**
     * {@return the query parameters of the export, in the order of docs/wire.md#event-export, unset options left out,
     * booleans lower-case, special compensations as numbers}
     */
    public Map<String, String> toQuery() {
        Map<String, String> q = new LinkedHashMap<>();
        WireValues.put(q, "populationId", populationId);
        WireValues.put(q, "compensationId", compensationId == null ? null : compensationId.toQueryValue());
        WireValues.put(q, "compensatedQ", compensatedQ);
        WireValues.put(q, "headers", headers);
        WireValues.put(q, "original", original);
        subsampling.addTo(q);
        WireValues.put(q, "addEventNumber", addEventNumber);
        return Collections.unmodifiableMap(q);
    }

    /** {@return FCS or TSV} */
    public ExportFormat format() {
        return format;
    }

    /**
     * {@return whether values are compensated (TSV) or the matrix is written into {@code $SPILLOVER} (FCS), or
     * {@code null} when not set}
     */
    public Boolean compensatedQ() {
        return compensatedQ;
    }

    /** {@return the compensation for gating and for {@code compensatedQ}, or {@code null} when not set} */
    public CompensationId compensationId() {
        return compensationId;
    }

    /** {@return TSV only: whether a header row is written, or {@code null} when not set} */
    public Boolean headers() {
        return headers;
    }

    /** {@return FCS only: whether the uploaded bytes are returned unchanged, or {@code null} when not set} */
    public Boolean original() {
        return original;
    }

    /** {@return the population whose events are exported, or {@code null} for Ungated} */
    public String populationId() {
        return populationId;
    }


    /** {@return whether a column with each event's index is added, or {@code null} when not set} */
    public Boolean addEventNumber() {
        return addEventNumber;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventExport && ((EventExport) o).format == format
                && ((EventExport) o).toQuery().equals(toQuery());
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, toQuery());
    }

    @Override
    public String toString() {
        return "EventExport[" + format + " " + toQuery() + "]";
    }

    /** Collects the options; setters refuse bad values at once, {@link #build()} checks the rest. Not thread-safe. */
    public static final class Builder extends SubsamplingBuilder.Gated<Builder> {
        private final ExportFormat format;
        private Boolean compensatedQ;
        private CompensationId compensationId;
        private Boolean headers;
        private Boolean original;
        private String populationId;
        private Boolean addEventNumber;

        private Builder(ExportFormat format) {
            this.format = format;
        }

        /**
         * Sets {@code compensatedQ}.
         *
         * @param value TSV: write compensated values; FCS: write the matrix into {@code $SPILLOVER}
         * @return this builder
         */
        public Builder compensatedQ(boolean value) {
            this.compensatedQ = value;
            return this;
        }

        /**
         * Sets the compensation for gating and for {@code compensatedQ}.
         *
         * @param value the compensation, or {@code null} to leave it out
         * @return this builder
         */
        public Builder compensationId(CompensationId value) {
            this.compensationId = value;
            return this;
        }

        /**
         * Sets a special compensation.
         *
         * @param code {@link cellengine.api.model.Compensations#UNCOMPENSATED},
         *         {@link cellengine.api.model.Compensations#FILE_INTERNAL} or
         *         {@link cellengine.api.model.Compensations#PER_FILE}
         * @return this builder
         * @throws IllegalArgumentException for another code
         */
        public Builder compensationId(int code) {
            return compensationId(CompensationId.ofCode(code));
        }

        /**
         * Sets a stored compensation.
         *
         * @param id the compensation's 24-hex id
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder compensationId(String id) {
            return compensationId(CompensationId.of(id));
        }

        /**
         * Sets whether a TSV export starts with a header row.
         *
         * @param value whether to write a header row
         * @return this builder
         * @throws IllegalArgumentException when the format is FCS
         */
        public Builder headers(boolean value) {
            if (format != ExportFormat.TSV) {
                throw new IllegalArgumentException("headers applies to TSV exports only; this export is " + format);
            }
            this.headers = value;
            return this;
        }

        /**
         * Sets whether an FCS export returns the uploaded bytes unchanged, overriding every other option.
         *
         * @param value whether to return the original bytes
         * @return this builder
         * @throws IllegalArgumentException when the format is TSV
         */
        public Builder original(boolean value) {
            if (format != ExportFormat.FCS) {
                throw new IllegalArgumentException("original applies to FCS exports only; this export is " + format);
            }
            this.original = value;
            return this;
        }

        /**
         * Exports only this population's events; a population needs a compensation as well (checked by
         * {@link #build()}).
         *
         * @param value the population's 24-hex id, or {@code null} for Ungated
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder populationId(String value) {
            this.populationId = value == null ? null : JsonFields.requireId(value, "populationId");
            return this;
        }

        /**
         * Exports one population, gated with the given compensation.
         *
         * @param id the population's 24-hex id
         * @param compensation the compensation used for gating
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder population(String id, CompensationId compensation) {
            Objects.requireNonNull(compensation, "compensation");
            populationId(Objects.requireNonNull(id, "populationId"));
            return compensationId(compensation);
        }

        /**
         * Adds a column with each event's index in the original file.
         *
         * @param value whether to add it
         * @return this builder
         */
        public Builder addEventNumber(boolean value) {
            this.addEventNumber = value;
            return this;
        }

        /**
         * {@return the options}
         *
         * @throws IllegalArgumentException when a stage is subsampled both by count and by fraction, or
         *         {@code populationId} is set without {@code compensationId} (both named)
         */
        public EventExport build() {
            subsampling.check();
            if (populationId != null && compensationId == null) {
                throw new IllegalArgumentException("populationId " + populationId + " needs a compensationId for "
                        + "gating (docs/semantics.md#export-validation): add compensationId(CompensationId.uncompensated()) or "
                        + "another");
            }
            return new EventExport(this);
        }
    }
}
