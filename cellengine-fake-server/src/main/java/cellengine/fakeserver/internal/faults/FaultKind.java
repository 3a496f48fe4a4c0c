package cellengine.fakeserver.internal.faults;

/** What an injected fault does to a matching request. */
public enum FaultKind {
    /** Answer with a status (and {@code Retry-After}) instead of, or after, handling. */
    STATUS,
    /** Wait, then handle normally. */
    DELAY,
    /** Close the connection with a TCP reset, with no response. */
    RESET,
    /** Send the headers (with the full {@code Content-Length}) and half the body, then close the connection. */
    CUT_BODY,
    /** Send the headers and half the body, wait, then send the rest. */
    STALL_BODY
}
