package cellengine.tck;

import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * FCS files with known contents for the data rules, written with {@code FcsWriter}. Every expected value in a rule
 * is computed from these arrays, never from what a server or the SDK computed.
 *
 * @param filename the name to upload the file under
 * @param channels the $PnN names
 * @param reagents the $PnS labels, {@code null} where none
 * @param range the $PnR of every parameter
 * @param columns one array of values per channel (exactly representable in float32)
 * @param spillover the $SPILLOVER written into the file, or {@code null}
 * @param bytes the file
 * @since 0.1
 */
public record TckData(String filename, List<String> channels, List<String> reagents, int range, double[][] columns,
                      Spillover spillover, byte[] bytes) {

    /** The channels of every generated file: two scatter channels and two fluorescence channels. */
    public static final List<String> CHANNELS = List.of("FSC-A", "SSC-A", "FITC-A", "PE-A");
    /** The reagents of {@link #CHANNELS}: none for scatter. */
    public static final List<String> REAGENTS = java.util.Arrays.asList(null, null, "CD3", "CD4");
    /** FITC-A spills 10 % into PE-A; PE-A spills 2 % into FITC-A. */
    public static final Spillover SPILLOVER = new Spillover(List.of("FITC-A", "PE-A"),
            new double[] {1, 0.1, 0.02, 1});

    /**
     * {@return a file of {@code events} events drawn from {@code seed}, with the {@link #SPILLOVER} keyword}
     *
     * @param filename the upload name
     * @param events the number of events
     * @param seed the seed of the values
     */
    public static TckData generate(String filename, int events, long seed) {
        return generate(filename, events, seed, SPILLOVER);
    }

    /**
     * {@return a file like {@link #generate(String, int, long)}, with the given spillover or none}
     *
     * @param filename the file name to upload it as
     * @param events the number of events
     * @param seed the random seed; the same seed gives the same bytes
     * @param spillover the spillover to write, or {@code null} for none
     */
    public static TckData generate(String filename, int events, long seed, Spillover spillover) {
        SplittableRandom random = new SplittableRandom(seed);
        int range = 262144;
        double[][] columns = new double[CHANNELS.size()][events];
        for (int e = 0; e < events; e++) {
            // Whole numbers keep every value exact in float32 and in any text form a server writes.
            columns[0][e] = 1 + random.nextInt(range - 1);
            columns[1][e] = 1 + random.nextInt(range - 1);
            columns[2][e] = random.nextInt(-200, 20000);
            columns[3][e] = random.nextInt(-200, 20000);
        }
        return written(filename, range, columns, spillover);
    }

    /**
     * {@return a file whose FSC-A and SSC-A values form a grid that puts events inside, outside and exactly on the
     * boundaries of the gates in {@link GatingFixtures}, with random FITC-A and PE-A values and the
     * {@link #SPILLOVER} keyword}
     *
     * @param filename the upload name
     * @param seed the seed of the fluorescence values
     */
    public static TckData grid(String filename, long seed) {
        double[] axis = GatingFixtures.GRID;
        int events = axis.length * axis.length;
        SplittableRandom random = new SplittableRandom(seed);
        int range = 262144;
        double[][] columns = new double[CHANNELS.size()][events];
        int e = 0;
        for (double x : axis) {
            for (double y : axis) {
                columns[0][e] = x;
                columns[1][e] = y;
                columns[2][e] = random.nextInt(1, 20000);
                columns[3][e] = random.nextInt(1, 20000);
                e++;
            }
        }
        return written(filename, range, columns, SPILLOVER);
    }

    /** {@return the {@link #CHANNELS} columns written as an FCS file with {@code $FIL} and the spillover, if any} */
    private static TckData written(String filename, int range, double[][] columns, Spillover spillover) {
        FcsWriter.Builder writer = FcsWriter.builder();
        for (int c = 0; c < CHANNELS.size(); c++) {
            writer.parameter(CHANNELS.get(c), REAGENTS.get(c), range);
        }
        writer.keyword("$FIL", filename);
        if (spillover != null) {
            writer.spillover(spillover);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TckData(filename, CHANNELS, REAGENTS, range, columns, spillover, out.toByteArray());
    }

    /** {@return the number of events} */
    public int eventCount() {
        return columns[0].length;
    }

    /**
     * {@return the values of one channel}
     *
     * @param channel the channel's {@code $PnN}
     */
    public double[] column(String channel) {
        int index = channels.indexOf(channel);
        if (index < 0) {
            throw new IllegalArgumentException("no channel " + channel + " in " + channels);
        }
        return columns[index];
    }

    /**
     * {@return one event's values compensated with a 2 × 2 spill matrix over FITC-A and PE-A, by the explicit
     * inverse: c = x · S⁻¹}
     *
     * @param event the event index
     * @param spill the row-major 2 × 2 matrix {a, b, c, d}
     */
    public double[] compensatedFitcPe(int event, double[] spill) {
        double a = spill[0];
        double b = spill[1];
        double c = spill[2];
        double d = spill[3];
        double det = a * d - b * c;
        double x0 = column("FITC-A")[event];
        double x1 = column("PE-A")[event];
        // S⁻¹ = 1/det · [[d, -b], [-c, a]]; the row vector x times S⁻¹.
        return new double[] {(x0 * d - x1 * c) / det, (-x0 * b + x1 * a) / det};
    }
}
