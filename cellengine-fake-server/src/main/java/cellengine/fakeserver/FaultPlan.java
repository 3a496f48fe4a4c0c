package cellengine.fakeserver;

import cellengine.fakeserver.internal.faults.FaultInjector;
import cellengine.fakeserver.internal.faults.FaultKind;
import cellengine.fakeserver.internal.faults.FaultSpec;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A fault being described: which requests ({@link #on}), whether the route handles the request first
 * ({@link #afterHandling()}), and what happens (the terminal methods, which arm the fault and return it). Made by
 * {@link Faults#next(int)}; not thread-safe, used once.
 *
 * @since 0.1
 */
public final class FaultPlan {

    private final FaultInjector injector;
    private final int times;
    private String method = "*";
    private String path = "/**";
    private boolean afterHandling;

    FaultPlan(FaultInjector injector, int times) {
        this.injector = injector;
        this.times = times;
    }

    /**
     * Limits the fault to one method and a path glob. Without this call, every request matches.
     *
     * @param method such as {@code GET}, or {@code *} for any
     * @param pathPattern such as {@code /api/v1/experiments/*}: {@code *} matches one path segment, {@code **} any
     *         number of them
     * @return this plan
     */
    public FaultPlan on(String method, String pathPattern) {
        this.method = Objects.requireNonNull(method, "method");
        this.path = Objects.requireNonNull(pathPattern, "pathPattern");
        return this;
    }

    /**
     * Lets the route handle the request first, so its change is committed (an experiment is created, say), and only
     * then breaks the answer: the client sees the failure although the server did the work.
     *
     * @return this plan
     */
    public FaultPlan afterHandling() {
        this.afterHandling = true;
        return this;
    }

    /**
     * Answers with this status and {@code {"error": "Injected fault: ..."}}.
     *
     * @param status 400 to 599
     * @return the armed fault
     * @throws IllegalArgumentException when a value is out of range
     */
    public Faults.Fault respond(int status) {
        return arm(FaultKind.STATUS, status, null, null, null);
    }

    /**
     * Answers with this status and {@code Retry-After} in seconds.
     *
     * @param status 400 to 599, typically 429 or 503
     * @param retryAfter whole seconds are sent
     * @return the armed fault
     */
    public Faults.Fault respondRetryAfter(int status, Duration retryAfter) {
        Objects.requireNonNull(retryAfter, "retryAfter");
        return arm(FaultKind.STATUS, status, retryAfter.toSeconds(), null, null);
    }

    /**
     * Answers with this status and {@code Retry-After} as an HTTP date.
     *
     * @param status 400 to 599, typically 429 or 503
     * @param retryAt the date to send, such as {@code clock.instant().plusSeconds(30)}
     * @return the armed fault
     */
    public Faults.Fault respondRetryAfter(int status, Instant retryAt) {
        return arm(FaultKind.STATUS, status, null, Objects.requireNonNull(retryAt, "retryAt"), null);
    }

    /**
     * Waits, then handles the request normally.
     *
     * @param delay zero to 5 minutes
     * @return the armed fault
     */
    public Faults.Fault delay(Duration delay) {
        return arm(FaultKind.DELAY, 0, null, null, Objects.requireNonNull(delay, "delay"));
    }

    /**
     * Closes the connection with a TCP reset and sends no response.
     *
     * @return the armed fault
     */
    public Faults.Fault resetConnection() {
        return arm(FaultKind.RESET, 0, null, null, null);
    }

    /**
     * Handles the request, sends the status, the headers (with the full {@code Content-Length}) and half the body,
     * then closes the connection.
     *
     * @return the armed fault
     */
    public Faults.Fault cutBody() {
        return arm(FaultKind.CUT_BODY, 0, null, null, null);
    }

    /**
     * Handles the request, sends the status, the headers and half the body, waits, then sends the rest.
     *
     * @param stall zero to 5 minutes; {@link Faults#clear()} ends it early
     * @return the armed fault
     */
    public Faults.Fault stallBody(Duration stall) {
        return arm(FaultKind.STALL_BODY, 0, null, null, Objects.requireNonNull(stall, "stall"));
    }

    private Faults.Fault arm(FaultKind kind, int status, Long retryAfterSeconds, Instant retryAt, Duration d) {
        return new Faults.Fault(injector.arm(new FaultSpec(method, path, times, kind, status, retryAfterSeconds,
                retryAt, d, afterHandling)));
    }
}
