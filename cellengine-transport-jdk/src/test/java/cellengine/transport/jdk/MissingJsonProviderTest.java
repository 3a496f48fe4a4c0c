package cellengine.transport.jdk;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Without Yasson or Parsson at run time the SDK fails like it does without a transport: a typed exception naming
 * the artifact to add, on every attempt (not an {@code ExceptionInInitializerError} and then
 * {@code NoClassDefFoundError}s). Checked in child JVMs whose classpath or module path leaves the jars out.
 */
class MissingJsonProviderTest {

    private static final String EXCEPTION = "cellengine.api.NoJsonProviderException: ";

    private static List<String> entriesWithout(String... left) {
        List<String> entries = DiscoveryTest.apiAndJsonEntries().stream()
                .filter(e -> List.of(left).stream().noneMatch(name -> new File(e).getName().startsWith(name)))
                .collect(Collectors.toCollection(ArrayList::new));
        assertEquals(6 - left.length, entries.size(), () -> "entries: " + entries);
        return entries;
    }

    private static List<String> lines(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).collect(Collectors.toList());
    }

    @Test
    void without_parsson_and_yasson_on_the_classpath_every_call_names_parsson() throws Exception {
        List<String> classPath = entriesWithout("yasson", "parsson");
        classPath.add(DiscoveryTest.mainClasses());
        classPath.add(DiscoveryTest.testClasses());
        String out = DiscoveryTest.run(List.of(DiscoveryTest.java(), "-Xshare:auto",
                "-cp", String.join(File.pathSeparator, classPath), JsonProviderProbeMain.class.getName()));
        List<String> attempts = new ArrayList<>(lines(out, "bind: "));
        attempts.addAll(lines(out, "json-p: "));
        assertEquals(4, attempts.size(), out);
        for (String attempt : attempts) {
            assertTrue(attempt.contains(EXCEPTION + "No JSON-P implementation was found"), out);
            assertTrue(attempt.contains("Add org.eclipse.parsson:parsson (module org.eclipse.parsson)"), out);
        }
    }

    @Test
    void without_yasson_on_the_module_path_binding_names_yasson() throws Exception {
        List<String> modulePath = entriesWithout("yasson");
        modulePath.add(DiscoveryTest.mainClasses());
        String out = DiscoveryTest.run(List.of(DiscoveryTest.java(), "-Xshare:auto",
                "--module-path", String.join(File.pathSeparator, modulePath),
                "--patch-module", "cellengine.transport.jdk=" + DiscoveryTest.testClasses(),
                "-m", "cellengine.transport.jdk/" + JsonProviderProbeMain.class.getName()));
        List<String> binds = lines(out, "bind: ");
        assertEquals(2, binds.size(), out);
        for (String bind : binds) {
            assertTrue(bind.contains(EXCEPTION + "No JSON-B implementation was found"), out);
            assertTrue(bind.contains("Add org.eclipse.yasson:yasson (module org.eclipse.yasson)"), out);
        }
        assertEquals(List.of("json-p: built Annotation[name=dose, value=5]",
                "json-p: built Annotation[name=dose, value=5]"), lines(out, "json-p: "), out);
    }
}
