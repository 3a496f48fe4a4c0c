package cellengine.analysis.gate;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The gates of an experiment, grouped into families by gid, with tailored selection (docs/semantics.md#d8-tailoring).
 *
 * <p><b>Selection</b> for file F and gid G: the member with {@code fcsFileId == F} if there is one, otherwise the
 * global member ({@code fcsFileId == null}), whatever the global gate's {@code tailoredPerFile} flag says (D8).
 * <b>Sector gids</b> resolve to (family, sector index) through any member that lists them, then to that sector
 * of the member selected for the file (docs/semantics.md#d8-tailoring, suggested rule). A compound gate's top-level
 * gid, a gid no family has, or a family with no member for the file resolve to nothing: no events (D9,
 * docs/semantics.md#sector-gids).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GateSet {

    private final Map<String, Family> families;
    private final Map<String, SectorRef> sectors;

    private GateSet(Map<String, Family> families, Map<String, SectorRef> sectors) {
        this.families = families;
        this.sectors = sectors;
    }

    /**
     * Groups gates into families.
     *
     * @param gates the gates, in any order
     * @return the gate set
     * @throws IllegalArgumentException if two gates share gid and file, a sector gid names two different
     *     sectors, or a gid is both a family gid and a sector gid
     */
    public static GateSet of(Collection<GateDefinition> gates) {
        Objects.requireNonNull(gates, "gates");
        Map<String, Family> families = new LinkedHashMap<>();
        Map<String, SectorRef> sectors = new HashMap<>();
        for (GateDefinition gate : gates) {
            Objects.requireNonNull(gate, "a gate is null");
            Family family = families.computeIfAbsent(gate.gid(), g -> new Family());
            family.add(gate);
            List<String> sectorGids = gate.sectorGids();
            for (int i = 0; i < sectorGids.size(); i++) {
                SectorRef ref = new SectorRef(gate.gid(), i);
                SectorRef previous = sectors.putIfAbsent(sectorGids.get(i), ref);
                if (previous != null && !previous.equals(ref)) {
                    throw new IllegalArgumentException("sector gid '" + sectorGids.get(i) + "' names sector "
                            + previous.index + " of gate " + previous.familyGid + " and sector " + i
                            + " of gate " + gate.gid());
                }
            }
        }
        for (String sectorGid : sectors.keySet()) {
            if (families.containsKey(sectorGid)) {
                throw new IllegalArgumentException("gid '" + sectorGid + "' is both a gate gid and a sector gid");
            }
        }
        return new GateSet(families, sectors);
    }

    /** {@return a gate set with no gates} */
    public static GateSet empty() {
        return of(List.of());
    }

    /**
     * {@return the member of family {@code gid} selected for the file, if any}
     *
     * @param gid the family gid
     * @param fcsFileId the file id; null selects the global member
     */
    public Optional<GateDefinition> select(String gid, String fcsFileId) {
        Family family = families.get(gid);
        return family == null ? Optional.empty() : Optional.ofNullable(family.select(fcsFileId));
    }

    /**
     * {@return the region a population operand names for the file, or empty when it matches no events}
     *
     * @param operandGid a simple gate's gid or a sector gid
     * @param fcsFileId the file id; null uses only global members
     */
    public Optional<GateRegion> resolve(String operandGid, String fcsFileId) {
        Family family = families.get(operandGid);
        if (family != null) {
            GateDefinition gate = family.select(fcsFileId);
            if (gate == null || gate.isCompound()) {
                return Optional.empty();
            }
            return Optional.of(new GateRegion(gate, 0));
        }
        SectorRef ref = sectors.get(operandGid);
        if (ref == null) {
            return Optional.empty();
        }
        GateDefinition gate = families.get(ref.familyGid).select(fcsFileId);
        if (gate == null || ref.index >= gate.geometry().sectorCount() || !gate.isCompound()) {
            return Optional.empty();
        }
        return Optional.of(new GateRegion(gate, ref.index));
    }

    /** {@return the family gids, in first-seen order} */
    public java.util.Set<String> gids() {
        return java.util.Collections.unmodifiableSet(families.keySet());
    }

    private static final class Family {
        private GateDefinition global;
        private final Map<String, GateDefinition> byFile = new HashMap<>();

        void add(GateDefinition gate) {
            String file = gate.fcsFileId();
            GateDefinition previous = file == null ? global : byFile.get(file);
            if (previous != null) {
                throw new IllegalArgumentException("gate family " + gate.gid() + " has two "
                        + (file == null ? "global members" : "members for file " + file));
            }
            if (file == null) {
                global = gate;
            } else {
                byFile.put(file, gate);
            }
        }

        GateDefinition select(String file) {
            GateDefinition tailored = file == null ? null : byFile.get(file);
            return tailored != null ? tailored : global;
        }
    }

    private static final class SectorRef {
        final String familyGid;
        final int index;

        SectorRef(String familyGid, int index) {
            this.familyGid = familyGid;
            this.index = index;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SectorRef && ((SectorRef) o).familyGid.equals(familyGid)
                    && ((SectorRef) o).index == index;
        }

        @Override
        public int hashCode() {
            return familyGid.hashCode() * 31 + index;
        }
    }
}
