package cellengine.fakeserver.internal.analysis;

import cellengine.fakeserver.internal.json.JsonNumbers;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes statistics rows as CSV or TSV (docs/wire.md#csv-and-tsv-statistics, docs/semantics.md#statistics-formats):
 * CRLF line ends; columns are the rows' keys in first-seen order, with the {@code annotations} object spread into one
 * column per annotation name; an optional header row of the column names. Empty cells stand for null or absent values;
 * numbers are plain decimals (never exponent form); CSV quotes a field holding a comma, quote or line break (RFC
 * 4180), TSV replaces tabs and line breaks in a field with spaces.
 */
final class StatisticsText {

    private static final String ANNOTATIONS = "annotations";

    private StatisticsText() {
    }

    static String write(List<Map<String, JsonValue>> rows, boolean header, boolean tabs) {
        List<String> columns = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> annotationNames = new LinkedHashSet<>();
        for (Map<String, JsonValue> row : rows) {
            for (Map.Entry<String, JsonValue> e : row.entrySet()) {
                if (seen.add(e.getKey())) {
                    columns.add(e.getKey());
                }
                if (e.getKey().equals(ANNOTATIONS) && e.getValue() instanceof JsonObject) {
                    annotationNames.addAll(e.getValue().asJsonObject().keySet());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        char separator = tabs ? '\t' : ',';
        if (header) {
            List<String> names = new ArrayList<>();
            for (String c : columns) {
                if (c.equals(ANNOTATIONS)) {
                    names.addAll(annotationNames);
                } else {
                    names.add(c);
                }
            }
            line(out, names, separator, tabs);
        }
        for (Map<String, JsonValue> row : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) {
                JsonValue value = row.get(c);
                if (c.equals(ANNOTATIONS)) {
                    JsonObject annotations = value instanceof JsonObject ? value.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
                    annotationNames.forEach(name -> cells.add(text(annotations.get(name))));
                } else {
                    cells.add(text(value));
                }
            }
            line(out, cells, separator, tabs);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, char separator, boolean tabs) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            out.append(tabs ? cells.get(i).replaceAll("[\t\r\n]", " ") : quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String text(JsonValue value) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value instanceof JsonString) {
            return ((JsonString) value).getString();
        }
        if (value instanceof JsonNumber) {
            JsonNumber n = (JsonNumber) value;
            return n.isIntegral() ? n.bigDecimalValue().toPlainString() : JsonNumbers.text(n.doubleValue());
        }
        return value.toString();
    }
}
