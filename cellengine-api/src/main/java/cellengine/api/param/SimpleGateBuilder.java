package cellengine.api.param;

import cellengine.api.model.Gate;
import cellengine.api.model.Point;

import java.util.Objects;

/**
 * Builds a rectangle, polygon, ellipse or range gate ({@link Gates}): the common settings of {@link GateBuilder}
 * plus the label, which defaults to the reference's position (cellengine-api.md §6.6): the rectangle's centre, the
 * mean of the polygon's vertices, the ellipse's centre, or the range's middle at the bar's height.
 *
 * @since 0.1
 */
public final class SimpleGateBuilder extends GateBuilder<SimpleGateBuilder> {

    /** Makes the gate from the common fields and the label. */
    interface Factory {
        Gate make(String gid, String name, boolean locked, boolean tailored, String fileId, Point label);
    }

    private final Factory factory;
    private Point label;

    SimpleGateBuilder(String name, Point defaultLabel, Factory factory) {
        super(name);
        this.label = Objects.requireNonNull(defaultLabel, "defaultLabel");
        this.factory = factory;
    }

    /**
     * Sets {@code model.label}, where the web UI draws the gate's name.
     *
     * @param x the x position, in scaled space
     * @param y the y position
     * @return this builder
     */
    public SimpleGateBuilder label(double x, double y) {
        this.label = new Point(x, y);
        return this;
    }

    @Override
    Gate gate(String familyGid, boolean isLocked, boolean tailored, String fileId) {
        return factory.make(familyGid, name, isLocked, tailored, fileId, label);
    }
}
