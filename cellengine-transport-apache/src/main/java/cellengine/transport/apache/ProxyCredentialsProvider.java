package cellengine.transport.apache;

import cellengine.api.spi.ProxyCredentials;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.Credentials;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.NTCredentials;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.core5.http.protocol.HttpContext;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands the proxy credentials to whichever scheme the proxy chose. Only proxies ask: the transport's target
 * authentication strategy never selects a scheme, so a server's 401 never reaches this provider. Counts the
 * requests so that a refusal can say whether the credentials were tried.
 */
final class ProxyCredentialsProvider implements CredentialsProvider {

    private final ProxyCredentials credentials;
    private final AtomicLong requests = new AtomicLong();

    ProxyCredentialsProvider(ProxyCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    @SuppressWarnings("deprecation") // NTLM, SPNEGO and NTCredentials: deprecated upstream, still what proxies ask for
    public Credentials getCredentials(AuthScope scope, HttpContext context) {
        if (credentials == null) {
            return null;
        }
        String scheme = scope.getSchemeName();
        if (StandardAuthScheme.SPNEGO.equalsIgnoreCase(scheme) || StandardAuthScheme.KERBEROS.equalsIgnoreCase(
                scheme)) {
            return null; // the JVM's Kerberos login answers these
        }
        requests.incrementAndGet();
        if (StandardAuthScheme.NTLM.equalsIgnoreCase(scheme)) {
            return new NTCredentials(credentials.userWithoutDomain(), credentials.password(), null,
                    credentials.domain());
        }
        return new UsernamePasswordCredentials(credentials.username(), credentials.password());
    }

    long requests() {
        return requests.get();
    }

    String username() {
        return credentials == null ? null : credentials.username();
    }

    @Override
    public String toString() {
        return "ProxyCredentialsProvider[" + (credentials == null ? "none" : credentials) + "]";
    }
}
