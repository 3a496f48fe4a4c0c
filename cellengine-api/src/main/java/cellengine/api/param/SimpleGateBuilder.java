package cellengine.api.param;

import cellengine.api.model.Gate;
import cellengine.api.model.Point;

import java.util.Objects;

/**
 * Builds a rectangle, polygon, ellipse or range gate ({@link Gates}): the common settings of {@link GateBuilder}
 * plus the label, which defaults to the reference's position (docs/wire.md#gate-builders): the rectangle's centre, the
 * mean of the polygon's vertices, the ellipse's centre, or the range's middle at the bar's height.
 *
 * <p>Coordinates are in the channel's <b>scaled</b> space (after the experiment's scale for that channel, where the
 * server gates) unless {@link #inRawUnits(cellengine.api.model.ScaleSet)} says they are raw channel values.
 *
 * @since 0.1
 */
public final class SimpleGateBuilder extends GateBuilder<SimpleGateBuilder> {

    /** Makes the gate from the common fields, the label ({@code null}: the default) and the coordinates' reading. */
    interface Factory {
        Gate make(String gid, String name, boolean locked, boolean tailored, String fileId, Point label,
                  Coordinates coordinates);
    }

    private final Factory factory;
    private Point label;

    SimpleGateBuilder(String type, String name, String xChannel, String yChannel, Factory factory) {
        super(type, name, xChannel, yChannel);
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /**
     * Sets {@code model.label}, where the web UI draws the gate's name (always in scaled space, even after
     * {@link #inRawUnits(cellengine.api.model.ScaleSet)}).
     *
     * @param x the x position, in scaled space
     * @param y the y position, in scaled space (for a range gate, the fraction of the plot height)
     * @return this builder
     */
    public SimpleGateBuilder label(double x, double y) {
        this.label = new Point(x, y);
        return this;
    }

    @Override
    Gate gate(String familyGid, boolean isLocked, boolean tailored, String fileId) {
        return factory.make(familyGid, name, isLocked, tailored, fileId, label, coordinates);
    }
}
