package cellengine.api.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineException;
import cellengine.api.NotFoundException;
import cellengine.api.Paged;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.param.ListOptions;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** {@link CellEngine#async} and the {@link Paged} list views, against a scripted loopback peer. */
class AsyncAndPagingTest extends PeerTest {

    private static final String EID = "5d38a6f79fae87499999a74b";
    private static String experiment(int i) {
        return String.format("{\"_id\":\"%024x\",\"name\":\"E%d\"}", i, i);
    }

    /** A peer that pages a list of {@code total} experiments by limit and skip, as the server does. */
    private static void serveExperiments(int total) {
        peer.script(r -> {
            Map<String, String> q = r.query();
            int skip = Integer.parseInt(q.getOrDefault("skip", "0"));
            int limit = Integer.parseInt(q.getOrDefault("limit", String.valueOf(total)));
            String items = IntStream.range(skip, Math.min(total, skip + limit)).mapToObj(AsyncAndPagingTest::experiment)
                    .collect(Collectors.joining(","));
            return Reply.json(200, "[" + items + "]");
        });
    }

    @Test
    void async_calls_run_on_the_given_executor_and_complete_with_the_result() throws Exception {
        serveExperiments(3);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "my-pool"));
        try {
            List<String> ranOn = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.Executor recording = task -> pool.execute(() -> {
                ranOn.add(Thread.currentThread().getName());
                task.run();
            });
            CompletableFuture<List<Experiment>> future = client.async(CellEngine::getExperiments, recording);
            assertEquals(List.of("E0", "E1", "E2"), future.get().stream().map(Experiment::name).toList());
            assertEquals(List.of("my-pool"), ranOn, "one task, on the given executor");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_default_pool_runs_on_daemon_threads_and_fails_with_the_blocking_exception() {
        peer.script(r -> Reply.json(404, "{\"error\":\"Experiment not found\"}"));
        CompletableFuture<Experiment> future = client.async(c -> c.getExperiment(EID));
        CompletionException e = assertThrows(CompletionException.class, future::join);
        assertInstanceOf(NotFoundException.class, e.getCause());
        ExecutionException viaGet = assertThrows(ExecutionException.class,
                () -> client.async(c -> c.getExperiment(EID)).get());
        assertInstanceOf(NotFoundException.class, viaGet.getCause());
        String thread = client.async(CellEngine::getExperiments).handle((v, x) -> Thread.currentThread().getName()
                + "/" + Thread.currentThread().isDaemon()).join();
        assertTrue(thread.startsWith("cellengine-async-") && thread.endsWith("/true"), thread);
    }

    @Test
    void bad_arguments_fail_the_future_rather_than_the_call() {
        CompletableFuture<Void> future = client.asyncRun(c -> c.deleteExperiment("not-an-id"));
        CompletionException e = assertThrows(CompletionException.class, future::join);
        assertInstanceOf(IllegalArgumentException.class, e.getCause());
        peer.script(r -> Reply.empty(204));
        assertNull(client.asyncRun(c -> c.deleteExperiment(EID)).join(), "a void call completes with null");
    }

    @Test
    void cancelling_with_interrupt_ends_a_call_stalled_on_the_server_and_frees_its_thread() throws Exception {
        CountDownLatch arrived = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        peer.script(r -> {
            arrived.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json(200, "[]");
        });
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<List<Experiment>> stalled = client.async(CellEngine::getExperiments, one);
            assertTrue(arrived.await(10, TimeUnit.SECONDS), "the request reached the server");
            assertTrue(stalled.cancel(true));
            // The pool's only thread is free again long before the server would answer (60 s).
            Future<Boolean> next = one.submit(() -> Thread.currentThread().isInterrupted());
            assertEquals(false, next.get(10, TimeUnit.SECONDS), "the next task starts on an uninterrupted thread");
            assertThrows(CancellationException.class, stalled::join);
        } finally {
            release.countDown();
            one.shutdownNow();
        }
    }

    @Test
    void cancelling_without_interrupt_stops_only_a_call_that_has_not_started() throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        CountDownLatch hold = new CountDownLatch(1);
        try {
            one.execute(() -> {
                try {
                    hold.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            peer.script(r -> Reply.json(200, "[]"));
            CompletableFuture<List<Experiment>> queued = client.async(CellEngine::getExperiments, one);
            assertTrue(queued.cancel(false));
            hold.countDown();
            one.submit(() -> { }).get(10, TimeUnit.SECONDS);
            assertEquals(List.of(), peer.requests(), "a cancelled call that had not started sends nothing");
        } finally {
            one.shutdownNow();
        }
    }

    @Test
    void paging_asks_page_after_page_with_limit_skip_and_a_stable_sort() {
        serveExperiments(7);
        List<String> names = client.getExperimentsPaged(ListOptions.none(), 3).stream().map(Experiment::name)
                .toList();
        assertEquals(List.of("E0", "E1", "E2", "E3", "E4", "E5", "E6"), names);
        assertEquals(List.of(Map.of("limit", "3", "skip", "0", "sort", "_id"),
                Map.of("limit", "3", "skip", "3", "sort", "_id"), Map.of("limit", "3", "skip", "6", "sort", "_id")),
                peer.requests().stream().map(RecordedRequest::query).toList());
    }

    @Test
    void paging_is_lazy_and_each_iteration_starts_again() {
        serveExperiments(100);
        Paged<Experiment> paged = client.getExperimentsPaged(ListOptions.none(), 10);
        assertEquals(0, peer.requests().size(), "nothing is fetched before iteration");
        assertEquals("E0", paged.stream().findFirst().orElseThrow().name());
        assertEquals(1, peer.requests().size(), "one page for the first item");
        Iterator<Experiment> it = paged.iterator();
        for (int i = 0; i < 11; i++) {
            it.next();
        }
        assertEquals(3, peer.requests().size(), "the second page only when the first is used up");
        assertEquals("E10", paged.stream().skip(10).findFirst().orElseThrow().name());
    }

    @Test
    void paging_keeps_the_query_and_sort_and_honours_skip_and_limit_as_start_and_cap() {
        serveExperiments(50);
        ListOptions options = ListOptions.builder().query("eq(deleted,null)").sort("-created").skip(5).limit(7)
                .fields("+name").build();
        List<String> names = new ArrayList<>();
        client.getExperimentsPaged(options, 3).forEach(e -> names.add(e.name()));
        assertEquals(List.of("E5", "E6", "E7", "E8", "E9", "E10", "E11"), names);
        List<Map<String, String>> queries = peer.requests().stream().map(RecordedRequest::query).toList();
        assertEquals(List.of("3/5", "3/8", "1/11"), queries.stream().map(q -> q.get("limit") + "/" + q.get("skip"))
                .toList(), "the last page asks only for what the cap leaves");
        assertTrue(queries.stream().allMatch(q -> q.get("query").equals("eq(deleted,null)")
                && q.get("sort").equals("-created") && q.get("fields").equals("+name")), queries::toString);
    }

    @Test
    void an_exact_multiple_of_the_page_size_ends_after_one_empty_page() {
        serveExperiments(6);
        assertEquals(6, client.getExperimentsPaged(ListOptions.none(), 3).stream().count());
        assertEquals(3, peer.requests().size());
        serveExperiments(0);
        assertEquals(0, client.getExperimentsPaged(ListOptions.none(), 3).stream().count());
    }

    @Test
    void a_server_that_ignores_limit_or_skip_is_reported_instead_of_looping() {
        peer.script(r -> Reply.json(200, "[" + IntStream.range(0, 5).mapToObj(AsyncAndPagingTest::experiment)
                .collect(Collectors.joining(",")) + "]"));
        CellEngineException noLimit = assertThrows(CellEngineException.class,
                () -> client.getExperimentsPaged(ListOptions.none(), 2).stream().count());
        assertTrue(noLimit.getMessage().contains("5 items for limit=2"), noLimit.getMessage());
        peer.script(r -> Reply.json(200, "[" + experiment(0) + "," + experiment(1) + "]"));
        CellEngineException noSkip = assertThrows(CellEngineException.class,
                () -> client.getExperimentsPaged(ListOptions.none(), 2).stream().count());
        assertTrue(noSkip.getMessage().contains("ignores skip"), noSkip.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.getExperimentsPaged(ListOptions.none(), 0));
    }

    @Test
    void fcs_files_page_under_their_experiment() {
        peer.script(r -> {
            int skip = Integer.parseInt(r.query().get("skip"));
            return Reply.json(200, skip == 0 ? "[" + Fixtures.fcsFile(String.format("%024x", 1), "a.fcs") + ","
                    + Fixtures.fcsFile(String.format("%024x", 2), "b.fcs") + "]"
                    : "[" + Fixtures.fcsFile(String.format("%024x", 3), "c.fcs") + "]");
        });
        assertEquals(List.of("a.fcs", "b.fcs", "c.fcs"), client.getFcsFilesPaged(EID, ListOptions.none(), 2).stream()
                .map(FcsFile::filename).toList());
        assertTrue(peer.requests().stream().allMatch(r -> r.rawPath().equals("/api/v1/experiments/" + EID
                + "/fcsfiles")));
    }

    @Test
    void the_default_send_async_runs_send_on_the_executor_and_wraps_its_io_exception() {
        Transport failing = new Transport() {
            @Override
            public TransportResponse send(TransportRequest request) throws IOException {
                throw new IOException("refused for " + Thread.currentThread().getName());
            }
        };
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "spi-pool"));
        try {
            CompletionException e = assertThrows(CompletionException.class, () -> failing.sendAsync(
                    TransportRequest.builder("GET", URI.create("http://127.0.0.1:1/")).build(), pool).join());
            assertInstanceOf(IOException.class, e.getCause());
            assertEquals("refused for spi-pool", e.getCause().getMessage());
        } finally {
            pool.shutdownNow();
        }
    }
}
