package cellengine.fakeserver;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server's code builds JSON through {@code cellengine.fakeserver.internal.json.Json}, one cached provider, because
 * {@code jakarta.json.Json} looks its provider up through {@code ServiceLoader} on every call (tens of µs each). An
 * import of {@code jakarta.json.Json} would silently shadow the cached class in that file, so none may exist.
 */
class CachedJsonProviderTest {

    @Test
    void no_server_source_uses_the_uncached_jakarta_json_factories() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from the module directory: " + sources.toAbsolutePath());
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
                try {
                    String text = Files.readString(p);
                    return text.contains("import jakarta.json.Json;") || text.contains("jakarta.json.Json.");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(p -> sources.relativize(p).toString()).sorted().collect(Collectors.toList());
            assertEquals(List.of(), offenders, "use cellengine.fakeserver.internal.json.Json instead");
        }
    }
}
