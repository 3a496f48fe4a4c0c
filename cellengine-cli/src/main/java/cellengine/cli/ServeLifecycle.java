package cellengine.cli;

import cellengine.fakeserver.FakeCellEngine;
import java.util.concurrent.CountDownLatch;

/**
 * Keeps {@code cellengine serve} running. Called once, on the command's thread, after the server started; it runs
 * {@code shutdown} exactly once before it returns, or from the JVM's shutdown hook in a real process.
 */
@FunctionalInterface
interface ServeLifecycle {

    /**
     * Blocks until the server should stop, and runs {@code shutdown}.
     *
     * @param server the running server
     * @param shutdown exports the snapshot if asked, then closes the server
     * @throws InterruptedException when interrupted while waiting
     */
    void serve(FakeCellEngine server, Runnable shutdown) throws InterruptedException;

    /** {@return the lifecycle of a real process: serve until Ctrl-C, shutting down in the JVM's shutdown hook} */
    static ServeLifecycle untilShutdown() {
        return (server, shutdown) -> {
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shutdown.run();
                stopped.countDown();
            }, "cellengine-serve-shutdown"));
            stopped.await();
        };
    }
}
