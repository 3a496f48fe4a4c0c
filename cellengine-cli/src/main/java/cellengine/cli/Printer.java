package cellengine.cli;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints rows in an {@link OutputFormat}: the same columns whether for people (a table) or programs (CSV, JSON). */
final class Printer {

    /** Looked up once: {@code jakarta.json.Json} looks its provider up on every call, tens of µs each. */
    static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonWriterFactory PRETTY = JSON.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final PrintWriter out;
    private final OutputFormat format;

    Printer(PrintWriter out, OutputFormat format) {
        this.out = out;
        this.format = format;
    }

    /**
     * Prints rows under a header.
     *
     * @param columns the columns, in order
     * @param rows the rows
     * @param <T> the row type
     */
    <T> void list(List<Column<T>> columns, List<? extends T> rows) {
        switch (format) {
            case TABLE:
                table(columns, rows);
                break;
            case CSV:
                csv(columns, rows);
                break;
            case JSON:
                JsonArrayBuilder array = JSON.createArrayBuilder();
                rows.forEach(row -> array.add(object(columns, row)));
                json(array.build());
                break;
            default:
                throw new AssertionError(format);
        }
        out.flush();
    }

    /**
     * Prints one record: {@code key: value} lines in a table, one row in CSV, an object in JSON.
     *
     * @param columns the columns, in order
     * @param row the record
     * @param <T> the row type
     */
    <T> void one(List<Column<T>> columns, T row) {
        if (format == OutputFormat.TABLE) {
            int width = columns.stream().mapToInt(c -> c.key().length()).max().orElse(0);
            for (Column<T> column : columns) {
                out.printf("%-" + (width + 1) + "s %s%n", column.key() + ":", text(column.value().apply(row)));
            }
        } else if (format == OutputFormat.CSV) {
            csv(columns, List.of(row));
        } else {
            json(object(columns, row).build());
        }
        out.flush();
    }

    private <T> void table(List<Column<T>> columns, List<? extends T> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(columns.stream().map(c -> c.key().toUpperCase(Locale.ROOT)).toArray(String[]::new));
        for (T row : rows) {
            cells.add(columns.stream().map(c -> text(c.value().apply(row)).replaceAll("\\s*\\R\\s*", " "))
                    .toArray(String[]::new));
        }
        int[] widths = new int[columns.size()];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                sb.append(line[i]);
                if (i < line.length - 1) {
                    sb.append(" ".repeat(widths[i] - line[i].length() + 2));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private <T> void csv(List<Column<T>> columns, List<? extends T> rows) {
        out.print(columns.stream().map(c -> csvCell(c.key())).collect(Collectors.joining(",")) + "\r\n");
        for (T row : rows) {
            out.print(columns.stream().map(c -> csvCell(text(c.value().apply(row))))
                    .collect(Collectors.joining(",")) + "\r\n");
        }
    }

    /**
     * Prints a JSON value as it is, indented.
     *
     * @param value the value
     */
    void value(JsonValue value) {
        json(value);
        out.flush();
    }

    private void json(JsonValue value) {
        StringWriter text = new StringWriter();
        PRETTY.createWriter(text).write(value);
        out.println(text.toString().strip());
    }

    private static <T> JsonObjectBuilder object(List<Column<T>> columns, T row) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        for (Column<T> column : columns) {
            object.add(column.key(), jsonValue(column.value().apply(row)));
        }
        return object;
    }

    static JsonValue jsonValue(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof JsonValue json) {
            return json;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long) {
            return JSON.createValue(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? JSON.createValue(BigDecimal.valueOf(d)) : JSON.createValue(String.valueOf(d));
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(jsonValue(item)));
            return array.build();
        }
        return JSON.createValue(value.toString());
    }

    /** {@return the value as text: empty for null, lists joined with commas, instants in ISO-8601} */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Printer::text).collect(Collectors.joining(","));
        }
        if (value instanceof Instant instant) {
            return instant.toString();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return String.valueOf(d.longValue());
        }
        return value.toString();
    }

    private static String csvCell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
