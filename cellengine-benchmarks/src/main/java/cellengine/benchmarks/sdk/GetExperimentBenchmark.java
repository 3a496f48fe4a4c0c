package cellengine.benchmarks.sdk;

import cellengine.api.CellEngine;
import cellengine.api.model.CommentOp;
import cellengine.api.model.Experiment;
import cellengine.api.model.Permission;
import cellengine.api.model.Revision;
import cellengine.api.model.User;
import cellengine.fakeserver.FakeCellEngine;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbProperty;
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

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The cost of the SDK on one {@code getExperiment} call, against the same request written by hand with
 * {@link HttpClient} and JSON-B, both on loopback against one fake server. The ratio {@code sdk / handWritten} is the
 * SDK's overhead (target: at most 1.2). The SDK side includes its interceptors (request id, headers, auth, logging
 * check), the retry loop's bookkeeping, the body watchdog and binding into {@link Experiment}; the hand-written side
 * binds into a record of the same shape.
 *
 * <p>The warm-up is long on purpose: with the fake server, both clients and the JIT compilers sharing two cores, the
 * calls only reach a steady state after about 30 s (the first seconds run at 2 to 5 ms per call). Shorter warm-ups
 * measured the JIT, not the SDK, and once made the SDK look 1.2 to 1.5 times slower than it is. See
 * {@code ClientOverheadBenchmark} for the SDK's own CPU per call without the server's noise.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
public class GetExperimentBenchmark {

    private FakeCellEngine server;
    private CellEngine client;
    private HttpClient http;
    private Jsonb jsonb;
    private String id;
    private URI uri;

    /** The hand-written side's binding target: the fields of {@link Experiment}, with plain JSON-B types. */
    public record HandExperiment(@JsonbProperty("_id") String id, String name, List<CommentOp> comments,
                                 Instant created, Instant updated, Instant deepUpdated, Instant deleted,
                                 User uploader, User primaryResearcher, List<String> path, JsonObject data,
                                 List<String> dataOrder, JsonValue activeCompensation, boolean locked,
                                 @JsonbProperty("public") boolean publicAccess, JsonObject retentionPolicy,
                                 String cloneSourceExperiment, String revisionSourceExperiment,
                                 String analysisSourceExperiment, String analysisTask, List<Revision> revisions,
                                 boolean perFileCompensationsEnabled, List<String> tags, JsonObject sortingSpec,
                                 JsonArray colorSpec, JsonArray savedStatisticsExports, JsonObject palettes,
                                 List<Permission> permissions, JsonArray annotationNameOrder,
                                 JsonObject annotationValidators, JsonArray annotationTableSortColumns,
                                 JsonValue annotationSources, JsonValue annotationTableColumnWidths,
                                 JsonValue annotationTableColumnWraps, @JsonbProperty("__v") Integer version) {
    }

    /** Starts the server, creates the experiment and both clients. */
    @Setup(Level.Trial)
    public void start() {
        server = FakeCellEngine.start(c -> c.seed = 42L);
        client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build();
        id = client.postExperiment("benchmark experiment").id();
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        jsonb = JsonbBuilder.create();
        uri = URI.create(server.baseUrl() + "/api/v1/experiments/" + id);
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void stop() throws Exception {
        client.close();
        jsonb.close();
        server.close();
    }

    /** {@return the experiment, through the SDK} */
    @Benchmark
    public Experiment sdk() {
        return client.getExperiment(id);
    }

    /** {@return the experiment, by hand: the same headers the SDK sends, a status check, JSON-B binding} */
    @Benchmark
    public HandExperiment handWritten() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Cookie", "token=" + server.token())
                .header("Accept", "application/json")
                .header("X-Request-Id", UUID.randomUUID().toString())
                .GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + uri + " answered " + response.statusCode());
        }
        return jsonb.fromJson(new java.io.ByteArrayInputStream(response.body()), HandExperiment.class);
    }
}
