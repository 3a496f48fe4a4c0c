package cellengine.api.model;

import cellengine.analysis.gate.EllipseGeometry;
import cellengine.analysis.gate.GateDefinition;
import cellengine.api.internal.model.GateChecks;

import java.util.List;
import java.util.Objects;

/**
 * An ellipse gate: {@code model.ellipse = {center: [x, y], angle, major, minor}} on two channels, with full axis
 * lengths (docs/wire.md#gate-fields, docs/semantics.md#d5-ellipse).
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
 * @param ellipse the shape
 * @param version {@code __v}, or {@code null}
 * @since 0.1
 */
public record EllipseGate(String id, String experimentId, String gid, String name, String xChannel,
                          String yChannel, boolean tailoredPerFile, String fcsFileId, boolean locked, Point label,
                          Ellipse ellipse, Integer version) implements Gate {

    /** The JSON {@code type}. */
    public static final String TYPE = "EllipseGate";

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
     * @param ellipse the shape
     * @param version {@code __v}
     * @throws NullPointerException when the gid, a channel or the shape is missing
     */
    public EllipseGate {
        Objects.requireNonNull(gid, "gid");
        GateChecks.channel(TYPE, "xChannel", xChannel);
        GateChecks.channel(TYPE, "yChannel", yChannel);
        Objects.requireNonNull(ellipse, "ellipse");
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
    public EllipseGate withId(String value) {
        return new EllipseGate(value, experimentId, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, label, ellipse, version);
    }

    @Override
    public EllipseGate withExperimentId(String value) {
        return new EllipseGate(id, value, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId, locked,
                label, ellipse, version);
    }

    @Override
    public EllipseGate withTailoring(boolean tailored, String fileId) {
        return new EllipseGate(id, experimentId, gid, name, xChannel, yChannel, tailored,
                tailored ? fileId : null, locked, label, ellipse, version);
    }

    /**
     * {@return a copy with another shape}
     *
     * @param value the shape
     */
    public EllipseGate withEllipse(Ellipse value) {
        return new EllipseGate(id, experimentId, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, label, value, version);
    }

    @Override
    public GateDefinition toAnalysis() {
        return new GateDefinition(gid, List.of(), fcsFileId, tailoredPerFile, xChannel, yChannel,
                new EllipseGeometry(ellipse.center().x(), ellipse.center().y(), ellipse.angle(), ellipse.major(),
                        ellipse.minor()));
    }
}
