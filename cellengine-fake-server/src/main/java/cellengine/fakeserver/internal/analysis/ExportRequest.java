package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.query.Booleans;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The event-export parameters of docs/wire.md#event-export, read from a query string (single export) or a JSON
 * body (ZIP export, docs/wire.md#zip-export). Unknown parameters are ignored; known ones with a bad value are a 400
 * naming them.
 *
 * @param original return the uploaded bytes unchanged
 * @param compensation the {@code compensationId}, or null when absent (treated as 0,
 * docs/semantics.md#project-defaults)
 * @param compensatedQ write compensated values (TSV) or the chosen matrix as {@code $SPILLOVER} (FCS)
 * @param headers TSV header row
 * @param populationId the population, or null for Ungated (absent, empty or the literal {@code null})
 * @param pre subsampling before gating
 * @param post subsampling after gating
 * @param seed the subsampling seed, or null for an unpredictable one
 * @param addEventNumber add an {@code Event Number} column (1-based index in the original file)
 */
record ExportRequest(boolean original, CompensationChoice compensation, boolean compensatedQ, boolean headers,
        String populationId, Subsample pre, Subsample post, Long seed, boolean addEventNumber) {

    /** {@return the compensation to use: the requested one, 0 when none was given} */
    CompensationChoice compensationOrNone() {
        return compensation == null ? CompensationChoice.UNCOMPENSATED : compensation;
    }

    static ExportRequest fromQuery(Map<String, List<String>> params) {
        Values v = name -> {
            List<String> values = params.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        };
        String comp = v.get("compensationId");
        return new ExportRequest(
                Booleans.parse("original", v.get("original"), false),
                comp == null ? null : CompensationChoice.parse("compensationId", comp),
                Booleans.parse("compensatedQ", v.get("compensatedQ"), false),
                Booleans.parse("headers", v.get("headers"), true),
                population(v.get("populationId")),
                stage(v, "preSubsample"),
                stage(v, "postSubsample"),
                seed(v.get("seed")),
                Booleans.parse("addEventNumber", v.get("addEventNumber"), false));
    }

    /**
     * Reads the ZIP export body; {@code headers} comes from the caller (it is part of {@code format} there)
     * and the population from each entry of {@code populationIds}.
     */
    static ExportRequest fromJson(JsonObject body, boolean headers) {
        Values v = name -> {
            JsonValue value = body.get(name);
            if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value instanceof JsonString) {
                return ((JsonString) value).getString();
            }
            if (value instanceof JsonNumber) {
                return ((JsonNumber) value).bigDecimalValue().toPlainString();
            }
            if (value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
                return value.toString();
            }
            throw FieldRules.wrongType(name, "a string, number or boolean", value);
        };
        JsonValue comp = body.get("compensationId");
        return new ExportRequest(false,
                comp == null ? null : CompensationChoice.parse("compensationId", comp),
                Booleans.parse("compensatedQ", v.get("compensatedQ"), false),
                headers,
                null,
                stage(v, "preSubsample"),
                stage(v, "postSubsample"),
                seed(v.get("seed")),
                Booleans.parse("addEventNumber", v.get("addEventNumber"), false));
    }

    /** {@return one subsampling stage, {@code preSubsample} or {@code postSubsample}: its N or its P} */
    private static Subsample stage(Values v, String stage) {
        return Subsample.of(stage, count(stage + "N", v.get(stage + "N")), fraction(stage + "P", v.get(stage + "P")));
    }

    ExportRequest withPopulation(String population) {
        return new ExportRequest(original, compensation, compensatedQ, headers, population, pre, post, seed,
                addEventNumber);
    }

    @FunctionalInterface
    private interface Values {
        String get(String name);
    }

    static String population(String text) {
        return text == null || text.isBlank() || text.trim().equals("null") ? null : text.trim();
    }

    private static Integer count(String name, String text) {
        if (text == null) {
            return null;
        }
        BigDecimal n = decimal(name, text, "a non-negative integer");
        if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0) {
            throw new ApiError.BadRequest('"' + name + "\" must be a non-negative integer, was \"" + text + "\".");
        }
        return n.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : n.intValueExact();
    }

    private static Double fraction(String name, String text) {
        if (text == null) {
            return null;
        }
        BigDecimal p = decimal(name, text, "a fraction between 0 and 1");
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) > 0) {
            throw new ApiError.BadRequest('"' + name + "\" must be a fraction between 0 and 1, was \"" + text
                    + "\".");
        }
        return p.doubleValue();
    }

    private static Long seed(String text) {
        if (text == null) {
            return null;
        }
        BigDecimal s = decimal("seed", text, "an integer");
        try {
            return s.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new ApiError.BadRequest("\"seed\" must be an integer within 64 bits, was \"" + text + "\".");
        }
    }

    private static BigDecimal decimal(String name, String text, String what) {
        try {
            String t = text.trim();
            if (t.length() > 40) {
                throw new NumberFormatException();
            }
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new ApiError.BadRequest('"' + name + "\" must be " + what + ", was \"" + text + "\".");
        }
    }
}
