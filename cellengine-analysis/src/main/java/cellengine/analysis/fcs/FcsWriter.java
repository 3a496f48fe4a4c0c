package cellengine.analysis.fcs;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes FCS 3.1 files: list mode, float32 values, little-endian ({@code $BYTEORD 1,2,3,4}), TEXT right after the
 * HEADER, DATA right after TEXT, then an all-zero CRC field. Offsets beyond 99,999,999 are written as 0 in the HEADER
 * with {@code $BEGINDATA}/{@code $ENDDATA} authoritative, as FCS 3.1 requires. Each parameter gets {@code $PnN},
 * {@code $PnS} (when a label is given), {@code $PnB 32}, {@code $PnE 0,0} and {@code $PnR}; a spill matrix is written
 * as {@code $SPILLOVER}.
 *
 * <pre>{@code
 * FcsWriter.builder()
 *         .parameter("FSC-A", null, 262144)
 *         .parameter("FITC-A", "CD3", 262144)
 *         .keyword("$FIL", "sample.fcs")
 *         .write(Path.of("sample.fcs"), fsc, fitc);
 * }</pre>
 *
 * @since 0.1
 */
public final class FcsWriter {

    private static final VarHandle FLOAT_LE = MethodHandles.byteArrayViewVarHandle(float[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final int TEXT_BEGIN = 58;
    private static final long HEADER_LIMIT = 99_999_999;
    private static final String DELIMITERS = "/|\\*!#~^";
    /** Keywords the writer sets itself; {@link Builder#keyword} refuses them. */
    private static final Set<String> MANAGED = Set.of("$BEGINANALYSIS", "$ENDANALYSIS", "$BEGINSTEXT", "$ENDSTEXT",
            "$BEGINDATA", "$ENDDATA", "$BYTEORD", "$DATATYPE", "$MODE", "$NEXTDATA", "$PAR", "$TOT", "$SPILLOVER",
            "SPILL", "$SPILL", "$COMP");
    private static final Pattern PARAMETER_KEYWORD = Pattern.compile("\\$P\\d+(N|S|B|E|R|G|DATATYPE)");

    private FcsWriter() {
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder pre-filled from {@code data}: its parameters (names, labels, and ranges adjusted to scale
     * values), its spill matrix, and its keywords except those that describe the old layout. Writing it with
     * {@link Builder#write(Path, FcsData)} saves the scale values of {@code data}, for example after
     * {@link FcsData#subset(long[])}.
     *
     * @param data the template
     * @return a new builder
     */
    public static Builder builder(FcsData data) {
        Objects.requireNonNull(data, "data");
        Builder b = new Builder();
        for (int p = 0; p < data.parameterCount(); p++) {
            b.parameter(data.parameterNames().get(p), data.parameterLabels().get(p), scaleRange(data, p));
        }
        data.keywords().forEach((key, value) -> {
            String upper = key.toUpperCase(Locale.ROOT);
            if (!MANAGED.contains(upper) && !PARAMETER_KEYWORD.matcher(upper).matches() && !value.isEmpty()
                    && key.strip().equals(key) && !key.isEmpty()) {
                b.keywords.put(key, value);
            }
        });
        data.spillover().ifPresent(b::spillover);
        return b;
    }

    /** {@return {@code $PnR} pushed through the parameter's scale rule, so it bounds the scale values written} */
    private static double scaleRange(FcsData data, int p) {
        double range = data.range(p);
        if (!(range > 0)) {
            return 262144;
        }
        double[] probe = {range};
        data.spec(p).scale().apply(probe, probe);
        return probe[0] > 0 && Double.isFinite(probe[0]) ? probe[0] : range;
    }

    /**
     * Collects the parameters and keywords of one file. Not thread-safe; each {@code write} call is independent.
     */
    public static final class Builder {

        private final List<String> names = new ArrayList<>();
        private final List<String> labels = new ArrayList<>();
        private final List<Double> ranges = new ArrayList<>();
        private final Map<String, String> keywords = new LinkedHashMap<>();
        private Spillover spillover;

        private Builder() {
        }

        /**
         * Adds a parameter.
         *
         * @param name {@code $PnN}: not blank, no commas (FCS 3.1)
         * @param label {@code $PnS}, or null for none
         * @param range {@code $PnR}: a positive, finite number
         * @return this builder
         * @throws IllegalArgumentException if a value is invalid or the name is already used
         */
        public Builder parameter(String name, String label, double range) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank() || name.indexOf(',') >= 0) {
                throw new IllegalArgumentException("parameter name must be non-blank without commas, was '" + name
                        + "'");
            }
            if (names.contains(name)) {
                throw new IllegalArgumentException("parameter name '" + name + "' is already used");
            }
            if (!(range > 0) || Double.isInfinite(range)) {
                throw new IllegalArgumentException("range of " + name + " must be positive and finite, was "
                        + range);
            }
            names.add(name);
            labels.add(label == null || label.isEmpty() ? null : label);
            ranges.add(range);
            return this;
        }

        /**
         * Adds a TEXT keyword, or replaces one with the same key.
         *
         * @param key the keyword; not one the writer manages ({@code $TOT}, {@code $PnB}, offsets, ...)
         * @param value a non-empty value (FCS 3.1 forbids empty values)
         * @return this builder
         * @throws IllegalArgumentException if the key is managed by the writer, or either is empty
         */
        public Builder keyword(String key, String value) {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
            String upper = key.toUpperCase(Locale.ROOT);
            if (MANAGED.contains(upper) || PARAMETER_KEYWORD.matcher(upper).matches()) {
                throw new IllegalArgumentException(key + " is written by FcsWriter itself; use parameter(...) or "
                        + "spillover(...)");
            }
            if (key.isEmpty() || !key.strip().equals(key)) {
                throw new IllegalArgumentException("keyword must be non-empty without surrounding white space, was '"
                        + key + "'");
            }
            if (value.isEmpty()) {
                throw new IllegalArgumentException("FCS 3.1 forbids empty values (keyword " + key + ")");
            }
            keywords.keySet().removeIf(k -> k.equalsIgnoreCase(key));
            keywords.put(key, value);
            return this;
        }

        /**
         * Sets the spill matrix, written as {@code $SPILLOVER}.
         *
         * @param spillover the matrix; its names should be parameter names
         * @return this builder
         */
        public Builder spillover(Spillover spillover) {
            this.spillover = Objects.requireNonNull(spillover, "spillover");
            return this;
        }

        /**
         * Writes a file, replacing an existing one.
         *
         * @param path the file
         * @param columns one array per parameter, in parameter order, all the same length; values are written as
         *     float32
         * @throws IllegalArgumentException if the columns do not match the parameters
         * @throws IOException if writing fails
         */
        public void write(Path path, double[]... columns) throws IOException {
            Objects.requireNonNull(path, "path");
            check(columns);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16)) {
                writeChecked(out, columns);
            }
        }

        /**
         * Writes a file to a stream, which is flushed but not closed.
         *
         * @param out the stream
         * @param columns one array per parameter, as in {@link #write(Path, double[]...)}
         * @throws IllegalArgumentException if the columns do not match the parameters
         * @throws IOException if writing fails
         */
        public void write(OutputStream out, double[]... columns) throws IOException {
            Objects.requireNonNull(out, "out");
            check(columns);
            writeChecked(out, columns);
            out.flush();
        }

        /**
         * Writes the scale values of {@code data} (every parameter, in order) to a file.
         *
         * @param path the file
         * @param data the events; its parameter count must match this builder's
         * @throws IOException if writing fails
         */
        public void write(Path path, FcsData data) throws IOException {
            double[][] columns = new double[data.parameterCount()][];
            for (int p = 0; p < columns.length; p++) {
                columns[p] = data.column(p);
            }
            write(path, columns);
        }

        private void check(double[][] columns) {
            Objects.requireNonNull(columns, "columns");
            if (names.isEmpty()) {
                throw new IllegalArgumentException("add at least one parameter before writing");
            }
            if (columns.length != names.size()) {
                throw new IllegalArgumentException(names.size() + " parameters need " + names.size()
                        + " columns, was given " + columns.length);
            }
            for (int p = 0; p < columns.length; p++) {
                Objects.requireNonNull(columns[p], "column " + p);
                if (columns[p].length != columns[0].length) {
                    throw new IllegalArgumentException("column " + p + " (" + names.get(p) + ") has "
                            + columns[p].length + " values, column 0 has " + columns[0].length);
                }
            }
        }

        private void writeChecked(OutputStream out, double[][] columns) throws IOException {
            int events = columns[0].length;
            int par = columns.length;
            long dataLength = (long) events * par * 4;
            Map<String, String> text = new LinkedHashMap<>();
            text.put("$BEGINANALYSIS", "0");
            text.put("$ENDANALYSIS", "0");
            text.put("$BEGINSTEXT", "0");
            text.put("$ENDSTEXT", "0");
            text.put("$BEGINDATA", "0");
            text.put("$ENDDATA", "0");
            text.put("$BYTEORD", "1,2,3,4");
            text.put("$DATATYPE", "F");
            text.put("$MODE", "L");
            text.put("$NEXTDATA", "0");
            text.put("$PAR", Integer.toString(par));
            text.put("$TOT", Integer.toString(events));
            for (int p = 0; p < par; p++) {
                String k = "$P" + (p + 1);
                text.put(k + "N", names.get(p));
                if (labels.get(p) != null) {
                    text.put(k + "S", labels.get(p));
                }
                text.put(k + "B", "32");
                text.put(k + "E", "0,0");
                text.put(k + "R", number(ranges.get(p)));
            }
            if (spillover != null) {
                text.put("$SPILLOVER", spillString(spillover));
            }
            text.putAll(keywords);
            byte delimiter = chooseDelimiter(text);
            long dataBegin = 0;
            long dataEnd = 0;
            byte[] textBytes = serialize(text, delimiter);
            for (int attempt = 0; attempt < 4 && dataLength > 0; attempt++) {
                long begin = TEXT_BEGIN + textBytes.length;
                long end = begin + dataLength - 1;
                if (begin == dataBegin && end == dataEnd) {
                    break;
                }
                dataBegin = begin;
                dataEnd = end;
                text.put("$BEGINDATA", Long.toString(dataBegin));
                text.put("$ENDDATA", Long.toString(dataEnd));
                textBytes = serialize(text, delimiter);
            }
            long textEnd = TEXT_BEGIN + textBytes.length - 1;
            if (textEnd > HEADER_LIMIT) {
                throw new IllegalArgumentException("TEXT would end at byte " + textEnd + ", beyond the HEADER's "
                        + HEADER_LIMIT + " limit; write fewer or shorter keywords");
            }
            boolean dataInHeader = dataEnd <= HEADER_LIMIT;
            StringBuilder header = new StringBuilder("FCS3.1    ");
            header.append(pad(TEXT_BEGIN)).append(pad(textEnd));
            header.append(pad(dataInHeader ? dataBegin : 0)).append(pad(dataInHeader ? dataEnd : 0));
            header.append(pad(0)).append(pad(0));
            out.write(header.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(textBytes);
            writeData(out, columns, events);
            out.write("00000000".getBytes(StandardCharsets.US_ASCII));
        }

        private static void writeData(OutputStream out, double[][] columns, int events) throws IOException {
            int par = columns.length;
            int stride = par * 4;
            int chunkEvents = Math.max(1, (1 << 20) / stride);
            byte[] chunk = new byte[(int) Math.min((long) chunkEvents * stride, Math.max(1L, (long) events * stride))];
            for (int first = 0; first < events; first += chunkEvents) {
                int n = Math.min(chunkEvents, events - first);
                for (int p = 0; p < par; p++) {
                    double[] column = columns[p];
                    for (int e = 0, i = p * 4; e < n; e++, i += stride) {
                        FLOAT_LE.set(chunk, i, (float) column[first + e]);
                    }
                }
                out.write(chunk, 0, n * stride);
            }
        }
    }

    private static String spillString(Spillover s) {
        StringBuilder sb = new StringBuilder().append(s.size());
        for (String name : s.parameterNames()) {
            sb.append(',').append(name);
        }
        for (double v : s.matrix()) {
            sb.append(',').append(number(v));
        }
        return sb.toString();
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String pad(long value) {
        String s = Long.toString(value);
        return " ".repeat(8 - s.length()) + s;
    }

    private static byte chooseDelimiter(Map<String, String> text) {
        for (int i = 0; i < DELIMITERS.length(); i++) {
            char d = DELIMITERS.charAt(i);
            boolean usable = true;
            for (Map.Entry<String, String> e : text.entrySet()) {
                if (e.getKey().indexOf(d) >= 0 || e.getValue().charAt(0) == d) {
                    usable = false;
                    break;
                }
            }
            if (usable) {
                return (byte) d;
            }
        }
        throw new IllegalArgumentException("every candidate delimiter (" + DELIMITERS + ") appears in a keyword or "
                + "starts a value; FCS 3.1 cannot escape that");
    }

    private static byte[] serialize(Map<String, String> text, byte delimiter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        out.write(delimiter);
        for (Map.Entry<String, String> e : text.entrySet()) {
            escape(out, e.getKey(), delimiter);
            out.write(delimiter);
            escape(out, e.getValue(), delimiter);
            out.write(delimiter);
        }
        return out.toByteArray();
    }

    private static void escape(ByteArrayOutputStream out, String s, byte delimiter) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            out.write(b);
            if (b == delimiter) {
                out.write(b);
            }
        }
    }
}
