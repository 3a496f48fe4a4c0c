package cellengine.benchmarks.overhead;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.api.spi.Headers;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.benchmarks.sdk.GetExperimentBenchmark.HandExperiment;
import cellengine.fakeserver.FakeCellEngine;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;

/**
 * The client-side CPU the SDK spends on one {@code getExperiment} call, with the network and the server taken out.
 *
 * <p>The loopback figure of {@link cellengine.benchmarks.sdk.GetExperimentBenchmark} is dominated by the fake server
 * and the socket, both shared by its two sides, so it cannot show where the SDK's own time goes. Here a transport
 * answers every request at once with the bytes the fake server once sent for an experiment; {@code sdk} runs the whole
 * pipeline over it (interceptors, retry bookkeeping, the body watchdog, binding into {@code Experiment}),
 * {@code bindingOnly} is the least any client must do with those bytes: JSON-B binding into a record of the same
 * shape.
 *
 * @see cellengine.benchmarks.sdk.GetExperimentBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class ClientOverheadBenchmark {

    private CellEngine client;
    private Jsonb jsonb;
    private byte[] body;
    private String id;

    /** Records one experiment's JSON from the fake server, then builds a client on a transport that replays it. */
    @Setup(Level.Trial)
    public void start() throws IOException, InterruptedException {
        try (FakeCellEngine server = FakeCellEngine.start(c -> c.seed = 42L);
             CellEngine recorder = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build()) {
            id = recorder.postExperiment("benchmark experiment").id();
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/experiments/" + id))
                    .header("Cookie", "token=" + server.token()).GET().build();
            body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
        }
        Headers headers = Headers.builder().add("Content-Type", "application/json; charset=utf-8")
                .add("Content-Length", Integer.toString(body.length)).build();
        Transport replaying = new Transport() {
            @Override
            public TransportResponse send(TransportRequest request) {
                return TransportResponse.of(200, headers, new ByteArrayInputStream(body));
            }
        };
        client = CellEngine.builder().baseUrl("http://127.0.0.1:1").token("benchmark-token").transport(replaying)
                .build();
        jsonb = JsonbBuilder.create();
    }

    /** Closes the client. */
    @TearDown(Level.Trial)
    public void stop() throws Exception {
        client.close();
        jsonb.close();
    }

    /** {@return the experiment, through the whole SDK pipeline} */
    @Benchmark
    public Experiment sdk() {
        return client.getExperiment(id);
    }

    /** {@return the same bytes bound with plain JSON-B} */
    @Benchmark
    public HandExperiment bindingOnly() {
        return jsonb.fromJson(new ByteArrayInputStream(body), HandExperiment.class);
    }
}
