package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code java -jar target/cellengine-fake-server.jar --port 0} in a child JVM, as a user would, and talks
 * to it. Runs in the {@code package} phase, after the shade plugin has built the jar.
 */
class ShadedJarIT {

    private static final Pattern URL = Pattern.compile("Fake CellEngine listening on (http://127\\.0\\.0\\.1:\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\\s+token:\\s+([0-9a-f]+)");

    @Test
    void the_standalone_jar_prints_its_url_and_token_and_serves_requests() throws Exception {
        Path jar = Path.of("target", "cellengine-fake-server.jar");
        assertTrue(Files.isRegularFile(jar), () -> jar.toAbsolutePath() + " was not built");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0")
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String baseUrl = null;
            String token = null;
            StringBuilder seen = new StringBuilder();
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
            assertNotNull(baseUrl, () -> "no URL printed:\n" + seen);
            assertNotNull(token, () -> "no token printed:\n" + seen);
            Api api = new Api(baseUrl, token);
            assertEquals("standalone",
                    api.post("/experiments", "{\"name\":\"standalone\"}").expect(201).object().getString("name"));
            assertEquals(1, api.get("/experiments").expect(200).array().size());
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
