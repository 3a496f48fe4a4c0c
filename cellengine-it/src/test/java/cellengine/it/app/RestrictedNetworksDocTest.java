package cellengine.it.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every {@code java} snippet of docs/restricted-networks.md against the SDK, both transports and the fake
 * server, so the cookbook cannot drift from the API. Each snippet becomes the body of its own method; the few
 * values a reader supplies (a token, passwords, a gateway key) are declared around it.
 */
class RestrictedNetworksDocTest {

    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void every_java_snippet_of_the_cookbook_compiles(@TempDir Path work) throws IOException {
        Path doc = Path.of(System.getProperty("it.docs"), "restricted-networks.md");
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        StringBuilder source = new StringBuilder("""
                import cellengine.api.*;
                import cellengine.api.spi.*;
                import cellengine.fakeserver.FakeCellEngine;
                import cellengine.transport.apache.ApacheTransport;
                import cellengine.transport.jdk.JdkTransport;
                import java.net.InetSocketAddress;
                import java.net.ProxySelector;
                import java.net.http.HttpClient;
                import java.nio.file.Path;
                import javax.net.ssl.SSLContext;

                @SuppressWarnings("unused")
                class Snippets {
                """);
        Matcher m = JAVA_BLOCK.matcher(text);
        int count = 0;
        while (m.find()) {
            int line = text.substring(0, m.start()).split("\n", -1).length + 1;
            source.append("    // docs/restricted-networks.md line ").append(line).append('\n')
                    .append("    void snippet").append(count++).append("(String token, char[] proxyPassword, ")
                    .append("char[] storePassword, char[] certPassword, String gatewayKey) throws Exception {\n")
                    .append(m.group(1)).append("    }\n");
        }
        source.append("}\n");
        assertTrue(count >= 10, "expected the cookbook's snippets, found " + count);

        Path file = work.resolve("Snippets.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow(() -> new AssertionError(
                "javac is not available: run the build on a JDK, not a JRE"));
        StringWriter diagnostics = new StringWriter();
        PrintWriter writer = new PrintWriter(diagnostics);
        int status = javac.run(writer, writer, "-proc:none", "-Xlint:all", "-encoding", "UTF-8",
                "-d", work.toString(), "-classpath", testPaths(), file.toString());
        writer.flush();
        assertEquals(0, status, () -> "a snippet of " + doc + " does not compile:\n" + diagnostics + "\n" + source);
        assertEquals("", diagnostics.toString().strip(), "compiler warnings");
    }

    /** Everything the test JVM was given, module path and classpath alike. */
    private static String testPaths() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            for (String entry : System.getProperty(property, "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        return String.join(File.pathSeparator, new ArrayList<>(entries));
    }
}
