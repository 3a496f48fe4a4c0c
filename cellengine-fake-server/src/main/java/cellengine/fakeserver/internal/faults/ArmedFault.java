package cellengine.fakeserver.internal.faults;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/** A fault waiting for its requests: counts down once per matching request. Thread-safe. */
public final class ArmedFault {

    private final FaultSpec spec;
    private final Pattern path;
    private final AtomicInteger remaining;
    private final AtomicInteger triggered = new AtomicInteger();

    ArmedFault(FaultSpec spec) {
        this.spec = spec;
        this.path = spec.pathRegex();
        this.remaining = new AtomicInteger(spec.times());
    }

    /** {@return the spec} */
    public FaultSpec spec() {
        return spec;
    }

    /** {@return how many more matching requests it will affect} */
    public int remaining() {
        return Math.max(0, remaining.get());
    }

    /** {@return how many requests it has affected} */
    public int triggered() {
        return triggered.get();
    }

    /** Stops the fault from affecting further requests. */
    public void cancel() {
        remaining.set(0);
    }

    boolean matches(String method, String requestPath) {
        return (spec.method().equals("*") || spec.method().equals(method)) && path.matcher(requestPath).matches();
    }

    /** {@return whether this request takes one of the remaining counts} */
    boolean take() {
        while (true) {
            int left = remaining.get();
            if (left <= 0) {
                return false;
            }
            if (remaining.compareAndSet(left, left - 1)) {
                triggered.incrementAndGet();
                return true;
            }
        }
    }

    @Override
    public String toString() {
        return spec.describe() + " (" + remaining() + " left, " + triggered() + " triggered)";
    }
}
