package cellengine.tck.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of the test sources in a child JVM on the classpath (everything the test JVM has on its module
 * path and classpath, plus the test classes), and reads its {@code key=value} output lines.
 */
final class ChildJvm {

    /** What a child printed, and how it ended. */
    record Result(int exitCode, Map<String, String> values, String output) {
        String value(String key) {
            String v = values.get(key);
            if (v == null) {
                throw new AssertionError("the child printed no " + key + "; its output:\n" + output);
            }
            return v;
        }
    }

    private ChildJvm() {
    }

    static Result run(List<String> jvmOptions, Class<?> main, List<String> args, Duration timeout)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath());
        command.add(main.getName());
        command.addAll(args);
        Path log = Files.createTempFile("cellengine-child-", ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("the child JVM did not finish within " + timeout + "; its output:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : output.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).matches("[a-zA-Z0-9.]+")) {
                    values.put(line.substring(0, eq), line.substring(eq + 1).trim());
                }
            }
            return new Result(process.exitValue(), values, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static String classpath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        Path testClasses = Path.of("target", "test-classes").toAbsolutePath();
        if (Files.isDirectory(testClasses)) {
            entries.add(testClasses.toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
