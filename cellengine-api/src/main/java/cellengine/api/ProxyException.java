package cellengine.api;

import cellengine.api.spi.ProxyAddress;
import cellengine.api.spi.ProxyRefusedException;

import java.util.Objects;

/**
 * The proxy refused the request, so the server was never reached: it asked for credentials that were missing, it
 * refused the ones given, or it refused the tunnel for another reason. The message names the proxy and the user,
 * never the password, and says which setting to change. Never retried: the same request would be refused again.
 *
 * @since 0.1
 */
public class ProxyException extends TransportException {

    private static final long serialVersionUID = 1L;

    /** The proxy that refused. */
    private final ProxyAddress proxy;
    /** Its status. */
    private final int status;

    /**
     * Creates the exception.
     *
     * @param method the request method
     * @param url the request URL, without credentials
     * @param cause the transport's report of the refusal
     * @param requestId the request id, or {@code null}
     */
    public ProxyException(String method, String url, ProxyRefusedException cause, String requestId) {
        super(method, url, "was refused by the proxy", Objects.requireNonNull(cause, "cause"), requestId);
        this.proxy = cause.proxy();
        this.status = cause.status();
    }

    /** {@return the proxy that refused, as {@code host:port}} */
    public ProxyAddress proxy() {
        return proxy;
    }

    /** {@return the proxy's status, such as 407} */
    public int proxyStatus() {
        return status;
    }
}
