package cellengine.api.spi;

import cellengine.api.NoTransportException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransportsTest {

    /** A provider used only to exercise the choice rules; its transports are never used to send. */
    private static final class NamedProvider implements TransportProvider {
        private final String name;
        private final int priority;

        NamedProvider(String name, int priority) {
            this.name = name;
            this.priority = priority;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public int priority() {
            return priority;
        }

        @Override
        public Transport create(TransportConfig config) {
            throw new UnsupportedOperationException("not used by these tests");
        }
    }

    private static Transports.Discovery discovery(TransportProvider... providers) {
        List<Transports.Found> found = new java.util.ArrayList<>();
        for (TransportProvider p : providers) {
            found.add(new Transports.Found(p, "module test"));
        }
        found.sort(java.util.Comparator.comparingInt((Transports.Found f) -> -f.provider().priority())
                .thenComparing(f -> f.provider().name()));
        return new Transports.Discovery(found, List.of());
    }

    @Test
    void without_any_provider_the_error_names_the_module_to_add() {
        // the API module's own tests have no transport on the module path
        NoTransportException e = assertThrows(NoTransportException.class, () -> Transports.select(null));
        assertTrue(e.getMessage().contains("cellengine.transport.jdk"), e.getMessage());
        assertTrue(e.getMessage().contains("com.cellengine.sdk:cellengine-transport-jdk"), e.getMessage());
        assertTrue(e.getMessage().contains("Found: no TransportProvider at all."), e.getMessage());
        assertTrue(Transports.describe().startsWith("CellEngine transports found: 0"), Transports.describe());
    }

    @Test
    void highest_priority_wins_and_ties_are_broken_by_name() {
        NamedProvider low = new NamedProvider("low", 1);
        NamedProvider b = new NamedProvider("b", 50);
        NamedProvider a = new NamedProvider("a", 50);
        Transports.Choice choice = Transports.choose(discovery(low, b, a), null, null, null);
        assertSame(a, choice.provider());
        assertEquals("highest priority (50), tie broken by name", choice.reason());
    }

    @Test
    void explicit_name_beats_system_property_which_beats_environment() {
        NamedProvider jdk = new NamedProvider("jdk", 100);
        NamedProvider okhttp = new NamedProvider("okhttp", 10);
        NamedProvider other = new NamedProvider("other", 5);
        Transports.Discovery d = discovery(jdk, okhttp, other);
        assertSame(other, Transports.choose(d, "other", "okhttp", "jdk").provider());
        assertSame(okhttp, Transports.choose(d, null, "okhttp", "other").provider());
        Transports.Choice env = Transports.choose(d, null, null, "other");
        assertSame(other, env.provider());
        assertEquals("environment variable CELLENGINE_TRANSPORT=other", env.reason());
    }

    @Test
    void an_unknown_name_lists_what_was_found() {
        Transports.Discovery d = discovery(new NamedProvider("jdk", 100));
        NoTransportException e = assertThrows(NoTransportException.class,
                () -> Transports.choose(d, null, "nope", null));
        assertTrue(e.getMessage().contains("No CellEngine transport named 'nope' (system property "
                + "cellengine.transport=nope)"), e.getMessage());
        assertTrue(e.getMessage().contains("jdk (priority 100"), e.getMessage());
    }

    @Test
    void describe_lists_providers_and_the_choice_with_its_reason() {
        Transports.Discovery d = discovery(new NamedProvider("jdk", 100), new NamedProvider("x", 1));
        String text = Transports.describe(d, null, null);
        assertTrue(text.startsWith("CellEngine transports found: 2\n"), text);
        assertTrue(text.contains("jdk (priority 100, " + NamedProvider.class.getName() + ", from module test)"),
                text);
        assertTrue(text.endsWith("Chosen: jdk (highest priority (100))"), text);
    }
}
