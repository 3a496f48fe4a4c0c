package cellengine.analysis.fcs;

import cellengine.analysis.stats.EventTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The first data set of an FCS file: its keywords, parameters and events.
 *
 * <p>Each parameter's values are held once, in one primitive array (float where every value fits a float exactly,
 * as for float32 data and integers up to 24 bits; double otherwise). {@link #rawColumn(int)} gives the channel values
 * as stored (integers masked to their {@code $PnR} bits); {@link #column(int)} gives the FCS <em>scale values</em>
 * that gating and statistics use (docs/semantics.md#d1-fcs-scale-values, decision D1): {@code $PnE} log amplification
 * decoded, linear parameters divided by {@code $PnG}, no clipping and no {@code $TIMESTEP}. Both return a new array
 * that the caller owns, so instances are immutable and safe to share between threads.
 *
 * <p>Read one with {@link FcsReader#read(java.nio.file.Path)}.
 *
 * @since 0.1
 */
public final class FcsData {

    private final String version;
    private final Keywords keywords;
    private final Map<String, String> keywordMap;
    private final ParameterSpec[] specs;
    private final Column[] columns;
    private final int events;
    private final Spillover spillover;
    private final int dataSetCount;
    private final List<String> warnings;
    private final List<String> names;
    private final List<String> labels;

    FcsData(String version, Keywords keywords, ParameterSpec[] specs, Column[] columns, int events,
            Spillover spillover, int dataSetCount, List<String> warnings) {
        this.version = version;
        this.keywords = keywords;
        this.keywordMap = keywords.asMap();
        this.specs = specs;
        this.columns = columns;
        this.events = events;
        this.spillover = spillover;
        this.dataSetCount = dataSetCount;
        this.warnings = List.copyOf(warnings);
        String[] n = new String[specs.length];
        String[] l = new String[specs.length];
        for (int i = 0; i < specs.length; i++) {
            n[i] = specs[i].name();
            l[i] = specs[i].label();
        }
        this.names = List.of(n);
        this.labels = Collections.unmodifiableList(Arrays.asList(l));
    }

    /** {@return the FCS version from the HEADER: {@code FCS2.0}, {@code FCS3.0}, {@code FCS3.1} or {@code FCS3.2}} */
    public String version() {
        return version;
    }

    /** {@return the number of events, {@code $TOT}} */
    public int eventCount() {
        return events;
    }

    /** {@return the number of parameters, {@code $PAR}} */
    public int parameterCount() {
        return specs.length;
    }

    /** {@return the parameter names ({@code $PnN}) in parameter order, as written (duplicates are kept)} */
    public List<String> parameterNames() {
        return names;
    }

    /**
     * {@return the parameter labels ({@code $PnS}) in parameter order; an entry is null where the file has no
     * {@code $PnS} or a blank one}
     */
    public List<String> parameterLabels() {
        return labels;
    }

    /**
     * {@return the index of the first parameter whose {@code $PnN} equals {@code name}, or -1}
     *
     * @param name the {@code $PnN} to find
     */
    public int indexOf(String name) {
        Objects.requireNonNull(name, "name");
        return names.indexOf(name);
    }

    /**
     * {@return the value of a TEXT keyword, or null when absent}
     *
     * @param key the keyword, compared case-insensitively; the {@code $} of standard keywords is part of it
     *     ({@code keyword("$TOT")}, and {@code SPILL} differs from {@code $SPILL}), as the FCS standard defines
     */
    public String keyword(String key) {
        Objects.requireNonNull(key, "key");
        return keywords.get(key);
    }

    /**
     * {@return every TEXT keyword (supplemental TEXT included, where primary TEXT does not set the same key), in
     * file order, with keys as written; the map is unmodifiable and its {@code get} is case-sensitive: use
     * {@link #keyword(String)} to look keys up}
     */
    public Map<String, String> keywords() {
        return keywordMap;
    }

    /**
     * {@return the scale values of a parameter, one per event, in a new array}
     *
     * @param parameter the parameter index, from 0
     * @throws IndexOutOfBoundsException if there is no such parameter
     */
    public double[] column(int parameter) {
        Objects.checkIndex(parameter, specs.length);
        double[] values = columns[parameter].toDoubles();
        specs[parameter].scale().apply(values, values);
        return values;
    }

    /**
     * {@return every parameter's scale values as an {@link EventTable}, the input of compensation, gating and
     * statistics}
     * The table owns new arrays: changing them does not change this file.
     */
    public EventTable toEventTable() {
        double[][] values = new double[specs.length][];
        for (int p = 0; p < specs.length; p++) {
            values[p] = column(p);
        }
        return EventTable.of(parameterNames(), values, eventCount());
    }

    /**
     * {@return the scale values of the parameter whose {@code $PnN} is {@code name}, in a new array}
     *
     * @param name the parameter's {@code $PnN}
     * @throws IllegalArgumentException if no parameter, or more than one, has that name
     */
    public double[] column(String name) {
        return column(uniqueIndex(name));
    }

    /**
     * {@return the channel values of a parameter as stored in DATA, in a new array: integers masked to their
     * {@code $PnR} bits, without {@code $PnE} or {@code $PnG} applied}
     *
     * @param parameter the parameter index, from 0
     * @throws IndexOutOfBoundsException if there is no such parameter
     */
    public double[] rawColumn(int parameter) {
        Objects.checkIndex(parameter, specs.length);
        return columns[parameter].toDoubles();
    }

    /**
     * {@return the channel values of the parameter named {@code name}, as in {@link #rawColumn(int)}}
     *
     * @param name the parameter's {@code $PnN}
     * @throws IllegalArgumentException if no parameter, or more than one, has that name
     */
    public double[] rawColumn(String name) {
        return rawColumn(uniqueIndex(name));
    }

    /**
     * {@return {@code $PnR} of a parameter, or NaN when absent or not a number}
     *
     * @param parameter the parameter index, from 0
     */
    public double range(int parameter) {
        Objects.checkIndex(parameter, specs.length);
        return specs[parameter].range();
    }

    /**
     * {@return the file's spill matrix: {@code $SPILLOVER}, else {@code SPILL}, {@code $SPILL}, then
     * {@code $COMP}; empty when none is present or readable (see {@link #warnings()})}
     */
    public Optional<Spillover> spillover() {
        return Optional.ofNullable(spillover);
    }

    /**
     * {@return the number of data sets chained by {@code $NEXTDATA}; only the first is read}
     */
    public int dataSetCount() {
        return dataSetCount;
    }

    /**
     * {@return what the reader accepted but did not find as the standard says: offset disagreements and which offsets
     * were used, an extra DATA byte, a missing final delimiter, unreadable spillover keywords, ...}
     */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * Returns the events at {@code indices}, in that order, with every parameter and keyword kept
     * ({@code $TOT} is set to the new count).
     *
     * @param indices event indices, from 0; repeats are allowed
     * @return a new {@code FcsData}
     * @throws IndexOutOfBoundsException if an index is negative or not below {@link #eventCount()}
     */
    public FcsData subset(int[] indices) {
        int[] copy = indices.clone();
        for (int index : copy) {
            Objects.checkIndex(index, events);
        }
        Column[] selected = new Column[columns.length];
        for (int p = 0; p < columns.length; p++) {
            selected[p] = columns[p].select(copy);
        }
        return withColumns(selected, copy.length);
    }

    /**
     * Returns the events whose bits are set, in event order, with every parameter and keyword kept
     * ({@code $TOT} is set to the new count).
     *
     * @param bitset 64 events per word: event {@code i} is bit {@code i & 63} of word {@code i >>> 6}; missing
     *     words count as zero
     * @return a new {@code FcsData}
     * @throws IllegalArgumentException if a bit at or beyond {@link #eventCount()} is set
     */
    public FcsData subset(long[] bitset) {
        long[] bits = bitset.clone();
        int count = 0;
        for (int w = 0; w < bits.length; w++) {
            long word = bits[w];
            if (word == 0) {
                continue;
            }
            long highest = ((long) w << 6) + 63 - Long.numberOfLeadingZeros(word);
            if (highest >= events) {
                throw new IllegalArgumentException("bit " + highest + " is set, but there are only " + events
                        + " events");
            }
            count += Long.bitCount(word);
        }
        Column[] selected = new Column[columns.length];
        for (int p = 0; p < columns.length; p++) {
            selected[p] = columns[p].select(bits, count);
        }
        return withColumns(selected, count);
    }

    ParameterSpec spec(int parameter) {
        return specs[parameter];
    }

    private FcsData withColumns(Column[] selected, int count) {
        return new FcsData(version, keywords.with("$TOT", Integer.toString(count)), specs, selected, count,
                spillover, dataSetCount, warnings);
    }

    private int uniqueIndex(String name) {
        Objects.requireNonNull(name, "name");
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equals(name)) {
                found.add(i);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no parameter is named '" + name + "'; the names are " + names);
        }
        throw new IllegalArgumentException("the name '" + name + "' is ambiguous: parameters (from 0) " + found
                + " share it; use the index");
    }

    @Override
    public String toString() {
        return "FcsData[" + version + ", " + events + " events × " + specs.length + " parameters "
                + names + "]";
    }
}
