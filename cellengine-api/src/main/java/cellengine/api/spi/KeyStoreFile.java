package cellengine.api.spi;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A PKCS12 or JKS file and its password (the type is detected when it is read): a client certificate with its
 * private key for mutual TLS ({@link TlsConfig#clientCertificate()}), or a trust store
 * ({@link TrustMaterial.TrustStore}). {@link #toString()} never shows the password.
 *
 * @param file the key store file
 * @param password the password of the file, and of its key (the record keeps a copy and hands out copies); may be
 *         empty
 * @param source where the setting came from, such as {@code builder clientCertificate} or
 *         {@code environment CELLENGINE_CLIENT_CERT}
 * @since 0.1
 */
public record KeyStoreFile(Path file, char[] password, String source) {

    /**
     * Checks and copies the parts.
     *
     * @param file the key store file
     * @param password its password
     * @param source where the setting came from
     */
    public KeyStoreFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "key store password");
        Objects.requireNonNull(source, "source");
        password = password.clone();
    }

    /** {@return a copy of the password} */
    @Override
    public char[] password() {
        return password.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyStoreFile && ((KeyStoreFile) o).file.equals(file)
                && Arrays.equals(((KeyStoreFile) o).password, password) && ((KeyStoreFile) o).source.equals(source);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }

    /** {@return the file and where it came from; never the password} */
    @Override
    public String toString() {
        return file + " (" + source + ", password <redacted>)";
    }
}
