package cellengine.api.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS settings of a transport: what it trusts, the client certificate it presents (mutual TLS), and the
 * protocol versions it may use. Transports build their {@link SSLContext} with {@link #sslContext()} and their
 * parameters with {@link #sslParameters(SSLContext)}, so that every transport reads the files the same way.
 * Hostname verification is always on, and nothing here can turn it or certificate checks off.
 *
 * @param trust the CA certificates trusted for the server
 * @param clientCertificate the client certificate, if the server asks for one
 * @param protocols the protocol versions allowed, such as {@code TLSv1.3}; empty for the JVM's defaults
 * @since 0.1
 */
public record TlsConfig(TrustMaterial trust, Optional<KeyStoreFile> clientCertificate, List<String> protocols) {

    private static final TlsConfig DEFAULTS = new TlsConfig(new TrustMaterial.JvmDefault("default"),
            Optional.empty(), List.of());

    /**
     * Checks the settings.
     *
     * @param trust what is trusted
     * @param clientCertificate the client certificate, or empty
     * @param protocols allowed protocol versions, or empty
     * @throws IllegalArgumentException when a client certificate is combined with a caller's {@link SSLContext}
     *         (put the key into that context instead), or a protocol name is blank
     */
    public TlsConfig {
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(clientCertificate, "clientCertificate");
        protocols = List.copyOf(protocols);
        if (trust instanceof TrustMaterial.Context && clientCertificate.isPresent()) {
            throw new IllegalArgumentException("a client certificate (" + clientCertificate.get().source()
                    + ") cannot be added to an SSLContext built by the caller (" + trust.source() + "): initialise "
                    + "that context with the client's KeyManager instead");
        }
        for (String p : protocols) {
            if (p == null || p.isBlank()) {
                throw new IllegalArgumentException("TLS protocol names must not be blank, were " + protocols);
            }
        }
    }

    /** {@return the JVM's trust store, no client certificate, the JVM's protocols} */
    public static TlsConfig defaults() {
        return DEFAULTS;
    }

    /** {@return whether the JVM's default {@link SSLContext} and parameters serve as they are} */
    public boolean usesJvmDefaults() {
        return trust instanceof TrustMaterial.JvmDefault && clientCertificate.isEmpty() && protocols.isEmpty();
    }

    /**
     * {@return a copy trusting other certificates}
     *
     * @param value what to trust
     */
    public TlsConfig withTrust(TrustMaterial value) {
        return new TlsConfig(value, clientCertificate, protocols);
    }

    /**
     * {@return a copy presenting this client certificate}
     *
     * @param value the certificate, or {@code null} for none
     */
    public TlsConfig withClientCertificate(KeyStoreFile value) {
        return new TlsConfig(trust, Optional.ofNullable(value), protocols);
    }

    /**
     * {@return a copy allowing only these protocol versions}
     *
     * @param value such as {@code List.of("TLSv1.3")}; empty for the JVM's defaults
     */
    public TlsConfig withProtocols(List<String> value) {
        return new TlsConfig(trust, clientCertificate, value);
    }

    /**
     * Builds the context these settings describe, reading the files now.
     *
     * @return the JVM's default context when nothing is set, the caller's when one was given, else a new TLS
     *         context with the given trust and key material
     * @throws IllegalArgumentException naming the setting and the file when a file cannot be read, holds no
     *         certificate or key, or its password is wrong (the password itself is never shown)
     */
    public SSLContext sslContext() {
        if (trust instanceof TrustMaterial.Context) {
            return ((TrustMaterial.Context) trust).context();
        }
        try {
            if (trust instanceof TrustMaterial.JvmDefault && clientCertificate.isEmpty()) {
                return SSLContext.getDefault();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(), trustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot set up TLS with " + this + ": " + e.getMessage(), e);
        }
    }

    /**
     * {@return the context's default parameters with {@link #protocols()} applied, and hostname verification on}
     *
     * @param context the context from {@link #sslContext()}
     * @throws IllegalArgumentException naming the protocol when the JVM does not support it
     */
    public SSLParameters sslParameters(SSLContext context) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        if (!protocols.isEmpty()) {
            List<String> supported = Arrays.asList(context.getSupportedSSLParameters().getProtocols());
            for (String p : protocols) {
                if (!supported.contains(p)) {
                    throw new IllegalArgumentException("TLS protocol '" + p + "' is not supported by this JVM; "
                            + "supported: " + String.join(", ", supported));
                }
            }
            parameters.setProtocols(protocols.toArray(new String[0]));
        }
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        return parameters;
    }

    private TrustManager[] trustManagers() throws GeneralSecurityException {
        KeyStore store;
        if (trust instanceof TrustMaterial.PemBundle) {
            store = pemStore((TrustMaterial.PemBundle) trust);
        } else if (trust instanceof TrustMaterial.TrustStore) {
            KeyStoreFile file = ((TrustMaterial.TrustStore) trust).store();
            store = open(file.file(), file.password(), "the trust store " + file.file() + " (" + file.source() + ")");
        } else {
            store = null; // the JVM's own trust store
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return factory.getTrustManagers();
    }

    private KeyManager[] keyManagers() throws GeneralSecurityException {
        if (clientCertificate.isEmpty()) {
            return null;
        }
        KeyStoreFile cert = clientCertificate.get();
        String what = "the client certificate " + cert.file() + " (" + cert.source() + ")";
        char[] password = cert.password();
        try {
            KeyStore store = open(cert.file(), password, what);
            boolean hasKey = false;
            for (String alias : java.util.Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new IllegalArgumentException(what + " holds no private key; a client certificate file must "
                        + "hold the key and its certificate chain (for example made with openssl pkcs12 -export)");
            }
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            try {
                factory.init(store, password);
            } catch (UnrecoverableKeyException e) {
                throw new IllegalArgumentException(what + ": the private key cannot be read with the password "
                        + "given (the key and the file must share one password)", e);
            }
            return factory.getKeyManagers();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static KeyStore open(java.nio.file.Path file, char[] password, String what) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new IllegalArgumentException(what + " is not a readable file");
        }
        try {
            return KeyStore.getInstance(file.toFile(), password);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage())
                    .contains("password")) {
                throw new IllegalArgumentException(what + " cannot be opened: the password is wrong", e);
            }
            throw new IllegalArgumentException(what + " cannot be read as PKCS12 or JKS: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(what + " cannot be read as PKCS12 or JKS: " + e.getMessage(), e);
        }
    }

    private static KeyStore pemStore(TrustMaterial.PemBundle bundle) throws GeneralSecurityException {
        String what = "the CA bundle " + bundle.file() + " (" + bundle.source() + ")";
        if (!Files.isRegularFile(bundle.file()) || !Files.isReadable(bundle.file())) {
            throw new IllegalArgumentException(what + " is not a readable file");
        }
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(bundle.file())) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | java.security.cert.CertificateException e) {
            throw new IllegalArgumentException(what + " cannot be read as PEM certificates: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(what + " holds no certificate (expected -----BEGIN CERTIFICATE----- "
                    + "blocks)");
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        try {
            store.load(null, null);
        } catch (IOException | NoSuchAlgorithmException | java.security.cert.CertificateException e) {
            throw new IllegalStateException("cannot create an empty key store", e);
        }
        int i = 0;
        for (Certificate certificate : certificates) {
            store.setCertificateEntry("ca-" + i++, certificate);
        }
        return store;
    }

    @Override
    public String toString() {
        return "TLS[trust=" + trust + clientCertificate.map(c -> ", client certificate " + c).orElse("")
                + (protocols.isEmpty() ? "" : ", protocols=" + String.join(",", protocols)) + "]";
    }
}
