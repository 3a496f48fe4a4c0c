package cellengine.api.param;

import cellengine.api.internal.json.Json;
import cellengine.api.model.CompensationId;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

/**
 * The body of the bulk export {@code POST /experiments/{eid}/fcsfiles/zip} (cellengine-api.md §4.7, semantics.md
 * §10.4): one output file per FCS file × population, returned as a ZIP archive. Only the options that are set are
 * sent, except {@code format}.
 *
 * <pre>{@code
 * client.exportEventsZip(eid, ZipExport.tsv(true).withFcsFileIds(List.of(a, b))
 *         .withPopulationIds(List.of(pop)).withCompensationId(CompensationId.fileInternal()), Path.of("out.zip"));
 * }</pre>
 *
 * @param format FCS or TSV; {@code null} means FCS
 * @param headers TSV only: whether files start with a header row ({@code null}: yes)
 * @param fcsFileIds the files to export; {@code null} for every non-control file
 * @param populationIds the populations; {@code null} for Ungated
 * @param compensationId the compensation for gating and {@code compensatedQ}; required with populations
 * @param compensatedQ whether to compensate, as for a single export
 * @param preSubsampleN events to keep before gating
 * @param preSubsampleP fraction to keep before gating
 * @param postSubsampleN events to keep after gating
 * @param postSubsampleP fraction to keep after gating
 * @param seed the subsampling seed
 * @param filenameTemplate names the output files, with tokens such as {@code {fcsfile.filename}-{population._id}}
 * @since 0.1
 */
