package cellengine.fakeserver;

import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * FCS files for gating tests, written with FcsWriter. FSC-A and SSC-A lie on a 20 × 20 grid of multiples of
 * 1000 (1000 … 20000), so gate edges at multiples of 1000 fall exactly on events and the default linear scales
 * ([1, 262144]) leave them unchanged; FITC-A and PE-A vary with the event and carry a spillover.
 */
final class GridFiles {

    static final int EVENTS = 400;
    static final double A = 0.125;
    static final double B = 0.0625;

    private GridFiles() {
    }

    static double fsc(int e, int shift) {
        return 1000.0 * (e % 20 + 1) + shift;
    }

    static double ssc(int e) {
        return 1000.0 * (e / 20 + 1);
    }

    static double fitc(int e) {
        return 100 + 3 * (e % 50);
    }

    static double pe(int e) {
        return 400 + 7 * (e % 30);
    }

    /** {@return the grid file; {@code shift} moves every FSC-A value (to tell files apart)} */
    static byte[] grid(int shift, boolean spillover) {
        double[][] columns = new double[4][EVENTS];
        for (int e = 0; e < EVENTS; e++) {
            columns[0][e] = fsc(e, shift);
            columns[1][e] = ssc(e);
            columns[2][e] = fitc(e);
            columns[3][e] = pe(e);
        }
        FcsWriter.Builder writer = FcsWriter.builder()
                .parameter("FSC-A", null, 262144)
                .parameter("SSC-A", null, 262144)
                .parameter("FITC-A", "CD3", 262144)
                .parameter("PE-A", "CD4", 262144)
                .keyword("PLATE NAME", "96 Well - V bottom")
                .keyword("WELL ID", "C05");
        if (spillover) {
            writer.spillover(new Spillover(List.of("FITC-A", "PE-A"), new double[] {1, A, B, 1}));
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out, columns);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** {@return FITC-A compensated with S = [[1, A], [B, 1]]: the row times S⁻¹} */
    static double fitcCompensated(int e) {
        return (fitc(e) - pe(e) * B) / (1 - A * B);
    }

    static double peCompensated(int e) {
        return (pe(e) - fitc(e) * A) / (1 - A * B);
    }
}
