package cellengine.api.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK version (from the build) and the {@code User-Agent} made from it. */
public final class UserAgent {

    private static final String VERSION = readVersion();

    private UserAgent() {
    }

    /** {@return the SDK version, such as {@code 0.1.0}; {@code unknown} when the build did not record it} */
    public static String version() {
        return VERSION;
    }

    /** {@return the {@code User-Agent} value: {@code cellengine-java/<version>}} */
    public static String value() {
        return "cellengine-java/" + VERSION;
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown").strip();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
