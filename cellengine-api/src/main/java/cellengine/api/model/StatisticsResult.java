package cellengine.api.model;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer to a statistics request: typed rows for JSON, the text for CSV and TSV.
 *
 * <p>{@link #toCsv()} writes CSV locally (RFC 4180 quoting, CRLF line ends). From JSON rows the header row is every
 * key in the order the rows first show it (the medium layout's order, docs/wire.md#medium-rows), with the
 * {@code annotations} object spread into one column per annotation name at its place; nulls are empty fields and
 * numbers keep the server's digits. CSV text is returned as it came; TSV text is re-delimited.
 *
 * @since 0.1
 */
public final class StatisticsResult {

    private final StatisticsFormat format;
    private final String text;
    private final List<StatisticsRow> rows;

    private StatisticsResult(StatisticsFormat format, String text, List<StatisticsRow> rows) {
        this.format = format;
        this.text = text;
        this.rows = rows;
    }

    /**
     * {@return a JSON result}
     *
     * @param text the body
     * @param rows the rows, in the server's order
     */
    public static StatisticsResult ofRows(String text, List<StatisticsRow> rows) {
        return new StatisticsResult(StatisticsFormat.JSON, Objects.requireNonNull(text, "text"),
                List.copyOf(rows));
    }

    /**
     * {@return a CSV or TSV result}
     *
     * @param format CSV or TSV
     * @param text the body
     */
    public static StatisticsResult ofText(StatisticsFormat format, String text) {
        if (Objects.requireNonNull(format, "format") == StatisticsFormat.JSON) {
            throw new IllegalArgumentException("a JSON result has rows; use ofRows");
        }
        return new StatisticsResult(format, Objects.requireNonNull(text, "text"), null);
    }

    /** {@return the format of the answer} */
    public StatisticsFormat format() {
        return format;
    }

    /**
     * {@return the JSON rows, in the server's order}
     *
     * @throws IllegalStateException for a CSV or TSV answer
     */
    public List<StatisticsRow> rows() {
        if (rows == null) {
            throw new IllegalStateException("this statistics answer is " + format + " text; use text(), or ask for "
                    + "StatisticsFormat.JSON to get rows");
        }
        return rows;
    }

    /** {@return the body as text: the CSV or TSV, or the JSON array} */
    public String text() {
        return text;
    }

    /** {@return the answer as CSV, converted locally from JSON rows or TSV text} */
    public String toCsv() {
        if (format == StatisticsFormat.CSV) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        if (format == StatisticsFormat.TSV) {
            for (String line : text.split("\r?\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                for (int i = 0; i < fields.length; i++) {
                    out.append(i == 0 ? "" : ",").append(quote(fields[i]));
                }
                out.append("\r\n");
            }
            return out.toString();
        }
        Set<String> keys = new LinkedHashSet<>();
        Set<String> annotationNames = new LinkedHashSet<>();
        for (StatisticsRow row : rows) {
            keys.addAll(row.raw().keySet());
            annotationNames.addAll(row.annotations().keySet());
        }
        List<String> header = new ArrayList<>();
        for (String key : keys) {
            if (key.equals("annotations")) {
                header.addAll(annotationNames);
            } else {
                header.add(key);
            }
        }
        line(out, header);
        for (StatisticsRow row : rows) {
            List<String> fields = new ArrayList<>(header.size());
            for (String key : keys) {
                if (key.equals("annotations")) {
                    annotationNames.forEach(name -> fields.add(field(row.annotations().get(name))));
                } else {
                    fields.add(field(row.raw().get(key)));
                }
            }
            line(out, fields);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return "StatisticsResult[" + format + (rows == null ? ", " + text.length() + " chars" : ", " + rows.size()
                + " rows") + "]";
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String field(JsonValue v) {
        if (v == null || v == JsonValue.NULL) {
            return "";
        }
        if (v instanceof JsonString) {
            return ((JsonString) v).getString();
        }
        if (v instanceof JsonNumber) {
            return v.toString();
        }
        return v.toString();
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0
                && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
