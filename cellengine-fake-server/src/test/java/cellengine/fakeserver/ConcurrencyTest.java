package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConcurrencyTest {

    private static final int THREADS = 6;
    private static final int PER_THREAD = 20;

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    @Test
    void concurrent_creates_and_patches_lose_nothing_and_never_repeat_an_id() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Callable<List<String>>> jobs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                jobs.add(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        String id = fake.api().post("/experiments", "{\"name\":\"t" + thread + "-" + i + "\"}")
                                .expect(201).object().getString("_id");
                        fake.api().patch("/experiments/" + id, "{\"tags\":[\"done\"]}").expect(200);
                        ids.add(id);
                    }
                    return ids;
                });
            }
            Set<String> ids = new HashSet<>();
            for (Future<List<String>> result : pool.invokeAll(jobs)) {
                ids.addAll(result.get());
            }
            assertEquals(THREADS * PER_THREAD, ids.size(), "distinct ids");
            List<String> listed = fake.api().get("/experiments?query=" + Api.q("eq(tags,\"done\")")).expect(200)
                    .strings("_id");
            assertEquals(ids, new HashSet<>(listed));
            assertEquals(THREADS * PER_THREAD, listed.size());
        } finally {
            pool.shutdownNow();
        }
    }
}
