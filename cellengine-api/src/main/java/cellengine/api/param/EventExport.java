package cellengine.api.param;

import cellengine.api.model.CompensationId;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The options of an event export, {@code GET /experiments/{eid}/fcsfiles/{fid}.fcs|.tsv} (cellengine-api.md
 * §4.5, semantics.md §10). Only options that are set ({@code non-null}) are sent; booleans as {@code true} /
 * {@code false}.
 *
 * <pre>{@code
 * EventExport opts = EventExport.tsv().withHeaders(true).withCompensatedQ(true)
 *         .withCompensationId(CompensationId.fileInternal()).withPopulationId(popId)
 *         .withPostSubsampleN(10_000).withSeed(42);
 * client.downloadFcsFile(eid, fid, opts, Path.of("events.tsv"));
 * }</pre>
 *
 * <p>All rules are checked by one method, {@link #validated()}: the ones that do not depend on the order of the
 * {@code with} calls already when a value is built (a fraction outside 0..1, a negative count, both N and P for one
 * stage, {@code headers} or {@code original} with the wrong format, a malformed population id), the rest before a
 * request is sent ({@code populationId} without {@code compensationId}, semantics.md §10.3).
 *
 * @param format FCS or TSV; {@code null} means FCS
 * @param compensatedQ TSV: write compensated values; FCS: write the matrix into {@code $SPILLOVER}
 * @param compensationId the compensation for gating and for {@code compensatedQ}
 * @param headers TSV only: include a header row
 * @param original FCS only: return the uploaded bytes unchanged, overriding every other option
 * @param populationId export only this population's events; {@code null} for Ungated
 * @param preSubsampleN subsample to this many events before gating
 * @param preSubsampleP subsample to this fraction (0..1) before gating
 * @param postSubsampleN subsample to this many events after gating
 * @param postSubsampleP subsample to this fraction (0..1) after gating
 * @param seed the subsampling seed, for reproducible results
 * @param addEventNumber add a column with each event's index in the original file
 * @since 0.1
 */
public record EventExport(
        ExportFormat format,
        Boolean compensatedQ,
        CompensationId compensationId,
        Boolean headers,
        Boolean original,
        String populationId,
        Integer preSubsampleN,
        Double preSubsampleP,
        Integer postSubsampleN,
        Double postSubsampleP,
        Long seed,
        Boolean addEventNumber) {

    /**
     * Checks the rules that hold whatever the order of the {@code with} calls (see {@link #validated()}).
     *
     * @param format FCS or TSV; {@code null} means FCS
     * @param compensatedQ write compensated values
     * @param compensationId the compensation
     * @param headers TSV header row
     * @param original the uploaded bytes unchanged
     * @param populationId the population, or {@code null} for Ungated
     * @param preSubsampleN events before gating
     * @param preSubsampleP fraction before gating
     * @param postSubsampleN events after gating
     * @param postSubsampleP fraction after gating
     * @param seed the subsampling seed
     * @param addEventNumber add an event-number column
     * @throws IllegalArgumentException naming the option at fault
     */
    public EventExport {
        format = format == null ? ExportFormat.FCS : format;
        check(format, headers, original, populationId, preSubsampleN, preSubsampleP, postSubsampleN,
                postSubsampleP, compensationId, false);
    }

    /** {@return FCS export options with nothing else set: every event, uncompensated values} */
    public static EventExport fcs() {
        return new EventExport(ExportFormat.FCS, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** {@return TSV export options with nothing else set} */
    public static EventExport tsv() {
        return new EventExport(ExportFormat.TSV, null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * {@return these options after every rule is checked, including those that depend on several options}
     *
     * @throws IllegalArgumentException when {@code populationId} is set without {@code compensationId} (both named),
     *         or another rule fails
     */
    public EventExport validated() {
        check(format, headers, original, populationId, preSubsampleN, preSubsampleP, postSubsampleN,
                postSubsampleP, compensationId, true);
        return this;
    }

    /**
     * {@return the query parameters of the export, in the order of cellengine-api.md §4.5, unset options left out,
     * booleans lower-case, special compensations as numbers}
     *
     * @throws IllegalArgumentException when a rule fails (see {@link #validated()})
     */
    public Map<String, String> toQuery() {
        validated();
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "populationId", populationId);
        put(q, "compensationId", compensationId == null ? null : compensationId.toQueryValue());
        put(q, "compensatedQ", compensatedQ);
        put(q, "headers", headers);
        put(q, "original", original);
        put(q, "preSubsampleN", preSubsampleN);
        put(q, "preSubsampleP", preSubsampleP == null ? null : decimal(preSubsampleP).toPlainString());
        put(q, "postSubsampleN", postSubsampleN);
        put(q, "postSubsampleP", postSubsampleP == null ? null : decimal(postSubsampleP).toPlainString());
        put(q, "seed", seed);
        put(q, "addEventNumber", addEventNumber);
        return Collections.unmodifiableMap(q);
    }

    /**
     * {@return a copy with another format}
     *
     * @param value FCS or TSV
     */
    public EventExport withFormat(ExportFormat value) {
        return new EventExport(value, compensatedQ, compensationId, headers, original, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another {@code compensatedQ}}
     *
     * @param value whether to compensate (TSV values, FCS {@code $SPILLOVER}); {@code null} to leave it out
     */
    public EventExport withCompensatedQ(Boolean value) {
        return new EventExport(format, value, compensationId, headers, original, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another compensation}
     *
     * @param value the compensation, or {@code null} to leave it out
     */
    public EventExport withCompensationId(CompensationId value) {
        return new EventExport(format, compensatedQ, value, headers, original, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with a special compensation}
     *
     * @param code {@link cellengine.api.model.Compensations#UNCOMPENSATED}, {@link cellengine.api.model.Compensations#FILE_INTERNAL} or
     *         {@link cellengine.api.model.Compensations#PER_FILE}
     * @throws IllegalArgumentException for another code
     */
    public EventExport withCompensationId(int code) {
        return withCompensationId(CompensationId.ofCode(code));
    }

    /**
     * {@return a copy with a stored compensation}
     *
     * @param id the compensation's 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public EventExport withCompensationId(String id) {
        return withCompensationId(CompensationId.of(id));
    }

    /**
     * {@return a copy with another {@code headers}}
     *
     * @param value TSV only: whether to write a header row; {@code null} to leave it out
     * @throws IllegalArgumentException when the format is FCS
     */
    public EventExport withHeaders(Boolean value) {
        return new EventExport(format, compensatedQ, compensationId, value, original, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another {@code original}}
     *
     * @param value FCS only: whether to return the uploaded bytes unchanged; {@code null} to leave it out
     * @throws IllegalArgumentException when the format is TSV
     */
    public EventExport withOriginal(Boolean value) {
        return new EventExport(format, compensatedQ, compensationId, headers, value, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another population}; a population needs a compensation as well (checked before
     * sending)
     *
     * @param value the population's 24-hex id, or {@code null} for Ungated
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public EventExport withPopulationId(String value) {
        return new EventExport(format, compensatedQ, compensationId, headers, original, value, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy that exports one population, gated with the given compensation}
     *
     * @param populationId the population's 24-hex id
     * @param compensation the compensation used for gating
     */
    public EventExport withPopulation(String populationId, CompensationId compensation) {
        return new EventExport(format, compensatedQ, Objects.requireNonNull(compensation, "compensation"), headers,
                original, Objects.requireNonNull(populationId, "populationId"), preSubsampleN, preSubsampleP,
                postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another {@code preSubsampleN}}
     *
     * @param value events to keep before gating, zero or more; {@code null} to leave it out
     * @throws IllegalArgumentException when negative, or {@code preSubsampleP} is set too
     */
    public EventExport withPreSubsampleN(Integer value) {
        return new EventExport(format, compensatedQ, compensationId, headers, original, populationId, value,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another {@code preSubsampleP}} (an overload so that {@code withPreSubsampleP(1)} compiles)
     *
     * @param value the fraction (0..1) to keep before gating
     */
    public EventExport withPreSubsampleP(double value) {
        return withPreSubsampleP((Double) value);
    }

    /**
     * {@return a copy with another {@code preSubsampleP}}
     *
     * @param value the fraction (0..1) to keep before gating; {@code null} to leave it out
     * @throws IllegalArgumentException when outside 0..1, or {@code preSubsampleN} is set too
     */
    public EventExport withPreSubsampleP(Double value) {
        return new EventExport(format, compensatedQ, compensationId, headers, original, populationId, preSubsampleN,
                value, postSubsampleN, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another {@code postSubsampleN}}
     *
     * @param value events to keep after gating, zero or more; {@code null} to leave it out
     * @throws IllegalArgumentException when negative, or {@code postSubsampleP} is set too
     */
    public EventExport withPostSubsampleN(Integer value) {
        return new EventExport(format, compensatedQ, compensationId, headers, original, populationId, preSubsampleN,
                preSubsampleP, value, postSubsampleP, seed, addEventNumber);
    }

    /**
     * {@return a copy with another {@code postSubsampleP}} (an overload so that {@code withPostSubsampleP(1)} compiles)
     *
     * @param value the fraction (0..1) to keep after gating
     */
    public EventExport withPostSubsampleP(double value) {
        return withPostSubsampleP((Double) value);
    }

    /**
     * {@return a copy with another {@code postSubsampleP}}
     *
     * @param value the fraction (0..1) to keep after gating; {@code null} to leave it out
     * @throws IllegalArgumentException when outside 0..1, or {@code postSubsampleN} is set too
     */
    public EventExport withPostSubsampleP(Double value) {
        return new EventExport(format, compensatedQ, compensationId, headers, original, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, value, seed, addEventNumber);
    }

    /**
     * {@return a copy with another {@code seed}} (an overload so that {@code withSeed(42)} compiles)
     *
     * @param value the subsampling seed
     */
    public EventExport withSeed(long value) {
        return withSeed((Long) value);
    }

    /**
     * {@return a copy with another seed}
     *
     * @param value the subsampling seed; {@code null} for a pseudo-random one
     */
    public EventExport withSeed(Long value) {
        return new EventExport(format, compensatedQ, compensationId, headers, original, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, value, addEventNumber);
    }

    /**
     * {@return a copy with another {@code addEventNumber}}
     *
     * @param value whether to add an event-number column; {@code null} to leave it out
     */
    public EventExport withAddEventNumber(Boolean value) {
        return new EventExport(format, compensatedQ, compensationId, headers, original, populationId, preSubsampleN,
                preSubsampleP, postSubsampleN, postSubsampleP, seed, value);
    }

    /** The rules of an export, in one place; {@code complete} adds those that depend on the order of calls. */
    private static void check(ExportFormat format, Boolean headers, Boolean original, String populationId,
                              Integer preN, Double preP, Integer postN, Double postP,
                              CompensationId compensationId, boolean complete) {
        if (headers != null && format != ExportFormat.TSV) {
            throw new IllegalArgumentException("headers applies to TSV exports only; this export is " + format);
        }
        if (original != null && format != ExportFormat.FCS) {
            throw new IllegalArgumentException("original applies to FCS exports only; this export is " + format);
        }
        if (populationId != null) {
            JsonFields.requireId(populationId, "populationId");
        }
        if (preN != null) {
            checkN("preSubsampleN", preN);
        }
        if (postN != null) {
            checkN("postSubsampleN", postN);
        }
        if (preP != null) {
            checkP("preSubsampleP", preP);
        }
        if (postP != null) {
            checkP("postSubsampleP", postP);
        }
        if (preN != null && preP != null) {
            throw new IllegalArgumentException("set preSubsampleN or preSubsampleP, not both (was " + preN + " and "
                    + preP + ")");
        }
        if (postN != null && postP != null) {
            throw new IllegalArgumentException("set postSubsampleN or postSubsampleP, not both (was " + postN
                    + " and " + postP + ")");
        }
        if (complete && populationId != null && compensationId == null) {
            throw new IllegalArgumentException("populationId " + populationId + " needs a compensationId for gating "
                    + "(semantics.md §10.3): add withCompensationId(CompensationId.uncompensated()) or another");
        }
    }

    static int checkN(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must be zero or more, was " + value);
        }
        return value;
    }

    static double checkP(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " is a fraction from 0 to 1, was " + value);
        }
        return value;
    }

    /** {@return the shortest decimal form of a fraction, such as {@code 0.0001} rather than {@code 1.0E-4}} */
    static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static void put(Map<String, String> q, String key, Object value) {
        if (value != null) {
            q.put(key, String.valueOf(value));
        }
    }
}
