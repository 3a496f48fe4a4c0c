package cellengine.fakeserver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;

/**
 * A private certificate authority made at run time: a CA, a server certificate for {@code localhost} and
 * {@code 127.0.0.1} signed by it, and a client certificate signed by it for mutual TLS, all on EC P-256 keys and
 * valid for two days. No certificate or key is checked in; each run makes its own. The fake server serves HTTPS
 * with it ({@link FakeConfig#tls}); clients trust {@link #caBundle()} and, for mutual TLS, present
 * {@link #clientKeyStore()}.
 *
 * <p>The certificates are written with the JDK's public APIs alone (a few lines of DER, signed with
 * {@code SHA256withECDSA}), with no {@code sun.security} class and no {@code keytool} process, so that making one
 * takes milliseconds. {@link #shared()} makes one per JVM.
 *
 * @since 0.1
 */
public final class TestPki {

    /** The password of every key store made here; a test secret, never a real one. */
    private static final String PASSWORD = "tck-pki-Secret-31";
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private static TestPki shared;

    private final Path directory;

    private TestPki(Path directory) {
        this.directory = directory;
    }

    /**
     * {@return the PKI of this JVM, made on first use in a temporary folder (owner only) deleted at exit}
     *
     * @throws UncheckedIOException when the files cannot be written
     */
    public static synchronized TestPki shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("cellengine-test-pki");
                dir.toFile().deleteOnExit();
                shared = create(dir);
                try (var files = Files.list(dir)) {
                    files.forEach(f -> f.toFile().deleteOnExit());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the test PKI", e);
            }
        }
        return shared;
    }

    /**
     * Makes a CA, a server and a client certificate in a folder: {@code ca.pem}, {@code server.p12},
     * {@code client.p12} and {@code password.txt} (the key stores' password, for people using the standalone
     * server's client certificate with curl or a browser).
     *
     * @param directory an existing folder
     * @return the PKI
     * @throws IOException when the files cannot be written
     */
    public static TestPki create(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair ca = generator.generateKeyPair();
            byte[] caName = Der.name("CellEngine Test CA");
            X509Certificate caCert = certificate(ca.getPrivate(), caName, caName, ca,
                    Der.extension("2.5.29.19", true, Der.sequence(Der.bool(true))));
            Files.writeString(directory.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(caCert.getEncoded()) + "\n-----END CERTIFICATE-----\n", StandardCharsets.US_ASCII);

            KeyPair server = generator.generateKeyPair();
            X509Certificate serverCert = certificate(ca.getPrivate(), caName, Der.name("localhost"), server,
                    Der.extension("2.5.29.19", true, Der.sequence()),
                    Der.extension("2.5.29.37", false, Der.sequence(Der.oid("1.3.6.1.5.5.7.3.1"))),
                    Der.extension("2.5.29.17", false, Der.sequence(
                            Der.tlv(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
                            Der.tlv(0x87, new byte[] {127, 0, 0, 1}))));
            keyStore(directory.resolve("server.p12"), "server", server.getPrivate(), serverCert, caCert);

            KeyPair client = generator.generateKeyPair();
            X509Certificate clientCert = certificate(ca.getPrivate(), caName, Der.name("CellEngine Test Client"),
                    client, Der.extension("2.5.29.19", true, Der.sequence()),
                    Der.extension("2.5.29.37", false, Der.sequence(Der.oid("1.3.6.1.5.5.7.3.2"))));
            keyStore(directory.resolve("client.p12"), "client", client.getPrivate(), clientCert, caCert);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK cannot make EC P-256 certificates: " + e.getMessage(), e);
        }
        Files.writeString(directory.resolve("password.txt"), PASSWORD + "\n", StandardCharsets.UTF_8);
        return new TestPki(directory);
    }

    private static X509Certificate certificate(PrivateKey issuerKey, byte[] issuer, byte[] subject, KeyPair subjectKeys,
                                               byte[]... extensions) throws GeneralSecurityException {
        byte[] algorithm = Der.sequence(Der.oid("1.2.840.10045.4.3.2")); // ecdsa-with-SHA256
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] tbs = Der.sequence(
                Der.tlv(0xa0, Der.integer(BigInteger.TWO)),                  // version 3
                Der.integer(new BigInteger(63, new SecureRandom()).add(BigInteger.ONE)),
                algorithm, issuer,
                Der.sequence(Der.utcTime(now.minus(1, ChronoUnit.HOURS)), Der.utcTime(now.plus(2, ChronoUnit.DAYS))),
                subject,
                subjectKeys.getPublic().getEncoded(),                         // SubjectPublicKeyInfo, DER already
                Der.tlv(0xa3, Der.sequence(extensions)));
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(issuerKey);
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bits = new byte[signature.length + 1];                         // no unused bits
        System.arraycopy(signature, 0, bits, 1, signature.length);
        byte[] der = Der.sequence(tbs, algorithm, Der.tlv(0x03, bits));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    private static void keyStore(Path file, String alias, PrivateKey key, Certificate... chain) throws IOException,
            GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(alias, key, PASSWORD.toCharArray(), chain);
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD.toCharArray());
        }
    }

    /** {@return the folder holding the files} */
    public Path directory() {
        return directory;
    }

    /** {@return the CA certificate as PEM: the bundle a client trusts} */
    public Path caBundle() {
        return directory.resolve("ca.pem");
    }

    /**
     * {@return the server's key and chain (PKCS12, password {@link #password()}), for {@code localhost} and
     * {@code 127.0.0.1}}
     */
    public Path serverKeyStore() {
        return directory.resolve("server.p12");
    }

    /** {@return the client's key and chain (PKCS12, password {@link #password()}), signed by the CA} */
    public Path clientKeyStore() {
        return directory.resolve("client.p12");
    }

    /** {@return a copy of the password of every key store here} */
    public char[] password() {
        return PASSWORD.toCharArray();
    }

    @Override
    public String toString() {
        return "TestPki[" + directory + "]";
    }

    /** The few DER encodings an X.509 certificate needs. */
    private static final class Der {

        private Der() {
        }

        static byte[] tlv(int tag, byte[] value) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(tag);
            int length = value.length;
            if (length < 0x80) {
                out.write(length);
            } else {
                int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
                out.write(0x80 | bytes);
                for (int i = bytes - 1; i >= 0; i--) {
                    out.write(length >>> (8 * i));
                }
            }
            out.writeBytes(value);
            return out.toByteArray();
        }

        static byte[] sequence(byte[]... parts) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] part : parts) {
                out.writeBytes(part);
            }
            return tlv(0x30, out.toByteArray());
        }

        static byte[] integer(BigInteger value) {
            return tlv(0x02, value.toByteArray());
        }

        static byte[] bool(boolean value) {
            return tlv(0x01, new byte[] {(byte) (value ? 0xff : 0)});
        }

        static byte[] utcTime(Instant instant) {
            return tlv(0x17, UTC_TIME.format(instant).getBytes(StandardCharsets.US_ASCII));
        }

        static byte[] oid(String dotted) {
            String[] arcs = dotted.split("\\.");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(Integer.parseInt(arcs[0]) * 40 + Integer.parseInt(arcs[1]));
            for (int i = 2; i < arcs.length; i++) {
                long arc = Long.parseLong(arcs[i]);
                int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(arc) + 6) / 7);
                for (int g = groups - 1; g >= 0; g--) {
                    out.write((int) ((arc >>> (7 * g)) & 0x7f) | (g > 0 ? 0x80 : 0));
                }
            }
            return tlv(0x06, out.toByteArray());
        }

        /** A distinguished name holding a common name only. */
        static byte[] name(String commonName) {
            return sequence(tlv(0x31, sequence(oid("2.5.4.3"), tlv(0x0c, commonName.getBytes(
                    StandardCharsets.UTF_8)))));
        }

        static byte[] extension(String oid, boolean critical, byte[] value) {
            return critical ? sequence(oid(oid), bool(true), tlv(0x04, value))
                    : sequence(oid(oid), tlv(0x04, value));
        }
    }
}
