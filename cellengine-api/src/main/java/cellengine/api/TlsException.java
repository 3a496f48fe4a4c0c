package cellengine.api;

import java.util.Objects;

/**
 * The TLS handshake with the server failed, so no request reached it. The message names the certificate problem
 * and the setting that fixes it; {@link #problem()} classifies it. Never retried: the same handshake would fail
 * again. There is no setting that turns certificate checks off; trust a private CA by giving it
 * (docs/restricted-networks.md).
 *
 * @since 0.1
 */
public class TlsException extends TransportException {

    private static final long serialVersionUID = 1L;

    /** What went wrong in the handshake. */
    public enum Problem {
        /** The server's certificate chain does not lead to a trusted CA. */
        UNTRUSTED_CERTIFICATE,
        /** The server's certificate has expired or is not yet valid. */
        EXPIRED_CERTIFICATE,
        /** The server's certificate does not name the host connected to. */
        HOSTNAME_MISMATCH,
        /** The server asked for a client certificate and none, or none it accepts, was presented. */
        CLIENT_CERTIFICATE_REJECTED,
        /** Client and server have no TLS version or cipher suite in common. */
        NO_COMMON_PROTOCOL,
        /** Another handshake failure; the cause tells which. */
        OTHER
    }

    /** The classified problem. */
    private final Problem problem;

    /**
     * Creates the exception.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param problem what went wrong
     * @param explanation the problem in words and the setting that fixes it
     * @param cause the transport's exception
     * @param requestId the request id, or {@code null}
     */
    public TlsException(String method, String url, Problem problem, String explanation, Throwable cause,
                        String requestId) {
        super(method, url, "failed the TLS handshake: " + explanation, cause, requestId);
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** {@return what went wrong} */
    public Problem problem() {
        return problem;
    }
}
