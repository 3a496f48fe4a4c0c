package cellengine.transport.jdk;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Transport discovery in real child JVMs, without surefire's module patching: once on the module path
 * ({@code provides} in module-info), once on the classpath ({@code META-INF/services}). The module-path run also
 * binds an entity with Yasson, which fails there if the model package is not plainly exported.
 */
class DiscoveryTest {

    private static final Pattern RUNTIME_JARS = Pattern.compile(
            ".*(jakarta\\.json-api|jakarta\\.json\\.bind-api|yasson|parsson)[^" + Pattern.quote(File.separator)
                    + "]*\\.jar");

    /** The API and analysis modules (classes directories or jars) and the JSON jars the test JVM was given. */
    static List<String> apiAndJsonEntries() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(Pattern.quote(File.pathSeparator))) {
                if (entry.isEmpty()) {
                    continue;
                }
                String normalised = entry.replace('\\', '/');
                boolean api = normalised.matches(".*/cellengine-(api|analysis)/target/classes/?")
                        || normalised.matches(".*/cellengine-(api|analysis)-[^/]*\\.jar");
                if (api || RUNTIME_JARS.matcher(entry).matches()) {
                    entries.add(entry);
                }
            }
        }
        return new ArrayList<>(entries);
    }

    static String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("CELLENGINE_TRANSPORT");
        Process process = pb.start();
        byte[] output;
        try {
            output = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                throw new AssertionError("the child JVM did not finish: " + command);
            }
        } finally {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> "child JVM failed: " + command + "\n" + text);
        return text;
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String mainClasses() {
        return System.getProperty("cellengine.test.mainClasses");
    }

    static String testClasses() {
        return System.getProperty("cellengine.test.testClasses");
    }

    @Test
    void the_jdk_transport_is_found_on_the_module_path() throws Exception {
        List<String> entries = apiAndJsonEntries();
        assertEquals(6, entries.size(), "expected the API and analysis modules and four JSON jars, found "
                + entries);
        List<String> modulePath = new ArrayList<>(entries);
        modulePath.add(mainClasses());
        String out = run(List.of(java(), "-Xshare:auto",
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--patch-module", "cellengine.transport.jdk=" + testClasses(),
                "-m", "cellengine.transport.jdk/cellengine.transport.jdk.DescribeMain"));
        assertTrue(out.startsWith("CellEngine transports found: 1\n"), out);
        assertTrue(out.contains("jdk (priority 100, cellengine.transport.jdk.JdkTransportProvider, from module "
                + "cellengine.transport.jdk"), out);
        assertTrue(out.contains("Chosen: jdk (highest priority (100))"), out);
        assertTrue(out.contains("client: CellEngine[baseUrl=https://cellengine.com, auth=token (cookie), "
                + "transport=jdk: java.net.http.HttpClient"), out);
        assertTrue(out.contains("bound: bound in a child JVM created 2024-10-25T18:00:00Z by "
                + Fixtures.USER_ID), out);
    }

    @Test
    void the_jdk_transport_is_found_on_the_classpath() throws Exception {
        List<String> classPath = new ArrayList<>(apiAndJsonEntries());
        classPath.add(mainClasses());
        classPath.add(testClasses());
        String out = run(List.of(java(), "-Xshare:auto", "-cp", String.join(File.pathSeparator, classPath),
                "cellengine.transport.jdk.DescribeMain"));
        assertTrue(out.contains("jdk (priority 100, cellengine.transport.jdk.JdkTransportProvider, from "
                + "classpath"), out);
        assertFalse(out.contains("from module"), out);
        assertTrue(out.contains("Chosen: jdk"), out);
        assertTrue(out.contains("bound: bound in a child JVM"), out);
    }
}
