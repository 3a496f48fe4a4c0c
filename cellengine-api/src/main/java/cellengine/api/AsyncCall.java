package cellengine.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One blocking client call run on an executor, as the future {@link CellEngine#async} returns. Unlike a plain
 * {@link CompletableFuture#supplyAsync}, {@code cancel(true)} interrupts the thread running the call, so a
 * cancelled download or a call waiting on a slow server ends instead of holding its thread to the end.
 */
final class AsyncCall<T> extends CompletableFuture<T> implements Runnable {

    /** Daemon threads made as needed and ended after 60 s idle, so an idle pool never keeps the JVM alive. */
    static final ExecutorService SHARED = Executors.newCachedThreadPool(new DaemonThreads());

    private final Supplier<? extends T> call;
    private final Executor executor;
    /** Guards {@link #runner}; not the future's own monitor, which callers may lock. */
    private final Object lock = new Object();
    /** The thread running the call, set and cleared under {@link #lock} so cancel never hits a later task. */
    private Thread runner;

    private AsyncCall(Supplier<? extends T> call, Executor executor) {
        this.call = call;
        this.executor = executor;
    }

    static <T> CompletableFuture<T> start(Supplier<? extends T> call, Executor executor) {
        AsyncCall<T> future = new AsyncCall<>(call, executor);
        executor.execute(future);
        return future;
    }

    @Override
    public void run() {
        synchronized (lock) {
            if (isDone()) {
                return;
            }
            runner = Thread.currentThread();
        }
        try {
            complete(call.get());
        } catch (Throwable failure) {
            completeExceptionally(failure);
        } finally {
            synchronized (lock) {
                runner = null;
            }
            if (isCancelled()) {
                Thread.interrupted(); // the interrupt was for this call only, not for the pool's next task
            }
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && mayInterruptIfRunning) {
            synchronized (lock) {
                if (runner != null) {
                    runner.interrupt();
                }
            }
        }
        return cancelled;
    }

    /** Dependent stages without an executor of their own run where this call ran. */
    @Override
    public Executor defaultExecutor() {
        return executor;
    }

    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "cellengine-async-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
