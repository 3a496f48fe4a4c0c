package cellengine.fakeserver.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS for the fake server: the server's key and chain, and, for mutual TLS, the CA whose client certificates it
 * accepts.
 *
 * @param keyStore the server's PKCS12 key store
 * @param password its password (also the key's)
 * @param clientCa the PEM CA bundle client certificates must chain to
 * @param requireClientCertificate whether a handshake without such a certificate fails
 */
public record ServerTls(Path keyStore, char[] password, Path clientCa, boolean requireClientCertificate) {

    /**
     * {@return a connector serving HTTPS on the host and port}
     *
     * @param server the Jetty server
     * @param http the plain connector's HTTP configuration, copied
     * @param host the interface
     * @param port the port, or 0 for a free one
     */
    ServerConnector connector(Server server, HttpConfiguration http, String host, int port) {
        HttpConfiguration https = new HttpConfiguration(http);
        // Clients connect by IP literal, which has no SNI; the certificate names 127.0.0.1 for them.
        https.addCustomizer(new SecureRequestCustomizer(false));
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setSslContext(context());
        ssl.setNeedClientAuth(requireClientCertificate);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(port);
        return connector;
    }

    private SSLContext context() {
        char[] secret = password.clone();
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(KeyStore.getInstance(keyStore.toFile(), secret), secret);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            try (InputStream in = Files.newInputStream(clientCa)) {
                trusted.setCertificateEntry("client-ca", CertificateFactory.getInstance("X.509")
                        .generateCertificate(in));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("The fake CellEngine server cannot read its TLS key store " + keyStore
                    + ": " + e.getMessage(), e);
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    @Override
    public String toString() {
        return "ServerTls[" + keyStore + ", password <redacted>"
                + (requireClientCertificate ? ", client certificates from " + clientCa : "") + "]";
    }
}
