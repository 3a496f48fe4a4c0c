package cellengine.fakeserver;

import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * FCS files with known contents, written with FcsWriter. FITC-A and PE-A are the same in every file here and in
 * {@link GridFiles}, with the same spillover. Every value is an integer below 2^24, so float32
 * holds it exactly and expected values can be computed exactly in the tests.
 */
final class TestFiles {

    static final List<String> CHANNELS = List.of("FSC-A", "SSC-A", "FITC-A", "PE-A", "Time");
    /** The spill matrix of {@link #sample}: channels FITC-A, PE-A; S = [[1, A], [B, 1]]. */
    static final double A = 0.125;
    static final double B = 0.0625;
    /** The $SPILLOVER of {@link #sample} and of {@link GridFiles}. */
    static final Spillover SPILLOVER = new Spillover(List.of("FITC-A", "PE-A"), new double[] {1, A, B, 1});

    private TestFiles() {
    }

    static double fsc(int e) {
        return 1000 + e;
    }

    static double ssc(int e) {
        return 2000 + 2 * e;
    }

    static double fitc(int e) {
        return 100 + 3 * (e % 50);
    }

    static double pe(int e) {
        return 400 + 7 * (e % 30);
    }

    static double time(int e) {
        return e;
    }

    /** {@return FITC-A compensated with S = [[1, A], [B, 1]]: the event's (FITC-A, PE-A) times S⁻¹} */
    static double fitcCompensated(int e) {
        return (fitc(e) - pe(e) * B) / (1 - A * B);
    }

    /** {@return PE-A compensated with S = [[1, A], [B, 1]]} */
    static double peCompensated(int e) {
        return (pe(e) - fitc(e) * A) / (1 - A * B);
    }

    /** {@return a 5-channel file of {@code events} events with a $SPILLOVER over FITC-A and PE-A and BD plate keywords} */
    static byte[] sample(int events) {
        double[][] columns = new double[5][events];
        for (int e = 0; e < events; e++) {
            columns[0][e] = fsc(e);
            columns[1][e] = ssc(e);
            columns[2][e] = fitc(e);
            columns[3][e] = pe(e);
            columns[4][e] = time(e);
        }
        FcsWriter.Builder writer = FcsWriter.builder()
                .parameter("FSC-A", null, 262144)
                .parameter("SSC-A", null, 262144)
                .parameter("FITC-A", "CD3", 262144)
                .parameter("PE-A", "CD4", 262144)
                .parameter("Time", null, 65536)
                .keyword("$FIL", "sample.fcs")
                .keyword("PLATE NAME", "96 Well - V bottom")
                .keyword("WELL ID", "B07")
                .spillover(SPILLOVER);
        return write(writer, columns);
    }

    /** {@return a 2-channel file without spillover: FSC-A = offset + e, FITC-A = 10 · e} */
    static byte[] plain(int events, double offset) {
        double[][] columns = new double[2][events];
        for (int e = 0; e < events; e++) {
            columns[0][e] = offset + e;
            columns[1][e] = 10.0 * e;
        }
        return write(FcsWriter.builder().parameter("FSC-A", null, 262144).parameter("FITC-A", "CD3", 262144),
                columns);
    }

    static byte[] write(FcsWriter.Builder writer, double[][] columns) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out, columns);
            return out.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
