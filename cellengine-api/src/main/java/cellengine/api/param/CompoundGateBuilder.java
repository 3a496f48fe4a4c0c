package cellengine.api.param;

import cellengine.api.ObjectIds;
import cellengine.api.internal.model.GateChecks;
import cellengine.api.model.Gate;
import cellengine.api.model.Point;
import cellengine.api.model.Quadrant;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.Split;
import cellengine.api.model.SplitGate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a quadrant or split gate ({@link Gates}): the common settings of {@link GateBuilder} plus the sector gids
 * (new client-generated ids unless given), the sector labels and, for quadrants, {@code skewable} and the angles.
 * Sector names are {@code "<name> (UR)"}, {@code "(UL)"}, {@code "(LL)"}, {@code "(LR)"} for quadrants and
 * {@code "<name> (L)"}, {@code "(R)"} for splits (docs/wire.md#gate-builders).
 *
 * <p>The default labels need the experiment's scale set (see {@link GateSpec.Builder#labelsFrom(ScaleSet)}): give
 * {@link #labels(List)} or {@link #labelsFrom(ScaleSet)}, or let the client fetch the scale set when it creates
 * the gate (one more request).
 *
 * @since 0.1
 */
public final class CompoundGateBuilder extends GateBuilder<CompoundGateBuilder> {

    private final double x;
    private double y;
    private List<Double> angles = Quadrant.DEFAULT_ANGLES;
    private boolean skewable;
    private List<String> gids;
    private List<Point> labels = List.of();
    private ScaleSet labelScales;

    CompoundGateBuilder(String type, String xChannel, String yChannel, String name, double x, double y) {
        super(type, name, xChannel, yChannel);
        this.x = GateChecks.finite(type + " x", x);
        this.y = GateChecks.finite(type + " y", y);
    }

    private int sectors() {
        return QuadrantGate.TYPE.equals(type) ? 4 : 2;
    }

    /**
     * Uses these sector gids instead of new ones.
     *
     * @param value 4 (quadrant: UR, UL, LL, LR) or 2 (split: L, R) distinct 24-hex gids
     * @return this builder
     * @throws IllegalArgumentException when the count or a gid is wrong
     */
    public CompoundGateBuilder gids(List<String> value) {
        List<String> copy = List.copyOf(value);
        if (copy.size() != sectors() || copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(type + " needs " + sectors() + " distinct sector gids, was given "
                    + copy);
        }
        copy.forEach(g -> requireGid(g, "sector gid"));
        this.gids = copy;
        return this;
    }

    /**
     * Sets the sector labels.
     *
     * @param value 4 (quadrant) or 2 (split) positions, in sector order
     * @return this builder
     * @throws IllegalArgumentException when the count is wrong
     */
    public CompoundGateBuilder labels(List<Point> value) {
        List<Point> copy = List.copyOf(value);
        if (copy.size() != sectors()) {
            throw new IllegalArgumentException(type + " labels must be " + sectors() + " points, was given "
                    + copy.size());
        }
        this.labels = copy;
        this.labelScales = null;
        return this;
    }

    /**
     * Computes the default labels from the experiment's scale set (see {@link GateSpec.Builder#labelsFrom(ScaleSet)}).
     *
     * @param scales the experiment's scale set
     * @return this builder
     */
    public CompoundGateBuilder labelsFrom(ScaleSet scales) {
        this.labelScales = Objects.requireNonNull(scales, "scales");
        this.labels = List.of();
        return this;
    }

    /**
     * Sets the quadrant's ray angles (default {@code [0, π/2, π, 3π/2]}); quadrants only.
     *
     * @param value four angles, radians
     * @return this builder
     * @throws IllegalStateException for a split gate
     */
    public CompoundGateBuilder angles(List<Double> value) {
        requireQuadrant("angles");
        this.angles = new Quadrant(0, 0, value).angles();
        return this;
    }

    /**
     * Sets {@code model.skewable} (default {@code false}); quadrants only.
     *
     * @param value whether the UI lets the rays be skewed
     * @return this builder
     * @throws IllegalStateException for a split gate
     */
    public CompoundGateBuilder skewable(boolean value) {
        requireQuadrant("skewable");
        this.skewable = value;
        return this;
    }

    /**
     * Sets the split line's drawn height (default 0.5, display only); splits only.
     *
     * @param value the fraction of the plot height
     * @return this builder
     * @throws IllegalStateException for a quadrant gate
     */
    public CompoundGateBuilder lineHeight(double value) {
        if (!SplitGate.TYPE.equals(type)) {
            throw new IllegalStateException("lineHeight applies to split gates; this is a " + type);
        }
        this.y = GateChecks.finite("split y", value);
        return this;
    }

    private void requireQuadrant(String what) {
        if (!QuadrantGate.TYPE.equals(type)) {
            throw new IllegalStateException(what + " applies to quadrant gates; this is a " + type);
        }
    }

    @Override
    Gate gate(String familyGid, boolean isLocked, boolean tailored, String fileId) {
        List<String> sectorGids = gids;
        if (sectorGids == null) {
            sectorGids = new ArrayList<>();
            for (int i = 0; i < sectors(); i++) {
                sectorGids.add(ObjectIds.generate());
            }
        }
        if (sectorGids.contains(familyGid)) {
            throw new IllegalArgumentException(type + " gid " + familyGid + " is also one of its sector gids");
        }
        List<String> suffixes = QuadrantGate.TYPE.equals(type) ? QuadrantGate.SECTORS : SplitGate.SECTORS;
        List<String> names = new ArrayList<>();
        suffixes.forEach(s -> names.add(name + " (" + s + ")"));
        String fid = tailored ? fileId : null;
        Gate gate = QuadrantGate.TYPE.equals(type)
                ? new QuadrantGate(null, null, familyGid, names, xChannel, yChannel, tailored, fid, isLocked, labels,
                        sectorGids, skewable, new Quadrant(coordinates.x(x), coordinates.y(y), angles), null)
                : new SplitGate(null, null, familyGid, names, xChannel, tailored, fid, isLocked, labels, sectorGids,
                        new Split(coordinates.x(x), y), null);
        return labelScales == null ? gate : GateLabels.withDefaults(gate, labelScales);
    }
}
