package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code java -jar target/cellengine-fake-server.jar --port 0} in a child JVM, as a user would, and talks
 * to it. Runs in the {@code package} phase, after the shade plugin has built the jar.
 */
class ShadedJarIT {

    @Test
    void the_standalone_jar_prints_its_url_and_token_and_serves_requests() throws Exception {
        Path jar = Path.of("target", "cellengine-fake-server.jar");
        assertTrue(Files.isRegularFile(jar), () -> jar.toAbsolutePath() + " was not built");
        try (ChildServer child = ChildServer.start(List.of("-jar", jar.toString()))) {
            Api api = child.api();
            assertEquals("standalone",
                    api.post("/experiments", "{\"name\":\"standalone\"}").expect(201).object().getString("name"));
            assertEquals(1, api.get("/experiments").expect(200).array().size());
        }
    }
}
