package cellengine.analysis.gate;

import java.util.Objects;

/** Argument checks shared by the geometry types. */
final class Checks {

    private Checks() {
    }

    static void finite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, was " + value);
        }
    }

    /** Checks the columns and output shape once, before a kernel runs. */
    static void columns(GateGeometry gate, double[] x, double[] y, int n, long[][] sectors) {
        Objects.requireNonNull(x, "x");
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, was " + n);
        }
        Objects.checkFromToIndex(0, n, x.length);
        if (gate.dimensions() == 2) {
            Objects.requireNonNull(y, "y");
            Objects.checkFromToIndex(0, n, y.length);
        }
        Objects.requireNonNull(sectors, "sectors");
        if (sectors.length != gate.sectorCount()) {
            throw new IllegalArgumentException("a " + gate.getClass().getSimpleName() + " has "
                    + gate.sectorCount() + " sectors, was given " + sectors.length + " bitsets");
        }
        int words = (n + 63) >>> 6;
        for (int s = 0; s < sectors.length; s++) {
            Objects.requireNonNull(sectors[s], "sector bitset");
            if (sectors[s].length < words) {
                throw new IllegalArgumentException("sector bitset " + s + " has " + sectors[s].length
                        + " words; " + n + " events need " + words);
            }
        }
    }
}
