package cellengine.api.model;

import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.RectangleGeometry;
import cellengine.api.internal.model.GateChecks;

import java.util.List;
import java.util.Objects;

/**
 * A rectangle gate: {@code model.rectangle = {x1, x2, y1, y2}} on two channels (docs/wire.md#gate-fields).
 *
 * @param id the {@code _id}, or {@code null} before creation
 * @param experimentId the experiment, or {@code null} before creation
 * @param gid the family gid
 * @param name the name
 * @param xChannel the x channel
 * @param yChannel the y channel
 * @param tailoredPerFile whether tailored per file
 * @param fcsFileId the file of a file-specific member, or {@code null}
 * @param locked {@code model.locked}
 * @param label {@code model.label}, or {@code null} when absent
 * @param rectangle the bounds
 * @param version {@code __v}, or {@code null}
 * @since 0.1
 */
public record RectangleGate(String id, String experimentId, String gid, String name, String xChannel,
                            String yChannel, boolean tailoredPerFile, String fcsFileId, boolean locked, Point label,
                            Rectangle rectangle, Integer version) implements Gate {

    /** The JSON {@code type}. */
    public static final String TYPE = "RectangleGate";

    /**
     * Checks the required components.
     *
     * @param id the {@code _id}
     * @param experimentId the experiment
     * @param gid the family gid
     * @param name the name
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param tailoredPerFile whether tailored per file
     * @param fcsFileId the file of a file-specific member
     * @param locked {@code model.locked}
     * @param label {@code model.label}
     * @param rectangle the bounds
     * @param version {@code __v}
     * @throws NullPointerException when the gid, a channel or the bounds are missing
     */
    public RectangleGate {
        Objects.requireNonNull(gid, "gid");
        GateChecks.channel(TYPE, "xChannel", xChannel);
        GateChecks.channel(TYPE, "yChannel", yChannel);
        Objects.requireNonNull(rectangle, "rectangle");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> populationGids() {
        return List.of(gid);
    }

    @Override
    public List<String> displayNames() {
        return name == null ? List.of() : List.of(name);
    }

    @Override
    public RectangleGate withId(String value) {
        return new RectangleGate(value, experimentId, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, label, rectangle, version);
    }

    @Override
    public RectangleGate withExperimentId(String value) {
        return new RectangleGate(id, value, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId, locked,
                label, rectangle, version);
    }

    @Override
    public RectangleGate withTailoring(boolean tailored, String fileId) {
        return new RectangleGate(id, experimentId, gid, name, xChannel, yChannel, tailored,
                tailored ? fileId : null, locked, label, rectangle, version);
    }

    /**
     * {@return a copy with other bounds}
     *
     * @param value the bounds
     */
    public RectangleGate withRectangle(Rectangle value) {
        return new RectangleGate(id, experimentId, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, label, value, version);
    }

    @Override
    public GateDefinition toAnalysis() {
        return new GateDefinition(gid, List.of(), fcsFileId, tailoredPerFile, xChannel, yChannel,
                new RectangleGeometry(rectangle.x1(), rectangle.x2(), rectangle.y1(), rectangle.y2()));
    }
}
