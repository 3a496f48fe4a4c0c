package cellengine.api.internal.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(30)
class WatchedInputStreamTest {

    /** Blocks every read until closed from another thread, as a stalled connection does. */
    private static final class StalledBody extends InputStream {
        private final CountDownLatch closed = new CountDownLatch(1);

        @Override
        public int read() throws IOException {
            try {
                closed.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IOException("closed");
        }

        @Override
        public void close() {
            closed.countDown();
        }
    }

    private static long millisToFail(InputStream body) {
        long start = System.nanoTime();
        assertThrows(SocketTimeoutException.class, body::read);
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    void a_stalled_read_ends_after_the_read_timeout_with_a_message_naming_it() throws IOException {
        try (WatchedInputStream body = new WatchedInputStream(new StalledBody(), Duration.ofMillis(100),
                Long.MAX_VALUE)) {
            long start = System.nanoTime();
            SocketTimeoutException e = assertThrows(SocketTimeoutException.class, body::read);
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("100 ms (the read timeout)"), e.getMessage());
            assertTrue(took >= 95 && took < 5_000, "took " + took + " ms");
        }
    }

    @Test
    void a_stalled_read_ends_at_the_call_deadline_when_that_comes_first() throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(150);
        try (WatchedInputStream body = new WatchedInputStream(new StalledBody(), Duration.ofSeconds(20), deadline)) {
            SocketTimeoutException e = assertThrows(SocketTimeoutException.class, body::read);
            assertTrue(e.getMessage().contains("call timeout"), e.getMessage());
            assertTrue(System.nanoTime() - deadline >= 0);
        }
    }

    @Test
    void a_body_due_sooner_than_the_watchdog_planned_wakes_it() throws Exception {
        // the long-timeout body makes the watchdog plan to sleep 20 s; the short one must not wait for that
        try (WatchedInputStream patient = new WatchedInputStream(new StalledBody(), Duration.ofSeconds(20),
                Long.MAX_VALUE)) {
            Thread reader = new Thread(() -> assertThrows(SocketTimeoutException.class, patient::read));
            reader.setDaemon(true);
            reader.start();
            Thread.sleep(50);
            try (WatchedInputStream hasty = new WatchedInputStream(new StalledBody(), Duration.ofMillis(80),
                    Long.MAX_VALUE)) {
                long took = millisToFail(hasty);
                assertTrue(took < 5_000, "took " + took + " ms");
            }
        }
    }

    @Test
    void a_read_after_the_deadline_fails_at_once() throws IOException {
        try (WatchedInputStream body = new WatchedInputStream(new ByteArrayInputStream(new byte[10]),
                Duration.ofSeconds(5), System.nanoTime() - 1)) {
            SocketTimeoutException e = assertThrows(SocketTimeoutException.class, body::read);
            assertTrue(e.getMessage().contains("call timeout"), e.getMessage());
        }
    }

    @Test
    void bodies_read_one_after_another_do_not_wake_the_watchdog_per_body() throws IOException {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        for (int i = 0; i < 100; i++) {
            readWhole(bytes);
        }
        long before = ReadWatchdog.SHARED.sweeps();
        int bodies = 5_000;
        for (int i = 0; i < bodies; i++) {
            readWhole(bytes);
        }
        long sweeps = ReadWatchdog.SHARED.sweeps() - before;
        // a scheduled check per body, as before, swept at least once per body
        assertTrue(sweeps < 50, sweeps + " sweeps for " + bodies + " bodies");
    }

    @Test
    void stalled_reads_among_many_fast_ones_on_many_threads_all_end_on_time() throws Exception {
        // a missed wakeup would leave a stalled read waiting for the 30 s bodies' planned sweep
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> worst = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long seed = t;
                worst.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    byte[] bytes = new byte[64];
                    long worstLateness = 0;
                    for (int i = 0; i < 300; i++) {
                        if (random.nextInt(15) != 0) {
                            readWhole(bytes);
                            continue;
                        }
                        long timeout = 20 + random.nextInt(60);
                        try (WatchedInputStream body = new WatchedInputStream(new StalledBody(),
                                Duration.ofMillis(timeout), Long.MAX_VALUE)) {
                            worstLateness = Math.max(worstLateness, millisToFail(body) - timeout);
                        }
                    }
                    return worstLateness;
                }));
            }
            for (Future<Long> f : worst) {
                long lateness = f.get(60, TimeUnit.SECONDS);
                assertTrue(lateness < 3_000, "a stalled read ended " + lateness + " ms after its timeout");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_watchdog_thread_ends_when_idle_and_the_next_body_starts_another() throws Exception {
        try (WatchedInputStream body = new WatchedInputStream(new StalledBody(), Duration.ofMillis(40),
                Long.MAX_VALUE)) {
            millisToFail(body);
        }
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (watchdogAlive() && System.nanoTime() - until < 0) {
            Thread.sleep(20);
        }
        assertTrue(!watchdogAlive(), "an idle watchdog thread should end, so that it pins no class loader");
        try (WatchedInputStream body = new WatchedInputStream(new StalledBody(), Duration.ofMillis(60),
                Long.MAX_VALUE)) {
            long took = millisToFail(body);
            assertTrue(took < 5_000, "took " + took + " ms");
        }
    }

    @Test
    void stalled_reads_that_start_while_the_watchdog_retires_still_end_on_time() throws Exception {
        // pauses around the idle period make the thread end and restart often, racing with new bodies
        long startsBefore = ReadWatchdog.SHARED.starts();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> worst = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                long seed = 100 + t;
                worst.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    long worstLateness = 0;
                    for (int i = 0; i < 30; i++) {
                        Thread.sleep(random.nextInt(2) == 0 ? random.nextInt(20) : 100 + random.nextInt(150));
                        try (WatchedInputStream body = new WatchedInputStream(new StalledBody(),
                                Duration.ofMillis(15), Long.MAX_VALUE)) {
                            worstLateness = Math.max(worstLateness, millisToFail(body) - 15);
                        }
                    }
                    return worstLateness;
                }));
            }
            for (Future<Long> f : worst) {
                long lateness = f.get(60, TimeUnit.SECONDS);
                assertTrue(lateness < 3_000, "a stalled read ended " + lateness + " ms after its timeout");
            }
            long restarts = ReadWatchdog.SHARED.starts() - startsBefore;
            assertTrue(restarts >= 5, "the watchdog restarted only " + restarts + " times, so the race was not run");
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean watchdogAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("cellengine-read-watchdog") && t.isAlive());
    }

    private static void readWhole(byte[] bytes) throws IOException {
        try (WatchedInputStream body = new WatchedInputStream(new ByteArrayInputStream(bytes), Duration.ofSeconds(30),
                Long.MAX_VALUE)) {
            assertArrayEquals(bytes, body.readAllBytes());
        }
    }
}
