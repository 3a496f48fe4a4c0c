package cellengine.tck.transport;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import cellengine.api.Download;
import cellengine.api.RetryPolicy;
import cellengine.api.ServerErrorException;
import cellengine.api.TooManyRequestsException;
import cellengine.api.TransportException;
import cellengine.api.Upload;
import cellengine.api.model.Experiment;
import cellengine.api.model.Folder;
import cellengine.api.param.RawRequest;
import cellengine.api.spi.HttpVersion;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportConfig;
import cellengine.fakeserver.FakeCellEngine;
import cellengine.fakeserver.Faults;
import cellengine.tck.Rule;
import cellengine.tck.RuleDisplayNames;
import cellengine.testing.wire.ManualClock;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retry, timeout and fault rules: the SDK with the transport under test against the fake server's counted fault
 * injection ({@code FakeCellEngine.faults()}). Waits go through an injected clock and sleeper, so the rules take no
 * wall time except where a real timeout is the subject. Subclass it and return the transport from
 * {@link #createTransport}.
 *
 * <p>Rule ids start with {@code RETRY-}; see RULES.md.
 *
 * @since 0.1
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayNameGeneration(RuleDisplayNames.class)
public abstract class RetryVerification {

    /** Creates the rules; a subclass supplies the transport. */
    protected RetryVerification() {
    }

    private FakeCellEngine server;
    private Transport transport;
    private ManualClock time;

    /**
     * {@return the transport under test, created with these settings}
     *
     * @param config the timeouts to honour
     */
    protected abstract Transport createTransport(TransportConfig config);

    /** Starts the fake server and the transport. */
    @BeforeAll
    public void startServer() {
        server = FakeCellEngine.start();
        transport = createTransport(new TransportConfig(Duration.ofSeconds(5), Duration.ofSeconds(30),
                HttpVersion.HTTP_1_1));
    }

    /** Stops both. */
    @AfterAll
    public void stopServer() {
        if (transport != null) {
            transport.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Clears data and faults between rules. */
    @AfterEach
    public void resetServer() {
        server.reset();
    }

    private CellEngine client(Consumer<RetryPolicy.Builder> policy, Consumer<CellEngineBuilder> more) {
        time = new ManualClock();
        RetryPolicy.Builder p = policy(time);
        policy.accept(p);
        CellEngineBuilder b = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token())
                .transport(transport).retryPolicy(p.build());
        more.accept(b);
        return b.build();
    }

    private CellEngine client() {
        return client(p -> { }, b -> { });
    }

    private static int count(CellEngine client, String name) {
        return (int) client.getExperiments().stream().filter(e -> name.equals(e.name())).count();
    }

    @Rule(id = "RETRY-1",
            statement = "503 twice then success: one getExperiment call succeeds after two waits",
            reference = "`RetryPolicy`", check = "retryable statuses, backoff")
    void transient_errors_are_retried() {
        try (CellEngine client = client()) {
            Experiment created = client.postExperiment("retry-1");
            Faults.Fault fault = server.faults().next(2).on("GET", "/api/v1/experiments/*").respond(503);
            assertEquals("retry-1", client.getExperiment(created.id()).name());
            assertEquals(2, fault.triggered(), "the server saw three attempts, two of them faulted");
            assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), time.sleeps(),
                    "exponential backoff from the default 500 ms (jitter off)");
        }
    }

    @Rule(id = "RETRY-2",
            statement = "429 with Retry-After in seconds: the client waits exactly that long",
            reference = "docs/wire.md#errors, `RetryPolicy`", check = "Retry-After parsing")
    void retry_after_seconds_honoured() {
        try (CellEngine client = client()) {
            server.faults().once().on("GET", "/api/v1/folders").respondRetryAfter(429, Duration.ofSeconds(7));
            assertEquals(List.of(), client.getFolders());
            assertEquals(List.of(Duration.ofSeconds(7)), time.sleeps(), "the wait the Retry-After header asked for");
        }
    }

    @Rule(id = "RETRY-3",
            statement = "503 with Retry-After as an HTTP date: the wait is measured on the client's clock",
            reference = "`RetryPolicy`", check = "HTTP-date parsing, the injected clock")
    void retry_after_date_honoured() {
        try (CellEngine client = client()) {
            server.faults().once().on("GET", "/api/v1/folders")
                    .respondRetryAfter(503, ManualClock.START.plusSeconds(42));
            client.getFolders();
            assertEquals(List.of(Duration.ofSeconds(42)), time.sleeps(), "date minus the client's now");
        }
    }

    @Rule(id = "RETRY-4",
            statement = "a Retry-After beyond the cap ends the call and is exposed on the exception",
            reference = "`RetryPolicy.maxRetryAfter`", check = "`ApiException.retryAfter()`")
    void retry_after_cap_exposed() {
        try (CellEngine client = client(p -> p.maxRetryAfter(Duration.ofSeconds(30)), b -> { })) {
            Faults.Fault fault = server.faults().next(3).on("GET", "/api/v1/folders")
                    .respondRetryAfter(429, Duration.ofMinutes(10));
            TooManyRequestsException e = assertThrows(TooManyRequestsException.class, client::getFolders);
            assertEquals(Duration.ofMinutes(10), e.retryAfter().orElseThrow(), "the server's full Retry-After");
            assertEquals(1, fault.triggered(), "no retry was sent");
            assertTrue(time.sleeps().isEmpty());
        }
    }

    @Rule(id = "RETRY-5",
            statement = "when attempts run out the last error is thrown with the earlier ones suppressed",
            reference = "issue 6; docs/wire.md#limits", check = "the retry policy, Retry-After parsing and the fake's fault injection")
    void attempts_run_out() {
        try (CellEngine client = client(p -> p.maxAttempts(3), b -> { })) {
            server.faults().next(5).on("GET", "/api/v1/experiments").respond(502);
            ServerErrorException e = assertThrows(ServerErrorException.class, client::getExperiments);
            assertEquals(502, e.status());
            assertEquals(2, e.getSuppressed().length, "the two earlier attempts");
            assertTrue(e.requestId().isPresent(), "the request id is kept");
        }
    }

    @Rule(id = "RETRY-6",
            statement = "a POST whose create committed before a 503 is not retried: exactly one resource exists",
            reference = "`RawRequest.idempotent`", check = "non-idempotent methods must not be retried")
    void committed_post_not_duplicated_after_status() {
        try (CellEngine client = client()) {
            server.faults().once().on("POST", "/api/v1/experiments").afterHandling().respond(503);
            assertThrows(ServerErrorException.class, () -> client.postExperiment("retry-6"));
            assertEquals(1, count(client, "retry-6"), "a retried create would have made a duplicate");
            assertTrue(time.sleeps().isEmpty(), "no retry was planned");
        }
    }

    @Rule(id = "RETRY-7",
            statement = "a POST whose create committed before the connection reset is not retried",
            reference = "`RawRequest.idempotent`", check = "only `ConnectException` proves nothing was sent")
    void committed_post_not_duplicated_after_reset() {
        try (CellEngine client = client()) {
            server.faults().once().on("POST", "/api/v1/experiments").afterHandling().resetConnection();
            TransportException e = assertThrows(TransportException.class, () -> client.postExperiment("retry-7"));
            assertTrue(e.requestId().isPresent(), () -> "no request id in " + e.getMessage());
            assertEquals(1, count(client, "retry-7"), "a retried create would have made a duplicate");
        }
    }

    @Rule(id = "RETRY-8",
            statement = "a GET whose connection is reset, or whose body is cut short, is retried to success",
            reference = "`RetryPolicy`", check = "body read failures count as transport failures")
    void broken_connections_retried_for_get() {
        try (CellEngine client = client()) {
            Folder folder = client.postFolder("retry-8");
            server.faults().once().on("GET", "/api/v1/folders/*").resetConnection();
            server.faults().once().on("GET", "/api/v1/folders/*").cutBody();
            assertEquals("retry-8", client.getFolder(folder.id()).name());
            assertTrue(server.faults().armed().isEmpty(), "both faults were hit");
        }
    }

    @Rule(id = "RETRY-9",
            statement = "an idempotent-marked PATCH is retried after a 503 and lands once",
            reference = "`RawRequest.idempotent`", check = "replayable JSON bodies")
    void idempotent_patch_retried() {
        try (CellEngine client = client()) {
            Folder folder = client.postFolder("retry-9");
            Faults.Fault fault = server.faults().once().on("PATCH", "/api/v1/folders/*").afterHandling()
                    .respond(503);
            JsonValue answer = client.send(RawRequest.patch("/folders/" + folder.id())
                    .body(Map.of("name", "retry-9b")).idempotent(true).build()).json();
            assertEquals("retry-9b", answer.asJsonObject().getString("name"));
            assertEquals(1, fault.triggered());
            assertEquals(1, time.sleeps().size());
        }
    }

    @Rule(id = "RETRY-10",
            statement = "a body that stalls longer than the read timeout fails with a TransportException",
            reference = "`Builder.readTimeout`", check = "the body watchdog; TRANSPORT-CANCEL-2")
    void stalled_body_times_out() {
        try (CellEngine client = client(p -> p.maxAttempts(1), b -> b.readTimeout(Duration.ofMillis(300)))) {
            server.faults().once().on("GET", "/api/v1/folders").stallBody(Duration.ofMinutes(1));
            TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(TransportException.class, client::getFolders));
            assertTrue(e.getMessage().contains("read timeout"), e.getMessage());
        } finally {
            server.faults().clear(); // ends the stall on the server
        }
    }

    @Rule(id = "RETRY-11",
            statement = "an answer slower than the request timeout is retried for a GET",
            reference = "`Builder.requestTimeout`", check = "per-attempt timeout")
    void slow_answer_retried() {
        try (CellEngine client = client(p -> { }, b -> b.requestTimeout(Duration.ofMillis(300)))) {
            Faults.Fault fault = server.faults().once().on("GET", "/api/v1/folders").delay(Duration.ofSeconds(3));
            assertEquals(List.of(), assertTimeoutPreemptively(Duration.ofSeconds(20), () -> client.getFolders()));
            assertEquals(1, fault.triggered());
            assertEquals(1, time.sleeps().size(), "one retry after the timeout");
        } finally {
            server.faults().clear();
        }
    }

    @Rule(id = "RETRY-12",
            statement = "with RetryPolicy.none() a fault reaches the caller after one attempt",
            reference = "issue 6; docs/wire.md#limits", check = "the retry policy, Retry-After parsing and the fake's fault injection")
    void retries_can_be_turned_off() {
        try (CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token())
                .transport(transport).retryPolicy(RetryPolicy.none()).build()) {
            Faults.Fault fault = server.faults().next(2).on("GET", "/api/v1/experiments").respond(503);
            assertThrows(ServerErrorException.class, client::getExperiments);
            assertEquals(1, fault.triggered());
            assertEquals(1, fault.remaining());
        }
    }

    @Rule(id = "RETRY-13",
            statement = "a download answered 503 before its body is retried and delivers the bytes once",
            reference = "issue 6; docs/wire.md#limits", check = "the retry policy, Retry-After parsing and the fake's fault injection")
    void download_retried_before_body() {
        try (CellEngine client = client()) {
            Experiment e = client.postExperiment("retry-13");
            byte[] bytes = "hello world\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            var attachment = client.uploadAttachment(e.id(), Upload.of("text.txt", bytes));
            Faults.Fault fault = server.faults().once().on("GET", "/api/v1/experiments/*/attachments/*")
                    .respond(503);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            client.downloadAttachment(e.id(), attachment.id(), Download.to(out));
            assertArrayEquals(bytes, out.toByteArray(), "the bytes arrive exactly once");
            assertEquals(1, fault.triggered(), "the first attempt was faulted");
            assertEquals(1, time.sleeps().size(), "one wait before the retry");
        }
    }

    @Rule(id = "RETRY-14",
            statement = "a download whose body stalls fails with a TransportException naming the read timeout",
            reference = "issue 6; docs/wire.md#limits", check = "the retry policy, Retry-After parsing and the fake's fault injection")
    void stalled_download_times_out() {
        try (CellEngine client = client(p -> { }, b -> b.readTimeout(Duration.ofMillis(300)))) {
            Experiment e = client.postExperiment("retry-14");
            var attachment = client.uploadAttachment(e.id(), Upload.of("blob.bin", new byte[64 * 1024]));
            server.faults().once().on("GET", "/api/v1/experiments/*/attachments/*").stallBody(Duration.ofMinutes(1));
            TransportException failure = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                    TransportException.class, () -> client.downloadAttachment(e.id(), attachment.id(),
                            Download.to(new java.io.ByteArrayOutputStream()))));
            assertTrue(failure.getMessage().contains("read timeout"), failure.getMessage());
            assertEquals(List.of(), time.sleeps(), "a body already handed to the caller's stream is not retried");
        } finally {
            server.faults().clear();
        }
    }

    /** {@return a retry policy on the manual clock, without jitter, so each backoff is exactly its ceiling} */
    private static RetryPolicy.Builder policy(ManualClock time) {
        return RetryPolicy.builder().clock(time).sleeper(time::sleep).jitter(() -> 1.0);
    }
}
