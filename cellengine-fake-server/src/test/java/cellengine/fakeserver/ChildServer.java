package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The fake server run by {@link Main} in a child JVM, with the URL and token read from its banner. */
final class ChildServer implements AutoCloseable {

    private static final Pattern URL = Pattern.compile("Fake CellEngine listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\\s+token:\\s+([0-9a-f]+)");

    final Process process;
    final String baseUrl;
    final String token;

    private ChildServer(Process process, String baseUrl, String token) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** Starts {@code java <jvmArgs> --port 0} and waits for the banner. */
    static ChildServer start(List<String> jvmArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("--port");
        command.add("0");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String baseUrl = null;
        String token = null;
        StringBuilder seen = new StringBuilder();
        try {
            for (String line = out.readLine(); line != null && token == null; line = out.readLine()) {
                seen.append(line).append('\n');
                Matcher url = URL.matcher(line);
                Matcher tok = TOKEN.matcher(line);
                if (url.find()) {
                    baseUrl = url.group(1);
                } else if (tok.matches()) {
                    token = tok.group(1);
                }
            }
            assertNotNull(baseUrl, () -> "no URL printed by " + command + ":\n" + seen);
            assertNotNull(token, () -> "no token printed by " + command + ":\n" + seen);
        } catch (RuntimeException | Error e) {
            process.destroyForcibly();
            throw e;
        }
        // Keep draining output so the child never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (out.readLine() != null) {
                    // discard
                }
            } catch (IOException ignored) {
                // the child ended
            }
        }, "child-server-drain");
        drain.setDaemon(true);
        drain.start();
        return new ChildServer(process, baseUrl, token);
    }

    Api api() {
        return new Api(baseUrl, token);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