public record ZipExport(
        ExportFormat format,
        Boolean headers,
        List<String> fcsFileIds,
        List<String> populationIds,
        CompensationId compensationId,
        Boolean compensatedQ,
        Integer preSubsampleN,
        Double preSubsampleP,
        Integer postSubsampleN,
        Double postSubsampleP,
        Long seed,
        String filenameTemplate) implements JsonBody {

    /**
     * Checks the options whose validity does not depend on the order of the {@code with} calls and copies the
     * lists.
     *
     * @param format FCS or TSV
     * @param headers TSV header rows
     * @param fcsFileIds the files
     * @param populationIds the populations
     * @param compensationId the compensation
     * @param compensatedQ whether to compensate
     * @param preSubsampleN events before gating
     * @param preSubsampleP fraction before gating
     * @param postSubsampleN events after gating
     * @param postSubsampleP fraction after gating
     * @param seed the seed
     * @param filenameTemplate the output name template
     * @throws IllegalArgumentException naming the option at fault
     */
    public ZipExport {
        format = format == null ? ExportFormat.FCS : format;
        if (headers != null && format != ExportFormat.TSV) {
            throw new IllegalArgumentException("headers applies to TSV exports only; this export is " + format);
        }
        if (fcsFileIds != null) {
            fcsFileIds.forEach(id -> JsonFields.requireId(id, "fcsFileIds"));
            fcsFileIds = List.copyOf(fcsFileIds);
        }
        if (populationIds != null) {
            populationIds.forEach(id -> JsonFields.requireId(id, "populationIds"));
            populationIds = List.copyOf(populationIds);
        }
        // the subsampling rules are EventExport's, checked in one place
        new EventExport(ExportFormat.FCS, null, null, null, null, null, preSubsampleN, preSubsampleP,
                postSubsampleN, postSubsampleP, null, null);
    }

    /** {@return a ZIP of FCS files, every other option unset} */
    public static ZipExport fcs() {
        return new ZipExport(ExportFormat.FCS, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * {@return a ZIP of TSV files, every other option unset}
     *
     * @param headers whether each file starts with a header row
     */
    public static ZipExport tsv(boolean headers) {
        return new ZipExport(ExportFormat.TSV, headers, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * {@return these options after every rule is checked}
     *
     * @throws IllegalArgumentException when populations are given without a compensation
     */
    public ZipExport validated() {
        if (populationIds != null && !populationIds.isEmpty() && compensationId == null) {
            throw new IllegalArgumentException("populationIds " + populationIds + " need a compensationId for gating:"
                    + " add withCompensationId(CompensationId.uncompensated()) or another");
        }
        return this;
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
        validated();
        JsonObjectBuilder o = Json.provider().createObjectBuilder().add("format", formatName());
        if (fcsFileIds != null) {
            o.add("fcsFileIds", CompensationCreate.strings(fcsFileIds));
        }
        if (populationIds != null) {
            o.add("populationIds", CompensationCreate.strings(populationIds));
        }
        if (compensationId != null) {
            o.add("compensationId", compensationId.toJson());
        }
        if (compensatedQ != null) {
            o.add("compensatedQ", compensatedQ);
        }
        if (preSubsampleN != null) {
            o.add("preSubsampleN", preSubsampleN);
        }
        if (preSubsampleP != null) {
            o.add("preSubsampleP", EventExport.decimal(preSubsampleP));
        }
        if (postSubsampleN != null) {
            o.add("postSubsampleN", postSubsampleN);
        }
        if (postSubsampleP != null) {
            o.add("postSubsampleP", EventExport.decimal(postSubsampleP));
        }
        if (seed != null) {
            o.add("seed", seed);
        }
        if (filenameTemplate != null) {
            o.add("filenameTemplate", filenameTemplate);
        }
        return o.build();
    }

    /**
     * {@return a copy exporting these files}
     *
     * @param value the files' ids, or {@code null} for every non-control file
     */
    public ZipExport withFcsFileIds(List<String> value) {
        return new ZipExport(format, headers, value, populationIds, compensationId, compensatedQ, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, filenameTemplate);
    }

    /**
     * {@return a copy exporting these populations}
     *
     * @param value the populations' ids, or {@code null} for Ungated
     */
    public ZipExport withPopulationIds(List<String> value) {
        return new ZipExport(format, headers, fcsFileIds, value, compensationId, compensatedQ, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, filenameTemplate);
    }

    /**
     * {@return a copy with another compensation}
     *
     * @param value the compensation, or {@code null}
     */
    public ZipExport withCompensationId(CompensationId value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, value, compensatedQ, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, filenameTemplate);
    }

    /**
     * {@return a copy with another {@code compensatedQ}}
     *
     * @param value whether to compensate, or {@code null}
     */
    public ZipExport withCompensatedQ(Boolean value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, compensationId, value, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, filenameTemplate);
    }

    /**
     * {@return a copy with pre-gating subsampling by count}
     *
     * @param value events to keep, or {@code null}
     */
    public ZipExport withPreSubsampleN(Integer value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, compensationId, compensatedQ, value,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, filenameTemplate);
    }

    /**
     * {@return a copy with another {@code preSubsampleP}} (an overload so that {@code withPreSubsampleP(1)} compiles)
     *
     * @param value the fraction (0..1) to keep before gating
     */
    public ZipExport withPreSubsampleP(double value) {
        return withPreSubsampleP((Double) value);
    }

    /**
     * {@return a copy with pre-gating subsampling by fraction}
     *
     * @param value the fraction 0..1, or {@code null}
     */
    public ZipExport withPreSubsampleP(Double value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, compensationId, compensatedQ,
                preSubsampleN, value, postSubsampleN, postSubsampleP, seed, filenameTemplate);
    }

    /**
     * {@return a copy with post-gating subsampling by count}
     *
     * @param value events to keep, or {@code null}
     */
    public ZipExport withPostSubsampleN(Integer value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, compensationId, compensatedQ,
                preSubsampleN, preSubsampleP, value, postSubsampleP, seed, filenameTemplate);
    }

    /**
     * {@return a copy with another {@code postSubsampleP}} (an overload so that {@code withPostSubsampleP(1)} compiles)
     *
     * @param value the fraction (0..1) to keep after gating
     */
    public ZipExport withPostSubsampleP(double value) {
        return withPostSubsampleP((Double) value);
    }

    /**
     * {@return a copy with post-gating subsampling by fraction}
     *
     * @param value the fraction 0..1, or {@code null}
     */
    public ZipExport withPostSubsampleP(Double value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, compensationId, compensatedQ,
                preSubsampleN, preSubsampleP, postSubsampleN, value, seed, filenameTemplate);
    }

    /**
     * {@return a copy with another {@code seed}} (an overload so that {@code withSeed(42)} compiles)
     *
     * @param value the subsampling seed
     */
    public ZipExport withSeed(long value) {
        return withSeed((Long) value);
    }

    /**
     * {@return a copy with another seed}
     *
     * @param value the seed, or {@code null}
     */
    public ZipExport withSeed(Long value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, compensationId, compensatedQ,
                preSubsampleN, preSubsampleP, postSubsampleN, postSubsampleP, value, filenameTemplate);
    }

    /**
     * {@return a copy with another output name template}
     *
     * @param value such as {@code {fcsfile.filename}-{population._id}}, or {@code null}
     */
    public ZipExport withFilenameTemplate(String value) {
        return new ZipExport(format, headers, fcsFileIds, populationIds, compensationId, compensatedQ,
                preSubsampleN, preSubsampleP, postSubsampleN, postSubsampleP, seed, value);
    }
}
