package cellengine.api.model;

import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.SplitGeometry;
import cellengine.api.internal.model.GateChecks;

import java.util.List;
import java.util.Objects;

/**
 * A split gate: {@code model.split = {x, y}} on the x channel only, with two sectors in the order L, R;
 * {@code names}, {@code model.gids} and {@code model.labels} follow that order, and {@code yChannel} is
 * {@code null} (docs/wire.md#gate-fields). Populations refer to the sector gids.
 *
 * @param id the {@code _id}, or {@code null} before creation
 * @param experimentId the experiment, or {@code null} before creation
 * @param gid the family gid
 * @param names the sector names, two or none
 * @param xChannel the x channel
 * @param tailoredPerFile whether tailored per file
 * @param fcsFileId the file of a file-specific member, or {@code null}
 * @param locked {@code model.locked}
 * @param labels {@code model.labels}, two or none
 * @param gids {@code model.gids}, the sector gids, two or none
 * @param split the position and drawn height
 * @param version {@code __v}, or {@code null}
 * @since 0.1
 */
public record SplitGate(String id, String experimentId, String gid, List<String> names, String xChannel,
                        boolean tailoredPerFile, String fcsFileId, boolean locked, List<Point> labels,
                        List<String> gids, Split split, Integer version) implements Gate {

    /** The JSON {@code type}. */
    public static final String TYPE = "SplitGate";
    /** The sector suffixes, in sector order: {@code (L)}, {@code (R)}. */
    public static final List<String> SECTORS = List.of("L", "R");

    /**
     * Checks the required components and copies the lists.
     *
     * @param id the {@code _id}
     * @param experimentId the experiment
     * @param gid the family gid
     * @param names the sector names
     * @param xChannel the x channel
     * @param tailoredPerFile whether tailored per file
     * @param fcsFileId the file of a file-specific member
     * @param locked {@code model.locked}
     * @param labels {@code model.labels}
     * @param gids the sector gids
     * @param split the position
     * @param version {@code __v}
     * @throws IllegalArgumentException when a list has neither 0 nor 2 entries
     */
    public SplitGate {
        Objects.requireNonNull(gid, "gid");
        GateChecks.channel(TYPE, "xChannel", xChannel);
        Objects.requireNonNull(split, "split");
        names = GateChecks.sectors(TYPE, "names", names, 2);
        labels = GateChecks.sectors(TYPE, "labels", labels, 2);
        gids = GateChecks.sectors(TYPE, "gids", gids, 2);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** {@return {@code null}: a split gate is 1-D} */
    @Override
    public String yChannel() {
        return null;
    }

    @Override
    public List<String> populationGids() {
        return gids;
    }

    @Override
    public List<String> displayNames() {
        return names;
    }

    @Override
    public SplitGate withId(String value) {
        return new SplitGate(value, experimentId, gid, names, xChannel, tailoredPerFile, fcsFileId, locked, labels,
                gids, split, version);
    }

    @Override
    public SplitGate withExperimentId(String value) {
        return new SplitGate(id, value, gid, names, xChannel, tailoredPerFile, fcsFileId, locked, labels, gids,
                split, version);
    }

    @Override
    public SplitGate withTailoring(boolean tailored, String fileId) {
        return new SplitGate(id, experimentId, gid, names, xChannel, tailored, tailored ? fileId : null, locked,
                labels, gids, split, version);
    }

    /**
     * {@return a copy with other labels}
     *
     * @param value two label positions, L, R
     */
    public SplitGate withLabels(List<Point> value) {
        return new SplitGate(id, experimentId, gid, names, xChannel, tailoredPerFile, fcsFileId, locked, value,
                gids, split, version);
    }

    /**
     * {@return a copy with another position}
     *
     * @param value the position and drawn height
     */
    public SplitGate withSplit(Split value) {
        return new SplitGate(id, experimentId, gid, names, xChannel, tailoredPerFile, fcsFileId, locked, labels,
                gids, value, version);
    }

    @Override
    public GateDefinition toAnalysis() {
        return new GateDefinition(gid, gids, fcsFileId, tailoredPerFile, xChannel, null,
                new SplitGeometry(split.x()));
    }
}
