package cellengine.tck.net;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An authenticating proxy the NET rules run through, and how to tell from its log whether a request passed it as
 * the user: the in-process Jetty proxy ({@link TestProxy}) always, and Debian's Squid when {@code .ci/squid} started
 * it ({@code CELLENGINE_TEST_SQUID} and its companions).
 *
 * @param name a short name for messages, such as {@code jetty} or {@code squid}
 * @param address {@code host:port}
 * @param user the user it accepts
 * @param password the password it accepts
 * @param log its log lines, read anew on each call
 * @since 0.1
 */
public record ProxyUnderTest(String name, String address, String user, String password,
                             Supplier<List<String>> log) {

    /**
     * Checks the parts.
     *
     * @param name a short name
     * @param address host and port
     * @param user the user
     * @param password the password
     * @param log its log
     */
    public ProxyUnderTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(log, "log");
    }

    /**
     * {@return the Jetty proxy as a proxy under test}
     *
     * @param proxy a proxy started with {@link TestProxy#withBasicAuth}
     * @param user its user
     * @param password its password
     */
    public static ProxyUnderTest of(TestProxy proxy, String user, String password) {
        return new ProxyUnderTest("jetty", proxy.address(), user, password, proxy::log);
    }

    /**
     * {@return the Squid that {@code .ci/squid} started with Basic auth, if the environment names one}
     *
     * @param environment the environment
     */
    public static Optional<ProxyUnderTest> squid(Map<String, String> environment) {
        return squid(environment, "CELLENGINE_TEST_SQUID", "basic");
    }

    /**
     * {@return the Squid that {@code .ci/squid} started with Digest auth, if the environment names one}
     *
     * @param environment the environment
     */
    public static Optional<ProxyUnderTest> squidDigest(Map<String, String> environment) {
        return squid(environment, "CELLENGINE_TEST_SQUID_DIGEST", "digest");
    }

    private static Optional<ProxyUnderTest> squid(Map<String, String> environment, String variable, String log) {
        String address = environment.get(variable);
        String logs = environment.get("CELLENGINE_TEST_SQUID_LOGS");
        if (address == null || address.isBlank() || logs == null) {
            return Optional.empty();
        }
        Path file = Path.of(logs, log + "-access.log");
        return Optional.of(new ProxyUnderTest("squid-" + log, address.strip(),
                environment.getOrDefault("CELLENGINE_TEST_SQUID_USER", ""),
                environment.getOrDefault("CELLENGINE_TEST_SQUID_PASSWORD", ""), () -> lines(file)));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the proxy log " + file, e);
        }
    }

    /** {@return how many lines its log has now} */
    public int mark() {
        return log.get().size();
    }

    /**
     * {@return the lines logged since a {@link #mark()} about a target {@code host:port}, in either log format:
     * {@code GET http://127.0.0.1:8080/... ada} (Jetty) or {@code ... TCP_MISS/200 ... GET http://127.0.0.1:8080/...
     * ada ...} (Squid). Squid logs a {@code CONNECT} tunnel only when it closes, so the rules check the user on
     * plain-HTTP requests, which both log when they end.}
     *
     * @param mark the mark
     * @param target the server's {@code host:port}
     */
    public List<String> since(int mark, String target) {
        List<String> all = log.get();
        List<String> result = new ArrayList<>();
        for (String line : all.subList(Math.min(mark, all.size()), all.size())) {
            if (line.contains(target)) {
                result.add(line);
            }
        }
        return result;
    }

    /**
     * {@return whether a request to the target passed as the given user since the mark}
     *
     * @param mark the mark
     * @param target the server's {@code host:port}
     * @param asUser the user name the proxy logs
     */
    public boolean passed(int mark, String target, String asUser) {
        return since(mark, target).stream().anyMatch(l -> !l.contains("407") && !l.contains("DENIED")
                && l.contains(" " + asUser));
    }

    @Override
    public String toString() {
        return name + " at " + address;
    }
}
