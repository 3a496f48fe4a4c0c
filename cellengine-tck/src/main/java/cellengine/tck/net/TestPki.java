package cellengine.tck.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * A private certificate authority made at test time with the JDK's {@code keytool}: a CA, a server certificate for
 * {@code localhost} and {@code 127.0.0.1} signed by it, and a client certificate signed by it for mutual TLS. No
 * certificate or key is checked in; each run makes its own, valid for two days.
 *
 * <p>Making one takes a few seconds (a dozen {@code keytool} runs), so {@link #shared()} makes one per JVM.
 *
 * @since 0.1
 */
public final class TestPki {

    /** The password of every key store made here; a test secret, never a real one. */
    private static final String PASSWORD = "tck-pki-Secret-31";

    private static TestPki shared;

    private final Path directory;

    private TestPki(Path directory) {
        this.directory = directory;
    }

    /**
     * {@return the PKI of this JVM, made on first use in a temporary folder deleted at exit}
     *
     * @throws UncheckedIOException when keytool fails
     */
    public static synchronized TestPki shared() {
        if (shared == null) {
            try {
                Path dir = Files.createTempDirectory("cellengine-test-pki");
                shared = create(dir);
                dir.toFile().deleteOnExit();
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
     * Makes a CA, a server and a client certificate in a folder.
     *
     * @param directory an existing, empty folder
     * @return the PKI
     * @throws IOException when keytool fails
     */
    public static TestPki create(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        TestPki pki = new TestPki(directory);
        pki.keytool("-genkeypair", "-alias", "ca", "-dname", "CN=CellEngine Test CA", "-ext", "bc:c",
                "-keystore", "ca.p12");
        pki.keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", "ca.p12", "-file", "ca.pem");
        pki.leaf("server", "CN=localhost", "san=dns:localhost,ip:127.0.0.1", "eku=serverAuth");
        pki.leaf("client", "CN=CellEngine Test Client", null, "eku=clientAuth");
        return pki;
    }

    private void leaf(String name, String dname, String san, String eku) throws IOException {
        String store = name + ".p12";
        keytool("-genkeypair", "-alias", name, "-dname", dname, "-keystore", store);
        keytool("-certreq", "-alias", name, "-keystore", store, "-file", name + ".csr");
        List<String> gencert = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", "ca.p12",
                "-infile", name + ".csr", "-outfile", name + ".pem", "-ext", eku));
        if (san != null) {
            gencert.addAll(List.of("-ext", san));
        }
        keytool(gencert.toArray(new String[0]));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", "ca.pem", "-keystore", store);
        keytool("-importcert", "-noprompt", "-alias", name, "-file", name + ".pem", "-keystore", store);
        // The CA entry was only needed to complete the chain of the reply; a client store holds one key entry.
        keytool("-delete", "-alias", "ca", "-keystore", store);
    }

    private void keytool(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
        if (args[0].equals("-genkeypair")) {
            command.addAll(List.of("-keypass", PASSWORD, "-keyalg", "EC", "-groupname", "secp256r1", "-validity",
                    "2"));
        } else if (args[0].equals("-gencert")) {
            command.addAll(List.of("-validity", "2"));
        }
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool " + args[0] + " failed: " + output.replace(PASSWORD, "<redacted>"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
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

    /** {@return the server's key and chain (PKCS12, password {@link #password()}), for {@code localhost} and
     * {@code 127.0.0.1}} */
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
}
