package cellengine.analysis.gate;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A gate as the analysis needs it: its family gid, its sector gids (compound gates), the file it is tailored
 * to (or null for the global gate), its channels and its geometry in scaled space.
 *
 * <p>Simple gates (rectangle, polygon, ellipse, range) have no sector gids; the gid names their one region.
 * Compound gates (split, quadrant) list one sector gid per sector ({@code model.gids}, in L, R or UR, UL, LL, LR
 * order); their own gid names the whole family and, as a population operand, matches no events
 * (docs/semantics.md#sector-gids).
 *
 * @param gid the family gid, not blank
 * @param sectorGids the sector gids of a compound gate, one per sector; empty for simple gates (copied)
 * @param fcsFileId the FCS file this member is tailored to, or null for the family's global gate
 * @param tailoredPerFile the gate's flag; selection ignores it (D8) and it is carried for callers
 * @param xChannel the x channel ($PnN)
 * @param yChannel the y channel ($PnN) of 2-D gates; may be null for range and split gates, whose y channel is
 *     display-only
 * @param geometry the geometry, in scaled space
 * @since 0.1
 */
public record GateDefinition(String gid, List<String> sectorGids, String fcsFileId, boolean tailoredPerFile,
        String xChannel, String yChannel, GateGeometry geometry) {

    /**
     * Checks the gids and channels against the geometry and copies the sector gid list.
     *
     * @param gid the family gid, not blank
     * @param sectorGids the sector gids of a compound gate, one per sector; empty for simple gates (copied)
     * @param fcsFileId the FCS file this member is tailored to, or null for the family's global gate
     * @param tailoredPerFile the gate's flag; selection ignores it (D8) and it is carried for callers
     * @param xChannel the x channel ($PnN)
     * @param yChannel the y channel ($PnN) of 2-D gates; may be null for range and split gates, whose y channel is
     *         display-only
     * @param geometry the geometry, in scaled space
     */
    public GateDefinition {
        Objects.requireNonNull(gid, "gid");
        if (gid.isBlank()) {
            throw new IllegalArgumentException("gid is blank");
        }
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(xChannel, () -> "gate " + gid + " has no xChannel");
        if (geometry.dimensions() == 2 && yChannel == null) {
            throw new IllegalArgumentException("gate " + gid + " is a 2-D " + geometry.getClass().getSimpleName()
                    + " but has no yChannel");
        }
        sectorGids = sectorGids == null ? List.of() : List.copyOf(sectorGids);
        int sectors = geometry.sectorCount();
        if (sectors == 1 && !sectorGids.isEmpty()) {
            throw new IllegalArgumentException("gate " + gid + " is a simple gate but lists sector gids "
                    + sectorGids);
        }
        if (sectors > 1) {
            if (sectorGids.size() != sectors) {
                throw new IllegalArgumentException("gate " + gid + " has " + sectors + " sectors but lists "
                        + sectorGids.size() + " sector gids " + sectorGids);
            }
            Set<String> seen = new HashSet<>();
            for (String sector : sectorGids) {
                if (sector.equals(gid) || !seen.add(sector)) {
                    throw new IllegalArgumentException("gate " + gid + " repeats the gid '" + sector
                            + "' among its own and its sector gids " + sectorGids);
                }
            }
        }
    }

    /**
     * {@return a global simple gate}
     *
     * @param gid the gid
     * @param xChannel the x channel
     * @param yChannel the y channel, null for range gates
     * @param geometry the geometry
     */
    public static GateDefinition simple(String gid, String xChannel, String yChannel, GateGeometry geometry) {
        return new GateDefinition(gid, List.of(), null, false, xChannel, yChannel, geometry);
    }

    /**
     * {@return a global compound gate (split or quadrant)}
     *
     * @param gid the family gid
     * @param sectorGids the sector gids, in sector order
     * @param xChannel the x channel
     * @param yChannel the y channel, null for split gates
     * @param geometry the geometry
     */
    public static GateDefinition compound(String gid, List<String> sectorGids, String xChannel, String yChannel,
            GateGeometry geometry) {
        return new GateDefinition(gid, sectorGids, null, false, xChannel, yChannel, geometry);
    }

    /**
     * {@return a copy of this gate tailored to a file, with another geometry}
     *
     * @param fileId the FCS file id
     * @param fileGeometry the file's geometry
     */
    public GateDefinition tailoredTo(String fileId, GateGeometry fileGeometry) {
        return new GateDefinition(gid, sectorGids, Objects.requireNonNull(fileId, "fileId"), true, xChannel,
                yChannel, fileGeometry);
    }

    /** {@return whether this is a split or quadrant gate} */
    public boolean isCompound() {
        return geometry.sectorCount() > 1;
    }
}
