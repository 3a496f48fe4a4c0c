package cellengine.api.internal.cache;

import cellengine.api.model.CacheInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameCacheTest {

    @Test
    void a_lookup_that_races_with_an_invalidation_is_not_stored() throws Exception {
        NameCache cache = new NameCache();
        CountDownLatch inLookup = new CountDownLatch(1);
        CountDownLatch invalidated = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> result = pool.submit(() -> cache.resolve("fcsfiles", "e", "a", () -> {
                inLookup.countDown();
                try {
                    invalidated.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "old-id";
            }));
            assertTrue(inLookup.await(5, TimeUnit.SECONDS));
            cache.invalidateId("old-id");
            invalidated.countDown();
            assertEquals("old-id", result.get(5, TimeUnit.SECONDS));
            assertEquals(0, cache.info().size(), "the answer fetched before the invalidation is not kept");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_failing_lookup_stores_nothing_and_counts_a_miss() {
        NameCache cache = new NameCache();
        assertThrows(IllegalStateException.class, () -> cache.resolve("k", "e", "n", () -> {
            throw new IllegalStateException("none");
        }));
        assertEquals(new CacheInfo(0, 1, 0), cache.info());
    }

    @Test
    void concurrent_lookups_count_every_call_and_agree_on_the_id() throws Exception {
        NameCache cache = new NameCache();
        AtomicInteger lookups = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 800; i++) {
                String name = "n" + (i % 10);
                results.add(pool.submit(() -> cache.resolve("k", "e", name, () -> {
                    lookups.incrementAndGet();
                    return "id-" + name;
                })));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("id-n" + (i % 10), results.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        CacheInfo info = cache.info();
        assertEquals(800, info.hits() + info.misses());
        assertEquals(lookups.get(), info.misses());
        assertEquals(10, info.size());
    }

    @Test
    void the_cache_is_bounded_and_drops_the_least_recently_used() {
        NameCache cache = new NameCache();
        for (int i = 0; i <= NameCache.MAX_ENTRIES; i++) {
            String id = "id" + i;
            cache.resolve("k", "e", "n" + i, () -> id);
        }
        assertEquals(NameCache.MAX_ENTRIES, cache.info().size());
        assertTrue(cache.peek("k", "e", "n0").isEmpty());
        assertTrue(cache.peek("k", "e", "n" + NameCache.MAX_ENTRIES).isPresent());
    }
}
