package cellengine.transport.jdk;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.api.spi.Headers;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportResponse;
import cellengine.api.spi.Transports;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The program {@link DiscoveryTest} runs in a child JVM: prints {@code Transports.describe()}, the client built by
 * discovery, and an experiment bound by JSON-B (Yasson) in that JVM's real module setup.
 */
public final class DescribeMain {

    private DescribeMain() {
    }

    /**
     * Prints the discovery report and a bound experiment.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        System.out.println(Transports.describe());
        try (CellEngine discovered = CellEngine.builder().token("t").build()) {
            System.out.println("client: " + discovered);
        }
        Transport canned = request -> TransportResponse.of(200, Headers.empty(), new ByteArrayInputStream(
                Fixtures.experiment("bound in a child JVM").getBytes(StandardCharsets.UTF_8)));
        try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token("t").transport(canned)
                .build()) {
            Experiment e = client.getExperiment(Fixtures.EXPERIMENT_ID);
            System.out.println("bound: " + e.name() + " created " + e.created() + " by " + e.uploader().id());
        }
    }
}
