package cellengine.analysis.gate;

import java.util.Objects;

/**
 * A region a population operand names for one file: a gate selected for the file and one of its sectors
 * (0 for simple gates).
 *
 * @param gate the selected gate
 * @param sector the sector index, {@code 0 <= sector < gate.geometry().sectorCount()}
 * @since 0.1
 */
public record GateRegion(GateDefinition gate, int sector) {

    /**
     * Checks the sector index.
     *
     * @param gate the selected gate
     * @param sector the sector index, {@code 0 <= sector < gate.geometry().sectorCount()}
     */
    public GateRegion {
        Objects.requireNonNull(gate, "gate");
        Objects.checkIndex(sector, gate.geometry().sectorCount());
    }
}
