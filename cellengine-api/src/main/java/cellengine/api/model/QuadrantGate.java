package cellengine.api.model;

import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.QuadrantGeometry;
import cellengine.api.internal.model.GateChecks;

import java.util.List;
import java.util.Objects;

/**
 * A quadrant gate: {@code model.quadrant = {x, y, angles}} on two channels, with four sectors in the order UR, UL,
 * LL, LR; {@code names}, {@code model.gids} and {@code model.labels} follow that order (docs/wire.md#gate-fields).
 * Populations refer to the sector gids; the top-level gid names the whole gate for family updates and deletes.
 *
 * @param id the {@code _id}, or {@code null} before creation
 * @param experimentId the experiment, or {@code null} before creation
 * @param gid the family gid
 * @param names the sector names, four or none
 * @param xChannel the x channel
 * @param yChannel the y channel
 * @param tailoredPerFile whether tailored per file
 * @param fcsFileId the file of a file-specific member, or {@code null}
 * @param locked {@code model.locked}
 * @param labels {@code model.labels}, four or none
 * @param gids {@code model.gids}, the sector gids, four or none
 * @param skewable {@code model.skewable}
 * @param quadrant the centre and angles
 * @param version {@code __v}, or {@code null}
 * @since 0.1
 */
public record QuadrantGate(String id, String experimentId, String gid, List<String> names, String xChannel,
                           String yChannel, boolean tailoredPerFile, String fcsFileId, boolean locked,
                           List<Point> labels, List<String> gids, boolean skewable, Quadrant quadrant,
                           Integer version) implements Gate {

    /** The JSON {@code type}. */
    public static final String TYPE = "QuadrantGate";
    /** The sector suffixes, in sector order: {@code (UR)}, {@code (UL)}, {@code (LL)}, {@code (LR)}. */
    public static final List<String> SECTORS = List.of("UR", "UL", "LL", "LR");

    /**
     * Checks the required components and copies the lists.
     *
     * @param id the {@code _id}
     * @param experimentId the experiment
     * @param gid the family gid
     * @param names the sector names
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param tailoredPerFile whether tailored per file
     * @param fcsFileId the file of a file-specific member
     * @param locked {@code model.locked}
     * @param labels {@code model.labels}
     * @param gids the sector gids
     * @param skewable {@code model.skewable}
     * @param quadrant the centre and angles
     * @param version {@code __v}
     * @throws IllegalArgumentException when a list has neither 0 nor 4 entries
     */
    public QuadrantGate {
        Objects.requireNonNull(gid, "gid");
        GateChecks.channel(TYPE, "xChannel", xChannel);
        GateChecks.channel(TYPE, "yChannel", yChannel);
        Objects.requireNonNull(quadrant, "quadrant");
        names = GateChecks.sectors(TYPE, "names", names, 4);
        labels = GateChecks.sectors(TYPE, "labels", labels, 4);
        gids = GateChecks.sectors(TYPE, "gids", gids, 4);
    }

    @Override
    public String type() {
        return TYPE;
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
    public QuadrantGate withId(String value) {
        return new QuadrantGate(value, experimentId, gid, names, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, labels, gids, skewable, quadrant, version);
    }

    @Override
    public QuadrantGate withExperimentId(String value) {
        return new QuadrantGate(id, value, gid, names, xChannel, yChannel, tailoredPerFile, fcsFileId, locked,
                labels, gids, skewable, quadrant, version);
    }

    @Override
    public QuadrantGate withTailoring(boolean tailored, String fileId) {
        return new QuadrantGate(id, experimentId, gid, names, xChannel, yChannel, tailored,
                tailored ? fileId : null, locked, labels, gids, skewable, quadrant, version);
    }

    /**
     * {@return a copy with other labels}
     *
     * @param value four label positions, UR, UL, LL, LR
     */
    public QuadrantGate withLabels(List<Point> value) {
        return new QuadrantGate(id, experimentId, gid, names, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, value, gids, skewable, quadrant, version);
    }

    /**
     * {@return a copy with another centre and angles}
     *
     * @param value the centre and angles
     */
    public QuadrantGate withQuadrant(Quadrant value) {
        return new QuadrantGate(id, experimentId, gid, names, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, labels, gids, skewable, value, version);
    }

    @Override
    public GateDefinition toAnalysis() {
        return new GateDefinition(gid, gids, fcsFileId, tailoredPerFile, xChannel, yChannel,
                new QuadrantGeometry(quadrant.x(), quadrant.y(), quadrant.angles()));
    }
}
