package cellengine.fakeserver;

import cellengine.analysis.fcs.FcsWriter;

/**
 * FCS files for gating tests, written with FcsWriter. FSC-A and SSC-A lie on a 20 × 20 grid of multiples of
 * 1000 (1000 … 20000), so gate edges at multiples of 1000 fall exactly on events and the default linear scales
 * ([1, 262144]) leave them unchanged; FITC-A and PE-A and their spillover are those of {@link TestFiles}.
 */
final class GridFiles {

    static final int EVENTS = 400;

    private GridFiles() {
    }

    static double fsc(int e, int shift) {
        return 1000.0 * (e % 20 + 1) + shift;
    }

    static double ssc(int e) {
        return 1000.0 * (e / 20 + 1);
    }

    /** {@return the grid file; {@code shift} moves every FSC-A value (to tell files apart)} */
    static byte[] grid(int shift, boolean spillover) {
        double[][] columns = new double[4][EVENTS];
        for (int e = 0; e < EVENTS; e++) {
            columns[0][e] = fsc(e, shift);
            columns[1][e] = ssc(e);
            columns[2][e] = TestFiles.fitc(e);
            columns[3][e] = TestFiles.pe(e);
        }
        FcsWriter.Builder writer = FcsWriter.builder()
                .parameter("FSC-A", null, 262144)
                .parameter("SSC-A", null, 262144)
                .parameter("FITC-A", "CD3", 262144)
                .parameter("PE-A", "CD4", 262144)
                .keyword("PLATE NAME", "96 Well - V bottom")
                .keyword("WELL ID", "C05");
        if (spillover) {
            writer.spillover(TestFiles.SPILLOVER);
        }
        return TestFiles.write(writer, columns);
    }
}
