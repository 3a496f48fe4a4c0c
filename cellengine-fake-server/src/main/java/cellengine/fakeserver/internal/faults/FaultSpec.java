package cellengine.fakeserver.internal.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What one armed fault does, to which requests, how many times. Built by the public {@code FaultPlan} or the admin
 * API, checked here once.
 *
 * @param method the upper-case method, or {@code *} for any
 * @param pathPattern a path glob: {@code *} is one path segment, {@code **} any rest, such as
 *         {@code /api/v1/experiments/*}
 * @param times how many matching requests it affects, 1 or more
 * @param kind what it does
 * @param status the status of a {@link FaultKind#STATUS} fault, else 0
 * @param retryAfterSeconds the {@code Retry-After} seconds of a status fault, or null
 * @param retryAfterDate the {@code Retry-After} date of a status fault, or null
 * @param duration the delay or stall of {@link FaultKind#DELAY} and {@link FaultKind#STALL_BODY}, else null
 * @param afterHandling whether the route's handler runs first (its change is committed) and the fault then replaces
 *         the answer
 */
public record FaultSpec(String method, String pathPattern, int times, FaultKind kind, int status,
                        Long retryAfterSeconds, Instant retryAfterDate, Duration duration, boolean afterHandling) {

    /** The longest delay or stall: a fault never holds a server thread for long. */
    public static final Duration MAX_DURATION = Duration.ofMinutes(5);

    /**
     * Checks the spec.
     *
     * @throws IllegalArgumentException naming the value that is out of range
     */
    public FaultSpec {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathPattern, "pathPattern");
        Objects.requireNonNull(kind, "kind");
        method = method.toUpperCase(Locale.ROOT);
        if (!method.equals("*") && !method.matches("[A-Z]+")) {
            throw new IllegalArgumentException("method must be an HTTP method such as GET, or *, was '" + method + "'");
        }
        if (!pathPattern.startsWith("/")) {
            throw new IllegalArgumentException("path must start with /, such as /api/v1/experiments/*, was '"
                    + pathPattern + "'");
        }
        if (pathPattern.startsWith("/_fake")) {
            throw new IllegalArgumentException("faults cannot target the admin API (/_fake/...)");
        }
        if (times < 1) {
            throw new IllegalArgumentException("times must be 1 or more, was " + times);
        }
        if (kind == FaultKind.STATUS && (status < 400 || status > 599)) {
            throw new IllegalArgumentException("status must be 400 to 599, was " + status);
        }
        if (retryAfterSeconds != null && retryAfterSeconds < 0) {
            throw new IllegalArgumentException("retryAfter seconds must not be negative, was " + retryAfterSeconds);
        }
        if (kind == FaultKind.DELAY || kind == FaultKind.STALL_BODY) {
            Objects.requireNonNull(duration, "duration");
            if (duration.isNegative() || duration.compareTo(MAX_DURATION) > 0) {
                throw new IllegalArgumentException("duration must be 0 to " + MAX_DURATION.toMinutes()
                        + " minutes, was " + duration);
            }
        }
    }

    /** {@return the path glob as a regular expression} */
    Pattern pathRegex() {
        StringBuilder regex = new StringBuilder();
        String p = pathPattern;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]+");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** {@return one line such as {@code next 3 GET /api/v1/experiments/* -> 503 (Retry-After: 2)}} */
    public String describe() {
        String what;
        switch (kind) {
            case STATUS:
                what = "respond " + status + (retryAfterSeconds != null ? " (Retry-After: " + retryAfterSeconds + ")"
                        : retryAfterDate != null ? " (Retry-After: " + FaultInjector.httpDate(retryAfterDate) + ")"
                        : "");
                break;
            case DELAY:
                what = "delay " + duration.toMillis() + " ms";
                break;
            case RESET:
                what = "reset the connection";
                break;
            case CUT_BODY:
                what = "cut the body short";
                break;
            case STALL_BODY:
                what = "stall the body for " + duration.toMillis() + " ms";
                break;
            default:
                throw new AssertionError(kind);
        }
        return "next " + times + " " + method + " " + pathPattern + (afterHandling ? " after handling" : "")
                + ": " + what;
    }
}
