package cellengine.analysis.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A set of event columns: one {@code double[]} per channel, named by the channel's {@code $PnN} value, all
 * holding {@link #eventCount()} events.
 *
 * <p>The table does <em>not</em> copy the column arrays: copying 16 channels of a million events on every step
 * of the analysis pipeline would dominate its cost. It treats them as read-only, and so must its users.
 * {@link #column(int)} returns the stored array itself. A column may be longer than {@code eventCount()}; only
 * its first {@code eventCount()} values belong to the table.
 *
 * <p>Channel names are matched exactly (case-sensitive). When a name occurs twice, lookups by name find the
 * first occurrence.
 *
 * @since 0.1
 */
public final class EventTable {

    private final List<String> names;
    private final double[][] columns;
    private final int eventCount;

    private EventTable(List<String> names, double[][] columns, int eventCount) {
        this.names = names;
        this.columns = columns;
        this.eventCount = eventCount;
    }

    /**
     * Creates a table over the given columns, without copying the column arrays.
     *
     * @param channelNames one name per column
     * @param columns the columns, in {@code channelNames} order
     * @param eventCount the number of events; every column must hold at least this many values
     * @return the table
     * @throws IllegalArgumentException if the counts disagree, a column is too short or a name is null
     * @throws NullPointerException if an argument or a column is null
     */
    public static EventTable of(List<String> channelNames, double[][] columns, int eventCount) {
        Objects.requireNonNull(channelNames, "channelNames");
        Objects.requireNonNull(columns, "columns");
        if (eventCount < 0) {
            throw new IllegalArgumentException("eventCount must be >= 0, was " + eventCount);
        }
        if (channelNames.size() != columns.length) {
            throw new IllegalArgumentException(channelNames.size() + " channel names were given for "
                    + columns.length + " columns");
        }
        List<String> names = new ArrayList<>(channelNames.size());
        for (int c = 0; c < columns.length; c++) {
            String name = channelNames.get(c);
            if (name == null) {
                throw new IllegalArgumentException("channel name " + c + " is null");
            }
            if (columns[c] == null) {
                throw new NullPointerException("column " + c + " ('" + name + "') is null");
            }
            if (columns[c].length < eventCount) {
                throw new IllegalArgumentException("column " + c + " ('" + name + "') holds " + columns[c].length
                        + " values, fewer than the " + eventCount + " events");
            }
            names.add(name);
        }
        return new EventTable(List.copyOf(names), columns.clone(), eventCount);
    }

    /** {@return the number of events} */
    public int eventCount() {
        return eventCount;
    }

    /** {@return the number of channels} */
    public int channelCount() {
        return columns.length;
    }

    /** {@return the channel names, in column order (immutable)} */
    public List<String> channelNames() {
        return names;
    }

    /**
     * {@return the index of the first channel named {@code channel}, or -1 when there is none}
     *
     * @param channel the channel name ($PnN)
     */
    public int indexOf(String channel) {
        return names.indexOf(channel);
    }

    /**
     * {@return whether the table has a channel of this name}
     *
     * @param channel the channel name ($PnN)
     */
    public boolean hasChannel(String channel) {
        return names.contains(channel);
    }

    /**
     * Returns the stored column array (not a copy); treat it as read-only.
     *
     * @param index the column index
     * @return the column
     * @throws IndexOutOfBoundsException if the index is out of range
     */
    public double[] column(int index) {
        Objects.checkIndex(index, columns.length);
        return columns[index];
    }

    /**
     * Returns the stored column array of a channel (not a copy); treat it as read-only.
     *
     * @param channel the channel name ($PnN)
     * @return the column
     * @throws NoSuchElementException if the table has no such channel; the message lists the channels it has
     */
    public double[] column(String channel) {
        int index = indexOf(channel);
        if (index < 0) {
            throw new NoSuchElementException("no channel '" + channel + "' among " + names);
        }
        return columns[index];
    }

    /**
     * {@return a table with the same names whose columns are replaced by {@code replacement} where it is not
     * null} Used to substitute compensated columns while sharing the others.
     *
     * @param replacement one entry per channel: the new column, or null to keep the current one
     * @throws IllegalArgumentException if the length differs from the channel count or a column is too short
     */
    public EventTable withColumns(double[][] replacement) {
        if (replacement.length != columns.length) {
            throw new IllegalArgumentException(replacement.length + " replacement columns for " + columns.length
                    + " channels");
        }
        double[][] merged = columns.clone();
        for (int c = 0; c < merged.length; c++) {
            if (replacement[c] != null) {
                merged[c] = replacement[c];
            }
        }
        return of(names, merged, eventCount);
    }

    @Override
    public String toString() {
        return "EventTable[" + eventCount + " events, channels " + names + "]";
    }
}
