package cellengine.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.fakeserver.FakeCellEngine;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same small program run three ways against a fake server: from a jlink runtime image holding only the API,
 * the JDK transport, JSON-B/JSON-P, Yasson and Parsson; on the module path; and on the classpath. With the Apache
 * transport instead, it runs on the module path and the classpath, and jlink refuses it: HttpClient 5 is an
 * automatic module.
 */
class ModulesProvenTest {

    private static final String MAIN = "cellengine.it.app.ListExperiments";
    private static FakeCellEngine server;

    @BeforeAll
    static void seed() {
        server = FakeCellEngine.start();
        try (var client = cellengine.api.CellEngine.builder().baseUrl(server.baseUrl()).token(server.token())
                .build()) {
            client.postExperiment("Linked one");
            client.postExperiment("Linked two");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void a_jlink_image_of_the_sdk_modules_runs_the_program() throws Exception {
        Path work = Path.of(System.getProperty("it.work"));
        Path image = work.resolve("image");
        deleteRecursively(image);
        Files.createDirectories(work);
        StringWriter out = new StringWriter();
        ToolProvider jlink = ToolProvider.findFirst("jlink").orElseThrow(() -> new AssertionError(
                "jlink is not available: run the build on a JDK, not a JRE"));
        int status = jlink.run(new PrintWriter(out), new PrintWriter(out),
                "--module-path", modulePath(),
                "--add-modules", "cellengine.it.app,cellengine.transport.jdk,org.eclipse.yasson,org.eclipse.parsson",
                // --strip-debug drops the MethodParameters attributes too; the entity records name every component
                // with @JsonbProperty so that Yasson still binds them (before that, names bound as null here)
                "--strip-debug", "--no-header-files", "--no-man-pages",
                "--output", image.toString());
        assertEquals(0, status, () -> "jlink failed:\n" + out);

        String modules = run(List.of(image.resolve("bin").resolve(exe("java")).toString(), "--list-modules"));
        assertTrue(modules.contains("cellengine.api") && !modules.contains("java.sql")
                && !modules.contains("cellengine.fakeserver"), "the image holds only what the program needs:\n"
                + modules);

        String output = run(List.of(image.resolve("bin").resolve(exe("java")).toString(),
                "-m", "cellengine.it.app/" + MAIN, server.baseUrl(), server.token()));
        assertListed(output, "as module cellengine.it.app");
    }

    @Test
    void the_program_runs_on_the_module_path() throws Exception {
        String output = run(List.of(javaCommand(), "--module-path", modulePath(),
                "--add-modules", "cellengine.transport.jdk",
                "-m", "cellengine.it.app/" + MAIN, server.baseUrl(), server.token()));
        assertListed(output, "as module cellengine.it.app");
    }

    @Test
    void the_program_runs_on_the_classpath() throws Exception {
        String output = run(List.of(javaCommand(), "-cp", modulePath(), MAIN, server.baseUrl(), server.token()));
        assertListed(output, "on the classpath");
    }

    @Test
    void the_program_runs_on_the_module_path_with_the_apache_transport_alone() throws Exception {
        String output = run(List.of(javaCommand(), "--module-path", apacheModulePath(),
                "--add-modules", "cellengine.transport.apache",
                "-m", "cellengine.it.app/" + MAIN, server.baseUrl(), server.token()));
        assertListed(output, "as module cellengine.it.app", "apache");
    }

    @Test
    void the_program_runs_on_the_classpath_with_the_apache_transport_chosen_by_name() throws Exception {
        String output = run(List.of(javaCommand(), "-Dcellengine.transport=apache", "-cp",
                modulePath() + File.pathSeparator + apacheModulePath(), MAIN, server.baseUrl(), server.token()));
        assertListed(output, "on the classpath", "apache");
    }

    @Test
    void jlink_refuses_the_apache_transport_because_httpclient5_is_an_automatic_module() {
        StringWriter out = new StringWriter();
        int status = ToolProvider.findFirst("jlink").orElseThrow().run(new PrintWriter(out), new PrintWriter(out),
                "--module-path", apacheModulePath(), "--add-modules", "cellengine.it.app,cellengine.transport.apache",
                "--output", Path.of(System.getProperty("it.work"), "apache-image").toString());
        assertTrue(status != 0, "jlink linked an automatic module:\n" + out);
        assertTrue(out.toString().contains("automatic module cannot be used with jlink"), out.toString());
        assertTrue(out.toString().contains("org.apache.httpcomponents"), out.toString());
    }

    private static void assertListed(String output, String how) {
        assertListed(output, how, "jdk");
    }

    private static void assertListed(String output, String how, String transport) {
        assertTrue(output.contains("running " + how + " with transport " + transport), output);
        assertTrue(output.contains(" Linked one") && output.contains(" Linked two"), output);
        assertTrue(output.contains("experiments: 2"), output);
        assertTrue(output.contains("uploaded linked.fcs with 1000 events"), output);
        assertTrue(output.contains("statistics: square eventCount 400 mean 30000.0"), output);
    }

    /** The program's classes, then the jar (or classes directory) of each module it runs with. */
    private static String modulePath() {
        List<String> entries = new ArrayList<>();
        entries.add(System.getProperty("it.app"));
        for (String type : List.of("cellengine.api.CellEngine", "cellengine.analysis.fcs.FcsData",
                "cellengine.transport.jdk.JdkTransportProvider",
                "jakarta.json.bind.Jsonb", "jakarta.json.Json", "org.eclipse.yasson.JsonBindingProvider",
                "org.eclipse.parsson.JsonProviderImpl")) {
            entries.add(location(type));
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The program and the SDK's modules with the Apache transport and its jars instead of the JDK transport. */
    private static String apacheModulePath() {
        List<String> entries = new ArrayList<>();
        for (String entry : modulePath().split(File.pathSeparator)) {
            if (!entry.equals(location("cellengine.transport.jdk.JdkTransportProvider"))) {
                entries.add(entry);
            }
        }
        for (String type : List.of("cellengine.transport.apache.ApacheTransportProvider",
                "org.apache.hc.client5.http.impl.classic.HttpClients", "org.apache.hc.core5.http.HttpHost",
                "org.apache.hc.core5.http2.HttpVersionPolicy", "org.slf4j.LoggerFactory")) {
            entries.add(location(type));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String location(String typeName) {
        try {
            Class<?> type = Class.forName(typeName, false, ClassLoader.getSystemClassLoader());
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (ReflectiveOperationException | java.net.URISyntaxException e) {
            throw new AssertionError("cannot locate the jar of " + typeName + " on the test's paths", e);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] bytes = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the program ended");
        String output = new String(bytes, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), () -> String.join(" ", command.subList(0, 2)) + " failed:\n" + output);
        return output;
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", exe("java")).toString();
    }

    private static String exe(String name) {
        return System.getProperty("os.name").startsWith("Windows") ? name + ".exe" : name;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
