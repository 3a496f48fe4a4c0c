package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The kit checks itself: every rule has a RULES.md line and every RULES.md line has a rule. */
class RulesFileTest {

    private static final Pattern RULE_ID = Pattern.compile("^([A-Z]+(?:-[A-Z0-9]+)*-\\d+) ");
    private static final Pattern RULES_MD_ROW = Pattern.compile("^\\| `([A-Z]+(?:-[A-Z0-9]+)*-\\d+)` \\|", Pattern.MULTILINE);
    private static final List<Class<?>> VERIFICATIONS = List.of(ExperimentVerification.class,
            FolderVerification.class, AuthVerification.class, RawCallVerification.class, AttachmentVerification.class,
            CompensationVerification.class, FcsFileVerification.class, EventExportVerification.class,
            ScaleSetVerification.class, DataToolsVerification.class, GateVerification.class,
            PopulationVerification.class, StatisticsVerification.class, PlotVerification.class,
            GatedExportVerification.class,
            cellengine.tck.transport.TransportVerification.class, cellengine.tck.transport.RetryVerification.class,
            cellengine.tck.net.NetworkVerification.class);

    @Test
    void every_rule_display_name_starts_with_an_id_listed_in_rules_md() throws IOException {
        Set<String> listed = listedRules();
        Set<String> declared = declaredRules();
        Set<String> missing = new TreeSet<>(declared);
        missing.removeAll(listed);
        assertTrue(missing.isEmpty(), () -> "rules without a RULES.md line: " + missing);
    }

    @Test
    void every_rules_md_line_has_a_rule() throws IOException {
        Set<String> orphans = new TreeSet<>(listedRules());
        orphans.removeAll(declaredRules());
        assertTrue(orphans.isEmpty(), () -> "RULES.md lines without a rule: " + orphans);
    }

    @Test
    void rule_ids_are_unique() {
        List<String> ids = VERIFICATIONS.stream().flatMap(c -> List.of(c.getDeclaredMethods()).stream())
                .map(m -> m.getAnnotation(DisplayName.class)).filter(d -> d != null)
                .map(d -> ruleId(d.value())).toList();
        assertEquals(ids.size(), Set.copyOf(ids).size(), () -> "duplicate rule ids in " + ids);
    }

    private static Set<String> declaredRules() {
        Set<String> ids = new TreeSet<>();
        for (Class<?> type : VERIFICATIONS) {
            for (Method m : type.getDeclaredMethods()) {
                DisplayName name = m.getAnnotation(DisplayName.class);
                if (m.isAnnotationPresent(Test.class)) {
                    assertTrue(name != null, () -> type.getSimpleName() + "." + m.getName() + " has no display name");
                    ids.add(ruleId(name.value()));
                }
            }
        }
        return ids;
    }

    private static String ruleId(String displayName) {
        Matcher m = RULE_ID.matcher(displayName);
        assertTrue(m.find(), () -> "display name does not start with a rule id: " + displayName);
        return m.group(1);
    }

    private static Set<String> listedRules() throws IOException {
        String text = Files.readString(Path.of("RULES.md"));
        Set<String> ids = new TreeSet<>();
        Matcher m = RULES_MD_ROW.matcher(text);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
