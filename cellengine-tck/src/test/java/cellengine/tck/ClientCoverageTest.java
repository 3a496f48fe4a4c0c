package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit checks its own reach: every public method of the client is called by some rule. The check reads the
 * rules' sources for calls by name, so each overload family needs at least one caller; a new client method
 * without a rule fails the build here.
 */
class ClientCoverageTest {

    /** Methods every object has, or that only release resources. */
    private static final Set<String> NOT_API = Set.of("close", "toString", "equals", "hashCode");

    @Test
    void every_public_method_of_the_client_is_called_by_a_rule() throws IOException {
        Set<String> called = new TreeSet<>();
        Pattern call = Pattern.compile("[.:](\\w+)\\(|::(\\w+)\\b");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/cellengine/tck"))) {
            for (Path source : (Iterable<Path>) sources.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = call.matcher(Files.readString(source));
                while (m.find()) {
                    called.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        Set<String> missing = new TreeSet<>();
        for (Method method : CellEngine.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                    && !NOT_API.contains(method.getName()) && !called.contains(method.getName())) {
                missing.add(method.getName());
            }
        }
        assertTrue(missing.isEmpty(), () -> "public CellEngine methods no TCK rule calls: " + missing
                + "; add a rule to a verification class and a line to RULES.md");
    }
}
