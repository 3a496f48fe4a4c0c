package cellengine.api.param;

import cellengine.api.internal.json.Json;
import cellengine.api.model.CompensationId;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;
import java.util.Objects;

/**
 * The body of the bulk export {@code POST /experiments/{eid}/fcsfiles/zip} (docs/wire.md#zip-export,
 * docs/semantics.md#zip-export): one output file per FCS file × population, returned as a ZIP archive. Only the options
 * that are set are sent, except {@code format}.
 *
 * <pre>{@code
 * client.exportEventsZip(eid, ZipExport.builder(ExportFormat.TSV).fcsFileIds(List.of(a, b))
 *         .populationIds(List.of(pop)).compensationId(CompensationId.fileInternal()).build(), Path.of("out.zip"));
 * }</pre>
 *
 * <p>Setters refuse bad values at once (malformed ids, {@code headers} on an FCS export, subsampling out of range);
 * {@link Builder#build()} checks the rules that span options: populations need a compensation, and a stage is
 * subsampled by count or by fraction.
 *
 * @since 0.1
 */
public final class ZipExport extends Subsampled implements JsonBody {

    private final ExportFormat format;
    private final Boolean headers;
    private final List<String> fcsFileIds;
    private final List<String> populationIds;
    private final CompensationId compensationId;
    private final Boolean compensatedQ;
    private final String filenameTemplate;

    private ZipExport(Builder b) {
        super(b.subsampling);
        this.format = b.format;
        this.headers = b.headers;
        this.fcsFileIds = b.fcsFileIds;
        this.populationIds = b.populationIds;
        this.compensationId = b.compensationId;
        this.compensatedQ = b.compensatedQ;
        this.filenameTemplate = b.filenameTemplate;
    }

    /**
     * {@return a builder of a ZIP of files in this format, every other option unset}
     *
     * @param format FCS or TSV
     */
    public static Builder builder(ExportFormat format) {
        return new Builder(Objects.requireNonNull(format, "format"));
    }

    /** {@return a ZIP of FCS files, every other option unset} */
    public static ZipExport fcs() {
        return builder(ExportFormat.FCS).build();
    }

    /**
     * {@return a ZIP of TSV files, every other option unset}
     *
     * @param headers whether each file starts with a header row
     */
    public static ZipExport tsv(boolean headers) {
        return builder(ExportFormat.TSV).headers(headers).build();
    }

    /** {@return a builder holding these options, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(format);
        b.headers = headers;
        b.fcsFileIds = fcsFileIds;
        b.populationIds = populationIds;
        b.compensationId = compensationId;
        b.compensatedQ = compensatedQ;
        b.subsampling = subsampling.copy();
        b.filenameTemplate = filenameTemplate;
        return b;
    }

    /** {@return FCS or TSV} */
    public ExportFormat format() {
        return format;
    }

    /** {@return TSV only: whether files start with a header row, or {@code null} when not set (they do)} */
    public Boolean headers() {
        return headers;
    }

    /** {@return the files to export, or {@code null} for every non-control file} */
    public List<String> fcsFileIds() {
        return fcsFileIds;
    }

    /** {@return the populations to export, or {@code null} for Ungated} */
    public List<String> populationIds() {
        return populationIds;
    }

    /** {@return the compensation for gating and {@code compensatedQ}, or {@code null} when not set} */
    public CompensationId compensationId() {
        return compensationId;
    }

    /** {@return whether values are compensated, or {@code null} when not set} */
    public Boolean compensatedQ() {
        return compensatedQ;
    }


    /** {@return the template naming the output files, or {@code null} for the server's} */
    public String filenameTemplate() {
        return filenameTemplate;
    }

    /** {@return the wire name of the format: {@code fcs}, {@code tsv (with header)} or {@code tsv (without header)}} */
    public String formatName() {
        if (format == ExportFormat.FCS) {
            return "fcs";
        }
        return Boolean.FALSE.equals(headers) ? "tsv (without header)" : "tsv (with header)";
    }

    @Override
    public JsonObject toJson() {
        JsonObjectBuilder o = Json.provider().createObjectBuilder().add("format", formatName());
        if (fcsFileIds != null) {
            o.add("fcsFileIds", JsonFields.strings(fcsFileIds));
        }
        if (populationIds != null) {
            o.add("populationIds", JsonFields.strings(populationIds));
        }
        if (compensationId != null) {
            o.add("compensationId", compensationId.toJson());
        }
        if (compensatedQ != null) {
            o.add("compensatedQ", compensatedQ);
        }
        subsampling.addTo(o);
        if (filenameTemplate != null) {
            o.add("filenameTemplate", filenameTemplate);
        }
        return o.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZipExport && ((ZipExport) o).toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "ZipExport" + toJson();
    }

    /** Collects the options; setters refuse bad values at once, {@link #build()} checks the rest. Not thread-safe. */
    public static final class Builder extends SubsamplingBuilder.Gated<Builder> {
        private final ExportFormat format;
        private Boolean headers;
        private List<String> fcsFileIds;
        private List<String> populationIds;
        private CompensationId compensationId;
        private Boolean compensatedQ;
        private String filenameTemplate;

        private Builder(ExportFormat format) {
            this.format = format;
        }

        /**
         * Sets whether each TSV file starts with a header row (default: it does).
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
         * Exports these files.
         *
         * @param value the files' 24-hex ids, or {@code null} for every non-control file
         * @return this builder
         * @throws IllegalArgumentException when an id is not 24 hex characters
         */
        public Builder fcsFileIds(List<String> value) {
            this.fcsFileIds = ids(value, "fcsFileIds");
            return this;
        }

        /**
         * Exports these populations; populations need a compensation (checked by {@link #build()}).
         *
         * @param value the populations' 24-hex ids, or {@code null} for Ungated
         * @return this builder
         * @throws IllegalArgumentException when an id is not 24 hex characters
         */
        public Builder populationIds(List<String> value) {
            this.populationIds = ids(value, "populationIds");
            return this;
        }

        /**
         * Sets the compensation for gating and {@code compensatedQ}.
         *
         * @param value the compensation, or {@code null} to leave it out
         * @return this builder
         */
        public Builder compensationId(CompensationId value) {
            this.compensationId = value;
            return this;
        }

        /**
         * Sets whether values are compensated, as for a single export.
         *
         * @param value whether to compensate
         * @return this builder
         */
        public Builder compensatedQ(boolean value) {
            this.compensatedQ = value;
            return this;
        }

        /**
         * Names the output files.
         *
         * @param value a template such as {@code {fcsfile.filename}-{population._id}}, or {@code null} for the
         *         server's
         * @return this builder
         */
        public Builder filenameTemplate(String value) {
            this.filenameTemplate = value;
            return this;
        }

        /**
         * {@return the export}
         *
         * @throws IllegalArgumentException when populations are given without a compensation, or a stage is
         *         subsampled both by count and by fraction
         */
        public ZipExport build() {
            subsampling.check();
            if (populationIds != null && !populationIds.isEmpty() && compensationId == null) {
                throw new IllegalArgumentException("populationIds " + populationIds + " need a compensationId for "
                        + "gating: add compensationId(CompensationId.uncompensated()) or another");
            }
            return new ZipExport(this);
        }

        private static List<String> ids(List<String> value, String parameter) {
            if (value == null) {
                return null;
            }
            value.forEach(id -> JsonFields.requireId(id, parameter));
            return List.copyOf(value);
        }
    }
}
