package cellengine.fakeserver.internal.faults;

import cellengine.fakeserver.internal.json.ErrorBody;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Applies armed faults to matching requests, in the order they were armed; each request takes at most one fault.
 * Faults before handling run in a before-handler (the route never sees the request); faults after handling run in
 * an after-handler (the route's change is committed, then the answer is replaced or broken). Delays and stalls end
 * early when the faults are cleared or the server stops. Thread-safe.
 */
public final class FaultInjector {

    private static final System.Logger LOG = System.getLogger(FaultInjector.class.getName());
    private static final String AFTER = FaultInjector.class.getName() + ".after";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final List<ArmedFault> faults = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch release = new CountDownLatch(1);

    /**
     * Arms a fault.
     *
     * @param spec what to do and to which requests
     * @return the armed fault
     */
    public ArmedFault arm(FaultSpec spec) {
        ArmedFault fault = new ArmedFault(spec);
        faults.add(fault);
        return fault;
    }

    /** {@return the faults with counts left, in arming order} */
    public List<ArmedFault> armed() {
        return faults.stream().filter(f -> f.remaining() > 0).toList();
    }

    /** Removes every fault and ends running delays and stalls. */
    public void clear() {
        faults.forEach(ArmedFault::cancel);
        faults.clear();
        CountDownLatch old = release;
        release = new CountDownLatch(1);
        old.countDown();
    }

    static String httpDate(Instant instant) {
        return HTTP_DATE.format(instant);
    }

    /** The before-handler: takes a matching fault and applies it now, or keeps it for {@link #after}. */
    public void before(Context ctx) throws IOException {
        if (faults.isEmpty() || ctx.path().startsWith("/_fake")) {
            return;
        }
        String method = ctx.method().name();
        String path = ctx.path();
        for (ArmedFault fault : faults) {
            if (fault.matches(method, path) && fault.take()) {
                if (fault.remaining() == 0) {
                    faults.remove(fault);
                }
                LOG.log(System.Logger.Level.DEBUG, "Injecting fault on " + method + " " + path + ": "
                        + fault.spec().describe());
                if (fault.spec().afterHandling() || isBodyFault(fault.spec().kind())) {
                    ctx.attribute(AFTER, fault.spec());
                } else {
                    apply(ctx, fault.spec(), true);
                }
                return;
            }
        }
    }

    /** The after-handler: applies a fault kept by {@link #before}. */
    public void after(Context ctx) throws IOException {
        FaultSpec spec = ctx.attribute(AFTER);
        if (spec != null) {
            apply(ctx, spec, false);
        }
    }

    private static boolean isBodyFault(FaultKind kind) {
        return kind == FaultKind.CUT_BODY || kind == FaultKind.STALL_BODY;
    }

    private void apply(Context ctx, FaultSpec spec, boolean beforeHandling) throws IOException {
        switch (spec.kind()) {
            case STATUS:
                if (spec.retryAfterSeconds() != null) {
                    ctx.header("Retry-After", String.valueOf(spec.retryAfterSeconds()));
                } else if (spec.retryAfterDate() != null) {
                    ctx.header("Retry-After", httpDate(spec.retryAfterDate()));
                }
                ctx.status(spec.status()).contentType("application/json")
                        .result(ErrorBody.of("Injected fault: " + spec.describe()).toString());
                if (beforeHandling) {
                    ctx.skipRemainingHandlers();
                }
                break;
            case DELAY:
                pause(release, spec.duration());
                break;
            case RESET:
                Connections.reset(ctx);
                ctx.result(new byte[0]);
                if (beforeHandling) {
                    ctx.skipRemainingHandlers();
                }
                break;
            case CUT_BODY:
                writeHalfThen(ctx, null);
                break;
            case STALL_BODY:
                writeHalfThen(ctx, spec.duration());
                break;
            default:
                throw new AssertionError(spec.kind());
        }
    }

    /**
     * Sends the status, headers (with the full length) and the first half of the handler's body, then either
     * closes the connection (stall == null) or waits and sends the rest.
     */
    private void writeHalfThen(Context ctx, Duration stall) throws IOException {
        byte[] body;
        try (InputStream result = ctx.resultInputStream()) {
            body = result == null ? new byte[0] : result.readAllBytes();
        }
        ctx.result(new byte[0]);
        // Taken before the client can see any byte: a clear() that follows the first half must end this stall.
        CountDownLatch cleared = release;
        int half = body.length / 2;
        var response = ctx.res();
        response.setStatus(ctx.statusCode());
        response.setContentLengthLong(body.length);
        OutputStream out = response.getOutputStream();
        try {
            out.write(body, 0, half);
            out.flush();
            if (stall == null) {
                Connections.close(ctx);
                return;
            }
            pause(cleared, stall);
            out.write(body, half, body.length - half);
            out.flush();
        } catch (IOException clientGone) {
            Connections.close(ctx);
        }
    }

    private static void pause(CountDownLatch cleared, Duration duration) {
        try {
            cleared.await(duration.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
