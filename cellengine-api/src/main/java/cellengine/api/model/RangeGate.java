package cellengine.api.model;

import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.RangeGeometry;
import cellengine.api.internal.model.GateChecks;

import java.util.List;
import java.util.Objects;

/**
 * A range gate: {@code model.range = {x1, x2, y}} on the x channel only; {@code yChannel} is {@code null}
 * (docs/wire.md#gate-fields).
 *
 * @param id the {@code _id}, or {@code null} before creation
 * @param experimentId the experiment, or {@code null} before creation
 * @param gid the family gid
 * @param name the name
 * @param xChannel the x channel
 * @param tailoredPerFile whether tailored per file
 * @param fcsFileId the file of a file-specific member, or {@code null}
 * @param locked {@code model.locked}
 * @param label {@code model.label}, or {@code null} when absent
 * @param range the bounds and drawn height
 * @param version {@code __v}, or {@code null}
 * @since 0.1
 */
public record RangeGate(String id, String experimentId, String gid, String name, String xChannel,
                        boolean tailoredPerFile, String fcsFileId, boolean locked, Point label, Range range,
                        Integer version) implements Gate {

    /** The JSON {@code type}. */
    public static final String TYPE = "RangeGate";

    /**
     * Checks the required components.
     *
     * @param id the {@code _id}
     * @param experimentId the experiment
     * @param gid the family gid
     * @param name the name
     * @param xChannel the x channel
     * @param tailoredPerFile whether tailored per file
     * @param fcsFileId the file of a file-specific member
     * @param locked {@code model.locked}
     * @param label {@code model.label}
     * @param range the bounds
     * @param version {@code __v}
     * @throws NullPointerException when the gid, the channel or the bounds are missing
     */
    public RangeGate {
        Objects.requireNonNull(gid, "gid");
        GateChecks.channel(TYPE, "xChannel", xChannel);
        Objects.requireNonNull(range, "range");
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** {@return {@code null}: a range gate is 1-D} */
    @Override
    public String yChannel() {
        return null;
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
    public RangeGate withId(String value) {
        return new RangeGate(value, experimentId, gid, name, xChannel, tailoredPerFile, fcsFileId, locked, label,
                range, version);
    }

    @Override
    public RangeGate withExperimentId(String value) {
        return new RangeGate(id, value, gid, name, xChannel, tailoredPerFile, fcsFileId, locked, label, range,
                version);
    }

    @Override
    public RangeGate withTailoring(boolean tailored, String fileId) {
        return new RangeGate(id, experimentId, gid, name, xChannel, tailored, tailored ? fileId : null, locked,
                label, range, version);
    }

    /**
     * {@return a copy with other bounds}
     *
     * @param value the bounds
     */
    public RangeGate withRange(Range value) {
        return new RangeGate(id, experimentId, gid, name, xChannel, tailoredPerFile, fcsFileId, locked, label,
                value, version);
    }

    @Override
    public GateDefinition toAnalysis() {
        return new GateDefinition(gid, List.of(), fcsFileId, tailoredPerFile, xChannel, null,
                new RangeGeometry(range.x1(), range.x2()));
    }
}
