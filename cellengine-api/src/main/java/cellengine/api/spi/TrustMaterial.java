package cellengine.api.spi;

import java.nio.file.Path;
import java.util.Objects;
import javax.net.ssl.SSLContext;

/**
 * Which certificate authorities a transport trusts for the server's certificate. There is deliberately no variant
 * that trusts everything: a private CA is trusted by giving it.
 *
 * <ul>
 *   <li>{@link JvmDefault}: the JVM's trust store ({@code cacerts}, or {@code -Djavax.net.ssl.trustStore}).</li>
 *   <li>{@link PemBundle}: the CA certificates of a PEM file, instead of the JVM's (as curl's {@code --cacert} and
 *       {@code REQUESTS_CA_BUNDLE} do). Put the public roots in the bundle too if other CAs must still work.</li>
 *   <li>{@link TrustStore}: the certificates of a PKCS12 or JKS file (the type is detected).</li>
 *   <li>{@link Context}: an {@link SSLContext} the caller built, used as is (including any client key it holds).</li>
 * </ul>
 *
 * @since 0.1
 */
public sealed interface TrustMaterial
        permits TrustMaterial.JvmDefault, TrustMaterial.PemBundle, TrustMaterial.TrustStore, TrustMaterial.Context {

    /** {@return where this setting came from, such as {@code builder} or {@code environment CELLENGINE_CA_BUNDLE}} */
    String source();

    /**
     * The JVM's trust store.
     *
     * @param source where the setting came from
     */
    record JvmDefault(String source) implements TrustMaterial {
        /**
         * Checks the source.
         *
         * @param source where the setting came from
         */
        public JvmDefault {
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String toString() {
            return "the JVM's trust store (" + source + ")";
        }
    }

    /**
     * The CA certificates of a PEM file.
     *
     * @param file the PEM file holding one or more {@code CERTIFICATE} blocks
     * @param source where the setting came from
     */
    record PemBundle(Path file, String source) implements TrustMaterial {
        /**
         * Checks the parts.
         *
         * @param file the PEM file
         * @param source where the setting came from
         */
        public PemBundle {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String toString() {
            return "the CA bundle " + file + " (" + source + ")";
        }
    }

    /**
     * The certificates of a PKCS12 or JKS trust store.
     *
     * @param store the trust store file and its password
     */
    record TrustStore(KeyStoreFile store) implements TrustMaterial {
        /**
         * Checks the store.
         *
         * @param store the trust store file and its password
         */
        public TrustStore {
            Objects.requireNonNull(store, "store");
        }

        @Override
        public String source() {
            return store.source();
        }

        @Override
        public String toString() {
            return "the trust store " + store;
        }
    }

    /**
     * A ready {@link SSLContext}.
     *
     * @param context the context, used for every connection
     * @param source where the setting came from
     */
    record Context(SSLContext context, String source) implements TrustMaterial {
        /**
         * Checks the parts.
         *
         * @param context the context
         * @param source where the setting came from
         */
        public Context {
            Objects.requireNonNull(context, "sslContext");
            Objects.requireNonNull(source, "source");
        }

        @Override
        public String toString() {
            return "a caller's SSLContext (" + context.getProtocol() + ", " + source + ")";
        }
    }
}
