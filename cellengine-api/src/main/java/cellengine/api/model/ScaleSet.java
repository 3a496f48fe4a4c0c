package cellengine.api.model;

import cellengine.analysis.fcs.FcsData;
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
 * An experiment's scale set, with every field of cellengine-api.md §3.10: one scale per channel name. Each
 * experiment has exactly one.
 *
 * <pre>{@code
 * ScaleSet scales = client.getScaleset(eid);
 * Scale fsc = scales.scaleFor("FSC-A");                       // LinearScale[minimum=1.0, maximum=262144.0]
 * EventTable scaled = scales.apply(client.getEvents(eid, fid, EventExport.fcs()));
 * }</pre>
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

    /** {@return the analysis form of this scale set} */
    public cellengine.analysis.scale.ScaleSet toAnalysis() {
        Map<String, cellengine.analysis.scale.Scale> map = new LinkedHashMap<>();
        asMap().forEach((channel, scale) -> map.put(channel, scale.toAnalysis()));
        return cellengine.analysis.scale.ScaleSet.of(map);
    }

    /**
     * {@return the file's events scaled as gating sees them: each channel with a scale is clamped and transformed,
     * the others keep their FCS scale values}
     *
     * @param data events, for example from {@code CellEngine.getEvents}
     */
    public EventTable apply(FcsData data) {
        return apply(Objects.requireNonNull(data, "data").toEventTable(), true);
    }

    /**
     * {@return the table scaled as gating sees it: each channel with a scale is clamped to
     * {@code [minimum, maximum]} and transformed (semantics.md §5.3); the others are shared unchanged}
     *
     * @param table events, such as compensated FCS scale values
     */
    public EventTable apply(EventTable table) {
        return apply(table, true);
    }

    /**
     * {@return the table scaled: each channel with a scale is transformed, clamped first when {@code clamp} is
     * true (the Python client's {@code clamp_q}); the other channels are shared unchanged}
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
            cellengine.analysis.scale.Scale f = scale.toAnalysis();
            double[] in = table.column(c);
            double[] out = new double[n];
            if (clamp) {
                f.apply(in, out, n);
            } else {
                for (int e = 0; e < n; e++) {
                    out[e] = f.transform(in[e]);
                }
            }
            replacement[c] = out;
        }
        return table.withColumns(replacement);
    }
}
