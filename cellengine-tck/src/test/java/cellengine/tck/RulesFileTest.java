package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cellengine.tck.net.NetworkVerification;
import cellengine.tck.transport.RetryVerification;
import cellengine.tck.transport.TransportVerification;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The kit checks itself. The {@link Rule} annotations are the one place a rule is written: the tables of
 * {@code RULES.md} are generated from them and must match, every test of a rule group is a rule, and every group
 * runs against each target.
 */
class RulesFileTest {

    private static final Path RULES_MD = Path.of("RULES.md");
    private static final Path REGENERATED = Path.of("target", "RULES.md");
    private static final String MARKER = "<!-- Generated from the @Rule annotations by RulesFileTest; edit them, not"
            + " the tables below. -->";
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+(?:-[A-Z0-9]+)*-\\d+");

    /** The groups in the order RULES.md lists them: what CellEngineTck runs, by name, then the transport kit. */
    private static List<Class<?>> groups() {
        List<Class<?>> groups = Stream.of(CellEngineTck.class.getDeclaredClasses())
                .filter(c -> c.isAnnotationPresent(Nested.class)).<Class<?>>map(Class::getSuperclass)
                .sorted(Comparator.comparing(Class::getSimpleName)).collect(Collectors.toCollection(ArrayList::new));
        groups.add(TransportVerification.class);
        groups.add(RetryVerification.class);
        groups.add(NetworkVerification.class);
        return groups;
    }

    /** The rules a group declares, by id: the words first, then the number as a number (RETRY-2 before RETRY-10). */
    private static List<Rule> rules(Class<?> group) {
        return Stream.of(group.getDeclaredMethods()).map(m -> m.getAnnotation(Rule.class)).filter(r -> r != null)
                .sorted(Comparator.comparing((Rule r) -> r.id().substring(0, r.id().lastIndexOf('-')))
                        .thenComparingInt(r -> Integer.parseInt(r.id().substring(r.id().lastIndexOf('-') + 1))))
                .toList();
    }

    private static String tables() {
        StringBuilder out = new StringBuilder();
        for (Class<?> group : groups()) {
            RuleGroup defaults = group.getAnnotation(RuleGroup.class);
            out.append("\n## `").append(group.getSimpleName()).append("`\n\n")
                    .append("| Rule | Statement | Reference | If this fails, check |\n|---|---|---|---|\n");
            for (Rule rule : rules(group)) {
                String reference = rule.reference().isEmpty() && defaults != null ? defaults.reference()
                        : rule.reference();
                String check = rule.check().isEmpty() && defaults != null ? defaults.check() : rule.check();
                out.append("| `").append(rule.id()).append("` | ").append(cell(rule.statement())).append(" | ")
                        .append(cell(reference)).append(" | ").append(cell(check)).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    @Test
    void rules_md_lists_every_rule_as_its_annotation_states_it() throws IOException {
        String committed = Files.readString(RULES_MD);
        int marker = committed.indexOf(MARKER);
        assertTrue(marker >= 0, () -> "RULES.md lost the line that starts the generated tables: " + MARKER);
        String expected = committed.substring(0, marker) + MARKER + "\n" + tables();
        if (!expected.equals(committed)) {
            Files.createDirectories(REGENERATED.getParent());
            Files.writeString(REGENERATED, expected);
            fail("RULES.md does not match the @Rule annotations; the regenerated file is cellengine-tck/"
                    + REGENERATED + " (copy it over RULES.md). First difference: " + firstDifference(committed,
                    expected));
        }
    }

    private static String firstDifference(String committed, String expected) {
        List<String> was = committed.lines().toList();
        List<String> is = expected.lines().toList();
        for (int i = 0; i < Math.max(was.size(), is.size()); i++) {
            String a = i < was.size() ? was.get(i) : "<end of file>";
            String b = i < is.size() ? is.get(i) : "<end of file>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + " is\n  " + a + "\nand should be\n  " + b;
            }
        }
        return "line endings";
    }

    @Test
    void rule_ids_are_well_formed_and_unique_and_statements_fit_one_table_cell() {
        List<Rule> all = groups().stream().flatMap(g -> rules(g).stream()).toList();
        Set<String> ids = new TreeSet<>();
        for (Rule rule : all) {
            assertTrue(RULE_ID.matcher(rule.id()).matches(), () -> "malformed rule id " + rule.id());
            assertTrue(ids.add(rule.id()), () -> "rule id used twice: " + rule.id());
            String statement = rule.statement();
            assertTrue(!statement.isBlank() && !statement.contains("\n") && !statement.endsWith("."),
                    () -> rule.id() + ": a statement is one line without a final full stop: '" + statement + "'");
        }
    }

    @Test
    void every_test_of_a_rule_group_is_a_rule() {
        List<String> plainTests = new ArrayList<>();
        for (Class<?> type : groupsAndTheirSupport()) {
            for (Method m : type.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    plainTests.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), plainTests, "tests without a @Rule have no id and no RULES.md line");
    }

    private static Set<Class<?>> groupsAndTheirSupport() {
        Set<Class<?>> types = new LinkedHashSet<>();
        for (Class<?> group : groups()) {
            for (Class<?> c = group; c != Object.class; c = c.getSuperclass()) {
                types.add(c);
            }
        }
        return types;
    }

    @Test
    void every_rule_group_in_the_sources_runs_against_each_target() throws IOException {
        Set<String> wired = groups().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> written = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/cellengine/tck"))) {
            sources.map(p -> p.getFileName().toString()).filter(n -> n.endsWith("Verification.java"))
                    .forEach(n -> written.add(n.substring(0, n.length() - ".java".length())));
        }
        assertEquals(written, wired, "each *Verification class needs a @Nested class in CellEngineTck (or is the "
                + "transport or network kit), or its rules run against no target");
    }
}
