package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fake server is a test library: it leaves the logging binding to its user, and when the user has none it
 * starts quietly. Javalin would print a banner asking for {@code slf4j-simple}; only SLF4J's own short notice that it
 * found no provider remains (it prints that itself, and only its own switch could silence it).
 */
class QuietStartTest {

    @Test
    void an_embedded_server_without_a_logging_binding_prints_nothing_but_slf4js_own_notice(@TempDir Path dir)
            throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "tests are expected to run on the module path");
        List<String> classpath = new ArrayList<>();
        for (String entry : modulePath.split(File.pathSeparator)) {
            if (!Path.of(entry).getFileName().toString().startsWith("slf4j-simple")) {
                classpath.add(entry);
            }
        }
        classpath.add(Path.of("target", "test-classes").toAbsolutePath().toString());
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), EmbeddedStart.class.getName())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child did not finish within 60 s");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, child.exitValue(), () -> stdout + stderr);

        assertEquals(EmbeddedStart.DONE, stdout.strip(), "stdout holds only the child's own line");
        List<String> printed = stderr.lines().filter(line -> !line.isBlank() && !line.startsWith("SLF4J("))
                .collect(Collectors.toList());
        assertEquals(List.of(), printed, () -> "stderr:\n" + stderr);
        assertFalse(stderr.contains("Javalin"), stderr);
    }
}
