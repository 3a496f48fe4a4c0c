package cellengine.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.model.Folder;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** In-memory transport, a classpath snapshot, and the state restored before each test. */
@FakeCellEngineTest(transport = FakeCellEngineTest.TransportMode.IN_MEMORY,
        snapshot = "classpath:snapshots/seed.json")   // resetBetweenTests = true is the default
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InMemorySnapshotResetTest {

    @Test
    @Order(1)
    void the_client_sees_the_seeded_folder_through_the_in_memory_transport(CellEngine client) {
        assertTrue(client.toString().contains("in-memory"), client.toString());
        assertEquals(List.of("Seeded plates"), names(client));
        client.postFolder("Added by test 1");
        assertEquals(2, client.getFolders().size());
    }

    @Test
    @Order(2)
    void the_next_test_starts_from_the_snapshot_again(CellEngine client) {
        assertEquals(List.of("Seeded plates"), names(client), "test 1's folder was reset away");
        assertEquals("5d64abe2ca9df61349ed8e7a", client.getFolderByName("Seeded plates").id());
    }

    private static List<String> names(CellEngine client) {
        return client.getFolders().stream().map(Folder::name).collect(Collectors.toList());
    }
}
