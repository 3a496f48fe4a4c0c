package cellengine.it.app;

import cellengine.analysis.fcs.FcsWriter;
import cellengine.api.CellEngine;
import cellengine.api.Upload;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.Gates;
import cellengine.api.param.StatisticsRequest;
import cellengine.api.spi.Transports;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Lists the experiments of a CellEngine server, then uploads a generated FCS file into the first one, gates it and
 * asks for statistics: {@code ListExperiments <base URL> <token>}. Prints how it runs (module or classpath, and
 * the transport chosen), one line per experiment, a count, the upload and the statistics.
 *
 * @since 0.1
 */
public final class ListExperiments {

    private ListExperiments() {
    }

    /**
     * Runs the listing; exits with status 2 on bad arguments and 1 when the server cannot be reached.
     *
     * @param args the base URL and a token
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("Usage: ListExperiments <base URL> <token>");
            System.exit(2);
            return;
        }
        Module module = ListExperiments.class.getModule();
        System.out.println("running " + (module.isNamed() ? "as module " + module.getName() : "on the classpath")
                + " with transport " + Transports.select(null).name());
        try (CellEngine client = CellEngine.builder().baseUrl(args[0]).token(args[1]).build()) {
            int count = 0;
            for (Experiment e : client.getExperiments()) {
                System.out.println("experiment " + e.id() + " " + e.name());
                count++;
            }
            System.out.println("experiments: " + count);
            if (count > 0) {
                uploadAndCount(client, client.getExperiments().get(0).id());
            }
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Uploads 1,000 events whose FSC-A and SSC-A are {@code 100 i + 50}, gates [10000, 50000]² and prints the
     * population's event count (400) and FSC-A mean (30000).
     */
    private static void uploadAndCount(CellEngine client, String experimentId) {
        double[] values = new double[1000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 100.0 * i + 50;
        }
        ByteArrayOutputStream fcs = new ByteArrayOutputStream();
        try {
            FcsWriter.builder().parameter("FSC-A", null, 262144).parameter("SSC-A", null, 262144)
                    .write(fcs, values, values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FcsFile file = client.uploadFcsFile(experimentId, Upload.of("linked.fcs", fcs.toByteArray()));
        System.out.println("uploaded " + file.filename() + " with " + file.eventCount() + " events");
        String population = client.postGate(experimentId,
                Gates.rectangle("FSC-A", "SSC-A", "square", 10000, 50000, 10000, 50000).build()).population().id();
        StatisticsRow row = client.getStatistics(experimentId, StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT, Statistic.MEAN).channels("FSC-A")
                .fcsFileIds(file.id()).populationIds(population).build()).rows().get(0);
        System.out.println("statistics: " + row.population() + " eventCount " + row.eventCount() + " mean "
                + row.statistic(Statistic.MEAN));
    }
}
