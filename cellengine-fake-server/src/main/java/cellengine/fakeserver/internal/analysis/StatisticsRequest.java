package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.JsonFields;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A {@code POST /bulkstatistics} body (docs/wire.md#statistics-request, docs/semantics.md#statistics), checked field by
 * field; every problem is a 400 naming the field.
 *
 * @param statistics the canonical statistic names, in request order, without repeats
 * @param channels the channels, in request order (empty when only {@code eventCount}/{@code percent} are asked)
 * @param q the quantile level (default 0.5)
 * @param fcsFileIds the files, or empty for the default set (every live non-control file)
 * @param populationIds the populations; null entries = Ungated; {@code [null]} when none were given
 * @param compensation the compensation ({@code 0} when absent)
 * @param percentOf the percent references: {@link #PARENT}, null (Ungated) or a population id
 * @param format the output format
 * @param layout the layout, or null when absent (medium for JSON, short-wide for CSV/TSV)
 * @param annotations whether rows carry the file's annotations
 */
record StatisticsRequest(List<String> statistics, List<String> channels, double q, List<String> fcsFileIds,
        List<String> populationIds, CompensationChoice compensation, List<String> percentOf, Format format,
        Layout layout, boolean annotations) {

    /** The {@code percentOf} entry that means each population's parent. */
    static final String PARENT = "PARENT";

    static final List<String> CANONICAL = List.of("mean", "median", "quantile", "stddev", "cv", "mad",
            "geometricMean", "eventCount", "percent");

    /** Output formats (docs/wire.md#statistics-request). */
    enum Format {
        JSON, CSV_HEADER, CSV, TSV_HEADER, TSV;

        boolean isText() {
            return this != JSON;
        }

        boolean header() {
            return this == CSV_HEADER || this == TSV_HEADER;
        }

        boolean tabs() {
            return this == TSV_HEADER || this == TSV;
        }
    }

    /** Row layouts (docs/wire.md#statistics-layouts). */
    enum Layout {
        MEDIUM, TALL_SKINNY, SHORT_WIDE
    }

    boolean wants(String statistic) {
        return statistics.contains(statistic);
    }

    /** {@return the channel statistics asked for, in request order} */
    List<String> channelStatistics() {
        List<String> out = new ArrayList<>(statistics);
        out.remove("eventCount");
        out.remove("percent");
        return out;
    }

    Layout effectiveLayout() {
        return layout != null ? layout : format.isText() ? Layout.SHORT_WIDE : Layout.MEDIUM;
    }

    static StatisticsRequest of(JsonObject body) {
        List<String> statistics = new ArrayList<>(new LinkedHashSet<>(statistics(body)));
        boolean channelStats = statistics.stream().anyMatch(s -> !s.equals("eventCount") && !s.equals("percent"));
        List<String> channels = channelStats ? stringOrList(body, "channels", true) : List.of();
        JsonValue qValue = JsonFields.optional(body, "q");
        double q = qValue == null ? 0.5 : JsonFields.number(qValue, "q");
        if (q < 0 || q > 1) {
            throw new ApiError.BadRequest("\"q\" must be between 0 and 1, was " + qValue + ".");
        }
        JsonValue comp = body.get("compensationId");
        return new StatisticsRequest(statistics, channels, q, ids(body, "fcsFileIds", false),
                populations(body), comp == null ? CompensationChoice.UNCOMPENSATED
                        : CompensationChoice.parse("compensationId", comp),
                percentOf(body), format(body), layout(body), JsonFields.bool(body, "annotations", "annotations", false));
    }

    private static List<String> statistics(JsonObject body) {
        List<String> out = new ArrayList<>();
        List<String> given = stringOrList(body, "statistics", true);
        for (int i = 0; i < given.size(); i++) {
            String wanted = given.get(i).trim();
            String found = null;
            for (String canonical : CANONICAL) {
                if (canonical.equalsIgnoreCase(wanted)) {
                    found = canonical;
                }
            }
            if (found == null) {
                throw new ApiError.BadRequest("\"statistics\" names an unknown statistic \"" + wanted + "\"; use "
                        + "mean, median, quantile, stddev, cv, mad, geometricmean, eventcount or percent.");
            }
            out.add(found);
        }
        return out;
    }

    /** A string or a non-empty list of strings. */
    private static List<String> stringOrList(JsonObject body, String field, boolean required) {
        JsonValue value = JsonFields.optional(body, field);
        if (value == null) {
            if (required) {
                throw new ApiError.BadRequest('"' + field + "\" is required.");
            }
            return List.of();
        }
        if (value instanceof JsonString) {
            return List.of(((JsonString) value).getString());
        }
        JsonArray array = JsonFields.array(value, field);
        if (array.isEmpty() && required) {
            throw new ApiError.BadRequest('"' + field + "\" must not be empty.");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            out.add(JsonFields.string(array.get(i), field + "[" + i + "]"));
        }
        return out;
    }

    private static List<String> ids(JsonObject body, String field, boolean nullsAllowed) {
        JsonValue value = JsonFields.optional(body, field);
        if (value == null) {
            return List.of();
        }
        JsonArray array = JsonFields.array(value, field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (nullsAllowed && v.getValueType() == JsonValue.ValueType.NULL) {
                out.add(null);
            } else {
                out.add(JsonFields.string(v, field + "[" + i + "]"));
            }
        }
        return out;
    }

    private static List<String> populations(JsonObject body) {
        List<String> ids = ids(body, "populationIds", true);
        if (ids.isEmpty()) {
            List<String> ungated = new ArrayList<>();
            ungated.add(null);
            return ungated;
        }
        return ids;
    }

    private static List<String> percentOf(JsonObject body) {
        List<String> out = new ArrayList<>();
        if (!body.containsKey("percentOf")) {
            out.add(PARENT);
            return out;
        }
        JsonValue value = body.get("percentOf");
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = value.asJsonArray();
            for (int i = 0; i < array.size(); i++) {
                out.add(reference(array.get(i), "percentOf[" + i + "]"));
            }
            if (out.isEmpty()) {
                out.add(PARENT);
            }
        } else {
            out.add(reference(value, "percentOf"));
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> unique = new ArrayList<>();
        for (String r : out) {
            if (seen.add(String.valueOf(r))) {
                unique.add(r);
            }
        }
        return unique;
    }

    private static String reference(JsonValue value, String field) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = JsonFields.string(value, field);
        return text.equalsIgnoreCase(PARENT) ? PARENT : text;
    }

    private static Format format(JsonObject body) {
        String text = JsonFields.optionalString(body, "format", "format");
        if (text == null) {
            return Format.JSON;
        }
        switch (text.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")) {
            case "json":
                return Format.JSON;
            case "csv (with header)":
                return Format.CSV_HEADER;
            case "csv":
            case "csv (without header)":
                return Format.CSV;
            case "tsv (with header)":
                return Format.TSV_HEADER;
            case "tsv":
            case "tsv (without header)":
                return Format.TSV;
            default:
                throw new ApiError.BadRequest("\"format\" must be json, csv (with header), csv (without header), "
                        + "tsv (with header) or tsv (without header), was \"" + text + "\".");
        }
    }

    private static Layout layout(JsonObject body) {
        String text = JsonFields.optionalString(body, "layout", "layout");
        if (text == null) {
            return null;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "medium":
                return Layout.MEDIUM;
            case "tall-skinny":
                return Layout.TALL_SKINNY;
            case "short-wide":
                return Layout.SHORT_WIDE;
            default:
                throw new ApiError.BadRequest("\"layout\" must be medium, tall-skinny or short-wide, was \"" + text
                        + "\".");
        }
    }
}
