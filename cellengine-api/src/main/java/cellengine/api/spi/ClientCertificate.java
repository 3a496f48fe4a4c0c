package cellengine.api.spi;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * The client's certificate and private key for mutual TLS, in a PKCS12 file (a JKS file works too; the type is
 * detected). {@link #toString()} never shows the password.
 *
 * @param file the PKCS12 file holding one private key and its certificate chain
 * @param password the password of the file and of the key (the record keeps a copy and hands out copies)
 * @param source where the setting came from, such as {@code builder} or {@code environment CELLENGINE_CLIENT_CERT}
 * @since 0.1
 */
public record ClientCertificate(Path file, char[] password, String source) {

    /**
     * Checks and copies the parts.
     *
     * @param file the PKCS12 file
     * @param password its password
     * @param source where the setting came from
     */
    public ClientCertificate {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(password, "client certificate password");
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
        return o instanceof ClientCertificate && ((ClientCertificate) o).file.equals(file)
                && Arrays.equals(((ClientCertificate) o).password, password)
                && ((ClientCertificate) o).source.equals(source);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }

    @Override
    public String toString() {
        return "the client certificate " + file + " (" + source + ", password <redacted>)";
    }
}
