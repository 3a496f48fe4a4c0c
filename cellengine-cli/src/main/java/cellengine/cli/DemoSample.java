package cellengine.cli;

import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small, plausible FCS file for the demo: lymphocytes and debris in scatter, CD3 and CD4 in two fluorescence
 * channels with a spillover between them, written with the analysis module's {@code FcsWriter}.
 */
final class DemoSample {

    static final List<String> CHANNELS = List.of("FSC-A", "SSC-A", "FITC-A", "PE-A", "Time");
    static final Spillover SPILLOVER = new Spillover(List.of("FITC-A", "PE-A"), new double[] {1, 0.12, 0.02, 1});
    private static final int RANGE = 262144;

    private DemoSample() {
    }

    /** {@return the bytes of a file with {@code events} events, the same for the same seed} */
    static byte[] generate(int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] columns = new double[CHANNELS.size()][events];
        for (int e = 0; e < events; e++) {
            boolean lymphocyte = random.nextDouble() < 0.7;
            columns[0][e] = clamp(lymphocyte ? gaussian(random, 60000, 8000) : gaussian(random, 15000, 6000));
            columns[1][e] = clamp(lymphocyte ? gaussian(random, 20000, 4000) : gaussian(random, 8000, 4000));
            boolean cd3 = lymphocyte && random.nextDouble() < 0.6;
            boolean cd4 = cd3 && random.nextDouble() < 0.65;
            double fitc = cd3 ? gaussian(random, 8000, 1500) : gaussian(random, 150, 120);
            double pe = cd4 ? gaussian(random, 12000, 2000) : gaussian(random, 200, 150);
            // What the detectors see: the true signals mixed by the spill matrix.
            columns[2][e] = fitc + SPILLOVER.get(1, 0) * pe;
            columns[3][e] = pe + SPILLOVER.get(0, 1) * fitc;
            columns[4][e] = e * 0.01;
        }
        FcsWriter.Builder writer = FcsWriter.builder()
                .parameter("FSC-A", null, RANGE).parameter("SSC-A", null, RANGE)
                .parameter("FITC-A", "CD3", RANGE).parameter("PE-A", "CD4", RANGE)
                .parameter("Time", null, RANGE)
                .keyword("$FIL", "demo.fcs").keyword("$CYT", "CellEngine Java SDK demo")
                .spillover(SPILLOVER);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static double gaussian(SplittableRandom random, double mean, double sd) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double clamp(double x) {
        return Math.max(1, Math.min(RANGE - 1, x));
    }
}
