package cellengine.fakeserver;

import cellengine.fakeserver.internal.faults.ArmedFault;
import cellengine.fakeserver.internal.faults.FaultInjector;

import java.util.List;
import java.util.Objects;

/**
 * Deterministic fault injection: "the next N calls to route X" answer with an error status, wait, lose their
 * connection, or get a broken body. Faults are counted, never random; each request takes at most one fault, the
 * first armed one that matches.
 *
 * <pre>{@code
 * server.faults().next(2).on("GET", "/api/v1/experiments/*").respond(503);
 * server.faults().next(1).on("GET", "/api/v1/folders").respondRetryAfter(429, Duration.ofSeconds(3));
 * server.faults().next(1).on("POST", "/api/v1/experiments").afterHandling().resetConnection();
 * server.faults().clear();
 * }</pre>
 *
 * <p>The same is available over HTTP at {@code /_fake/faults} (see docs/reliability.md). Thread-safe.
 *
 * @since 0.1
 */
public final class Faults {

    private final FaultInjector injector;

    Faults(FaultInjector injector) {
        this.injector = injector;
    }

    /**
     * {@return a plan for a fault affecting the next {@code times} matching requests}
     *
     * @param times 1 or more
     * @throws IllegalArgumentException when {@code times} is less than 1
     */
    public FaultPlan next(int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be 1 or more, was " + times);
        }
        return new FaultPlan(injector, times);
    }

    /** {@return a plan for a fault affecting the next matching request} */
    public FaultPlan once() {
        return next(1);
    }

    /** {@return the faults that still have requests to affect, in arming order} */
    public List<Fault> armed() {
        return injector.armed().stream().map(Fault::new).toList();
    }

    /** Removes every fault and ends running delays and stalls at once. */
    public void clear() {
        injector.clear();
    }

    @Override
    public String toString() {
        return "Faults" + armed();
    }

    /**
     * One armed fault: how many requests it has affected and how many it will still affect.
     */
    public static final class Fault {
        private final ArmedFault armed;

        Fault(ArmedFault armed) {
            this.armed = Objects.requireNonNull(armed);
        }

        /** {@return how many more matching requests it will affect} */
        public int remaining() {
            return armed.remaining();
        }

        /** {@return how many requests it has affected so far} */
        public int triggered() {
            return armed.triggered();
        }

        /** Disarms the fault: it affects no further requests. */
        public void cancel() {
            armed.cancel();
        }

        /** {@return one line such as {@code next 2 GET /api/v1/experiments/*: respond 503 (1 left, 1 triggered)}} */
        @Override
        public String toString() {
            return armed.toString();
        }
    }
}
