package cellengine.tck;

import cellengine.api.CellEngine;
import cellengine.api.CellEngineBuilder;
import java.util.Map;
import java.util.Optional;

/**
 * An opt-in target: a real CellEngine account, named by the environment variables
 * {@value #BASE_URL_VARIABLE} and {@value #TOKEN_VARIABLE}. Rules that create data give it unique names and
 * delete what they created.
 *
 * @since 0.1
 */
public final class LiveTarget implements TckTarget {

    /** The environment variable naming the live server's origin. */
    public static final String BASE_URL_VARIABLE = "CELLENGINE_TCK_BASE_URL";
    /** The environment variable holding a token of the live account. */
    public static final String TOKEN_VARIABLE = "CELLENGINE_TCK_TOKEN";

    private final String baseUrl;
    private final String token;
    private final CellEngine client;

    private LiveTarget(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.client = clientBuilder().token(token).build();
    }

    /**
     * {@return the live target, or empty when either variable is unset or blank}
     *
     * @param environment the environment to read, usually {@link System#getenv()}
     */
    public static Optional<LiveTarget> fromEnvironment(Map<String, String> environment) {
        String url = environment.get(BASE_URL_VARIABLE);
        String token = environment.get(TOKEN_VARIABLE);
        if (url == null || url.isBlank() || token == null || token.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new LiveTarget(url.strip(), token.strip()));
    }

    /** {@return why the live target is skipped, for the abort message} */
    public static String skipReason() {
        return "live CellEngine target not configured: set " + BASE_URL_VARIABLE + " and " + TOKEN_VARIABLE
                + " to run the TCK against a real account";
    }

    @Override
    public String name() {
        return "live:" + baseUrl;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public CellEngineBuilder clientBuilder() {
        return CellEngine.builder().baseUrl(baseUrl);
    }

    @Override
    public String token() {
        return token;
    }

    @Override
    public CellEngine client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }

    @Override
    public String toString() {
        return "LiveTarget[" + baseUrl + "]";
    }
}
