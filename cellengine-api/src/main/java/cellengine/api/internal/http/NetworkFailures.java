package cellengine.api.internal.http;

import cellengine.api.ProxyException;
import cellengine.api.TlsException;
import cellengine.api.TlsException.Problem;
import cellengine.api.TransportException;
import cellengine.api.spi.ProxyRefusedException;

import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * Turns a transport's {@link IOException} into the exception a caller sees: a {@link ProxyException} when the proxy
 * refused, a {@link TlsException} naming the certificate problem and the setting that fixes it when the TLS
 * handshake failed, else a plain {@link TransportException}. Both transports report TLS failures through JSSE, so
 * one reading of JSSE's exceptions serves them all.
 */
final class NetworkFailures {

    static final String TRUST_FIX = "trust the server's CA with caBundle(...) or trustStore(...) on the builder, "
            + "CELLENGINE_CA_BUNDLE, or the CLI's --ca-bundle (docs/restricted-networks.md#a-private-ca)";
    static final String CLIENT_CERT_FIX = "give a client certificate the server accepts with clientCertificate(...) "
            + "on the builder, CELLENGINE_CLIENT_CERT and CELLENGINE_CLIENT_CERT_PASSWORD, or the CLI's "
            + "--client-cert (docs/restricted-networks.md#mutual-tls)";

    private NetworkFailures() {
    }

    /** {@return the exception for a failed attempt to get an answer} */
    static TransportException noAnswer(String method, String url, IOException e, String requestId) {
        ProxyRefusedException refused = find(e, ProxyRefusedException.class);
        if (refused != null) {
            return new ProxyException(method, url, refused, requestId);
        }
        SSLException tls = find(e, SSLException.class);
        if (tls != null) {
            return tlsFailure(method, url, e, requestId);
        }
        return new TransportException(method, url, "got no answer", e, requestId);
    }

    /** {@return whether a failure is one a retry cannot cure} */
    static boolean permanent(TransportException failure) {
        return failure instanceof ProxyException || failure instanceof TlsException;
    }

    private static TlsException tlsFailure(String method, String url, IOException e, String requestId) {
        String text = messages(e).toLowerCase(Locale.ROOT);
        Problem problem;
        String explanation;
        if (find(e, CertificateExpiredException.class) != null || find(e, CertificateNotYetValidException.class)
                != null || reason(e).equals("EXPIRED") || reason(e).equals("NOT_YET_VALID")) {
            problem = Problem.EXPIRED_CERTIFICATE;
            explanation = "the server's certificate (or one of its chain) is expired or not yet valid ("
                    + rootMessage(e) + "); the server must renew it, or the clock of this machine is wrong";
        } else if (find(e, CertPathBuilderException.class) != null || find(e, CertPathValidatorException.class)
                != null || text.contains("pkix path") || text.contains("unable to find valid certification path")) {
            problem = Problem.UNTRUSTED_CERTIFICATE;
            explanation = "the server's certificate is not trusted (" + rootMessage(e) + "); " + TRUST_FIX;
        } else if (text.contains("subject alternative name") || text.contains("no name matching")) {
            problem = Problem.HOSTNAME_MISMATCH;
            explanation = "the server's certificate does not name the host connected to (" + rootMessage(e)
                    + "); use a base URL with a host name the certificate holds";
        } else if (text.contains("certificate_required") || text.contains("bad_certificate")
                || text.contains("certificate_unknown") && !text.contains("pkix")
                || text.contains("unknown_ca") || text.contains("access_denied")) {
            problem = Problem.CLIENT_CERTIFICATE_REJECTED;
            explanation = "the server requires a client certificate and refused the one presented, or none was ("
                    + rootMessage(e) + "); " + CLIENT_CERT_FIX;
        } else if (text.contains("protocol_version") || text.contains("no appropriate protocol")
                || text.contains("handshake_failure") || text.contains("insufficient_security")) {
            problem = Problem.NO_COMMON_PROTOCOL;
            explanation = "client and server share no TLS version or cipher suite (" + rootMessage(e) + "); check "
                    + "tlsProtocols(...) on the builder or CELLENGINE_TLS_PROTOCOLS";
        } else {
            problem = Problem.OTHER;
            explanation = rootMessage(e);
        }
        return new TlsException(method, url, problem, explanation, e, requestId);
    }

    private static String reason(Throwable e) {
        CertPathValidatorException v = find(e, CertPathValidatorException.class);
        return v == null ? "" : String.valueOf(v.getReason());
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return m == null || m.isBlank() ? root.getClass().getSimpleName() : m;
    }
}
