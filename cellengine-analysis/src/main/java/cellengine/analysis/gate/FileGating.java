package cellengine.analysis.gate;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.population.GateMemberships;
import cellengine.analysis.population.PopulationExpression;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.Bitsets;
import cellengine.analysis.stats.EventTable;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-event pipeline of docs/semantics.md#per-event-pipeline for one file: FCS scale values → compensated → clamped
 * and scaled (per gate channel) → gate membership → population membership. Statistics then use {@link #events()}, the
 * compensated values, unscaled and unclamped (docs/semantics.md#statistic-values).
 *
 * <p>Work is done lazily and cached: a channel is scaled the first time a gate needs it, and each selected gate
 * is evaluated once for all its sectors. A gate whose channel the file lacks contains no events
 * (docs/semantics.md#gate-boundaries). An instance is not thread-safe; use one per file and thread.
 *
 * <pre>{@code
 * FileGating gating = FileGating.compensate(table, CompensationMatrix.from(spillover), scales, gates, fileId);
 * long[] tCells = PopulationExpression.parse(gatesJson).evaluate(gating);
 * }</pre>
 *
 * @since 0.1
 */
public final class FileGating implements GateMemberships {

    private final EventTable events;
    private final Map<String, Scale> scales;
    private final GateSet gates;
    private final String fcsFileId;
    private final Map<String, double[]> scaled = new HashMap<>();
    private final Map<GateDefinition, long[][]> evaluated = new HashMap<>();
    private final long[] empty;

    private FileGating(EventTable events, Map<String, Scale> scales, GateSet gates, String fcsFileId) {
        this.events = events;
        this.scales = scales;
        this.gates = gates;
        this.fcsFileId = fcsFileId;
        this.empty = Bitsets.none(events.eventCount());
    }

    /**
     * Prepares gating over values that are already compensated (or deliberately uncompensated).
     *
     * @param compensated the compensated FCS scale values
     * @param scales the experiment's scales by channel name ($PnN), copied; no null keys or values
     * @param gates the experiment's gates
     * @param fcsFileId the file's id for tailored selection, or null to use only global gates
     * @return the pipeline
     */
    public static FileGating of(EventTable compensated, Map<String, ? extends Scale> scales, GateSet gates,
            String fcsFileId) {
        return new FileGating(Objects.requireNonNull(compensated, "compensated"),
                Map.copyOf(Objects.requireNonNull(scales, "scales")), Objects.requireNonNull(gates, "gates"),
                fcsFileId);
    }

    /**
     * Compensates FCS scale values (step 3 of docs/semantics.md#per-event-pipeline), then prepares gating over them.
     *
     * @param scaleValues the file's FCS scale values
     * @param compensation the compensation, or null for none (UNCOMPENSATED)
     * @param scales the experiment's scales by channel name ($PnN); no null keys or values
     * @param gates the experiment's gates
     * @param fcsFileId the file's id for tailored selection, or null to use only global gates
     * @return the pipeline
     * @throws cellengine.analysis.compensation.MissingChannelsException if the file lacks a compensation channel
     */
    public static FileGating compensate(EventTable scaleValues, CompensationMatrix compensation,
            Map<String, ? extends Scale> scales, GateSet gates, String fcsFileId) {
        Objects.requireNonNull(scaleValues, "scaleValues");
        EventTable compensated = compensation == null ? scaleValues : compensation.apply(scaleValues);
        return of(compensated, scales, gates, fcsFileId);
    }

    /** {@return the compensated, unscaled values that statistics use} */
    public EventTable events() {
        return events;
    }

    @Override
    public int eventCount() {
        return events.eventCount();
    }

    /** {@return the file id used for tailored selection, or null} */
    public String fcsFileId() {
        return fcsFileId;
    }

    /**
     * {@inheritDoc}
     *
     * @throws NoSuchElementException if the selected gate's channel has no scale in the scale set
     */
    @Override
    public long[] members(String gid) {
        Optional<GateRegion> region = gates.resolve(gid, fcsFileId);
        return region.isPresent() ? members(region.get()) : empty;
    }

    /**
     * Returns the events in one region (shared and cached: do not modify).
     *
     * @param region a gate and sector
     * @return the member bitset
     * @throws NoSuchElementException if the gate's channel has no scale in the scale set
     */
    public long[] members(GateRegion region) {
        long[][] sectors = evaluated.get(region.gate());
        if (sectors == null) {
            sectors = evaluate(region.gate());
            evaluated.put(region.gate(), sectors);
        }
        return sectors[region.sector()];
    }

    /**
     * {@return a new bitset of the population's members}
     *
     * @param expression the population's expression
     */
    public long[] population(PopulationExpression expression) {
        return expression.evaluate(this);
    }

    /**
     * Returns a channel's clamped and scaled values (shared and cached: do not modify).
     *
     * @param channel the channel name
     * @return the scaled column
     * @throws NoSuchElementException if the file has no such channel, or the scale set has no scale for it
     */
    public double[] scaled(String channel) {
        double[] column = scaled.get(channel);
        if (column == null) {
            column = Scale.of(scales, channel).clampAndTransform(events.column(channel), events.eventCount());
            scaled.put(channel, column);
        }
        return column;
    }

    private long[][] evaluate(GateDefinition gate) {
        GateGeometry geometry = gate.geometry();
        int n = events.eventCount();
        boolean twoD = geometry.dimensions() == 2;
        if (!events.hasChannel(gate.xChannel()) || (twoD && !events.hasChannel(gate.yChannel()))) {
            return new long[geometry.sectorCount()][Bitsets.words(n)];
        }
        double[] x = scaled(gate.xChannel());
        double[] y = twoD ? scaled(gate.yChannel()) : null;
        return geometry.evaluate(x, y, n);
    }

    @Override
    public String toString() {
        return "FileGating[file " + fcsFileId + ", " + events + "]";
    }
}
