package cellengine.api.model;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.EventTable;
import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An experiment's scale set, with every field of docs/wire.md#scale-set-fields: one scale per channel name. Each
 * experiment has exactly one.
 *
 * <pre>{@code
 * ScaleSet scales = client.getScaleset(eid);
 * Scale fsc = scales.scaleFor("FSC-A");                       // LinearScale[minimum=1.0, maximum=262144.0]
 * double y = scales.scaleFor("CD4").transform(x);             // Python: scales.scale_fn_for_channel("CD4")(x)
 * EventTable scaled = scales.apply(client.getEvents(eid, fid, EventExport.fcs()));          // not clamped
 * EventTable asGated = scales.apply(table, true);                                           // clamp_q=True
 * }</pre>
 *
 * <p>Scales are the analysis module's {@link Scale} records. As in the Python client, applying a scale set does not
 * clamp to the scales' bounds unless asked to; gating does clamp (docs/semantics.md#clamping).
 *
 * @param id the scale set's {@code _id}
 * @param experimentId the experiment it belongs to
 * @param name the name, such as {@code "Scale Set 1"}
 * @param scales the scales, one per channel name
 * @param updated when it was last changed
 * @param version the storage version key {@code __v}, or {@code null}
 * @since 0.1
 */
public record ScaleSet(
        @JsonbProperty("_id") String id,
        @JsonbProperty("experimentId") String experimentId,
        @JsonbProperty("name") String name,
        @JsonbProperty("scales") List<ChannelScale> scales,
        @JsonbProperty("updated") Instant updated,
        @JsonbProperty("__v") Integer version) {

    /**
     * Creates the record; an absent list becomes empty.
     *
     * @param id the scale set's {@code _id}
     * @param experimentId the experiment it belongs to
     * @param name the name
     * @param scales the scales
     * @param updated when it was last changed
     * @param version the storage version key, or {@code null}
     */
    public ScaleSet {
        scales = Values.list(scales);
    }

    /**
     * {@return the scale of a channel}
     *
     * @param channel the channel name ({@code $PnN})
     * @throws NoSuchElementException when the set has no scale for it (the Python client's {@code ValueError}
     *         {@code "Channel '<ch>' is not in this scaleset."}); the message lists the channels it has
     */
    public Scale scaleFor(String channel) {
        return findScale(channel).orElseThrow(() -> new NoSuchElementException("Channel '" + channel
                + "' is not in this scaleset; it has " + channelNames()));
    }

    /**
     * {@return the scale of a channel, if the set has one}
     *
     * @param channel the channel name ({@code $PnN})
     */
    public Optional<Scale> findScale(String channel) {
        Objects.requireNonNull(channel, "channel");
        for (ChannelScale entry : scales) {
            if (channel.equals(entry.channelName())) {
                return Optional.ofNullable(entry.scale());
            }
        }
        return Optional.empty();
    }

    /** {@return the channel names, in the set's order} */
    public List<String> channelNames() {
        List<String> names = new ArrayList<>(scales.size());
        scales.forEach(s -> names.add(s.channelName()));
        return List.copyOf(names);
    }

    /** {@return the scales by channel name, in the set's order (the Python client's map view)} */
    public Map<String, Scale> asMap() {
        Map<String, Scale> map = new LinkedHashMap<>();
        scales.forEach(s -> map.putIfAbsent(s.channelName(), s.scale()));
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * {@return a copy in which one channel's scale is replaced, or added at the end}
     *
     * @param channel the channel name
     * @param scale its new scale
     */
    public ScaleSet withScale(String channel, Scale scale) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(scale, "scale");
        List<ChannelScale> next = new ArrayList<>(scales.size() + 1);
        boolean replaced = false;
        for (ChannelScale entry : scales) {
            if (!replaced && channel.equals(entry.channelName())) {
                next.add(new ChannelScale(channel, scale));
                replaced = true;
            } else {
                next.add(entry);
            }
        }
        if (!replaced) {
            next.add(new ChannelScale(channel, scale));
        }
        return new ScaleSet(id, experimentId, name, next, updated, version);
    }

    /**
     * {@return the file's events with each channel that has a scale transformed, without clamping} (Python
     * {@code ScaleSet.apply(file)}); the other channels keep their FCS scale values
     *
     * @param data events, for example from {@code CellEngine.getEvents}
     */
    public EventTable apply(FcsData data) {
        return apply(Objects.requireNonNull(data, "data").toEventTable(), false);
    }

    /**
     * {@return the table with each channel that has a scale transformed, without clamping}; the other channels
     * are shared unchanged
     *
     * @param table events, such as compensated FCS scale values
     */
    public EventTable apply(EventTable table) {
        return apply(table, false);
    }

    /**
     * {@return the table with each channel that has a scale transformed, clamped to {@code [minimum, maximum]}
     * first when {@code clamp} is true (Python {@code clamp_q}; gating clamps); the other channels are shared
     * unchanged}
     *
     * @param table events
     * @param clamp whether to clamp to {@code [minimum, maximum]} before transforming
     */
    public EventTable apply(EventTable table, boolean clamp) {
        Objects.requireNonNull(table, "table");
        Map<String, Scale> map = asMap();
        double[][] replacement = new double[table.channelCount()][];
        int n = table.eventCount();
        for (int c = 0; c < table.channelCount(); c++) {
            Scale scale = map.get(table.channelNames().get(c));
            if (scale == null) {
                continue;
            }
            double[] in = table.column(c);
            double[] out = new double[n];
            if (clamp) {
                scale.clampAndTransform(in, out, n);
            } else {
                scale.transform(in, out, n);
            }
            replacement[c] = out;
        }
        return table.withColumns(replacement);
    }
}
