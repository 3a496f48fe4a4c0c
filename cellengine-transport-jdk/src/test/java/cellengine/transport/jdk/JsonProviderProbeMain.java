package cellengine.transport.jdk;

import cellengine.api.CellEngine;
import cellengine.api.model.Annotation;
import cellengine.api.spi.Headers;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/**
 * The program {@link MissingJsonProviderTest} runs in a child JVM that lacks Yasson, or Parsson and Yasson: binds
 * an experiment (JSON-B) and builds an annotation (JSON-P), twice each, and prints what each attempt threw.
 */
public final class JsonProviderProbeMain {

    private JsonProviderProbeMain() {
    }

    /**
     * Prints one line per attempt: {@code bind: <exception class>: <message>} or {@code json-p: ...}.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        Transport canned = request -> TransportResponse.of(200, Headers.empty(), new ByteArrayInputStream(
                Fixtures.experiment("probe").getBytes(StandardCharsets.UTF_8)));
        for (int attempt = 0; attempt < 2; attempt++) {
            try (CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token("t").transport(canned)
                    .build()) {
                System.out.println("bind: bound " + client.getExperiment(Fixtures.EXPERIMENT_ID).name());
            } catch (Throwable e) {
                System.out.println("bind: " + e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                System.out.println("json-p: built " + Annotation.of("dose", 5));
            } catch (Throwable e) {
                System.out.println("json-p: " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
