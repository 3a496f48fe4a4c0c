package cellengine.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.testcontainers.utility.DockerImageName;

/** What a container is configured with before it starts; needs no Docker engine. */
class CellEngineContainerSettingsTest {

    @Test
    void the_default_image_is_the_fake_server_tagged_with_this_version() {
        try (CellEngineContainer container = new CellEngineContainer()) {
            assertEquals("cellengine/fake-server:" + CellEngineContainer.DEFAULT_TAG,
                    container.imageName().asCanonicalNameString());
            assertFalse(CellEngineContainer.DEFAULT_TAG.contains("${"), "version.properties is filtered");
            assertEquals(java.util.List.of(CellEngineContainer.PORT), container.getExposedPorts());
        }
    }

    @Test
    void each_container_gets_its_own_random_token_and_never_prints_it() {
        try (CellEngineContainer a = new CellEngineContainer(); CellEngineContainer b = new CellEngineContainer()) {
            assertTrue(a.getToken().matches("[0-9a-f]{48}"), "48 hex characters");
            assertNotEquals(a.getToken(), b.getToken());
            assertFalse(a.toString().contains(a.getToken()), a.toString());
        }
    }

    @Test
    void a_chosen_token_is_checked_without_being_echoed() {
        try (CellEngineContainer container = new CellEngineContainer()) {
            assertEquals("chosen-token-0123456789", container.withToken("chosen-token-0123456789").getToken());
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> container.withToken("bad token;"));
            assertFalse(e.getMessage().contains("bad token;"), e.getMessage());
        }
    }

    @Test
    void an_unrelated_image_is_refused_unless_declared_compatible() {
        assertThrows(IllegalStateException.class, () -> new CellEngineContainer("nginx:1.27").close());
        try (CellEngineContainer mirrored = new CellEngineContainer(DockerImageName.parse(
                "registry.example.com/mirror/fake:1").asCompatibleSubstituteFor("cellengine/fake-server"))) {
            assertEquals("registry.example.com/mirror/fake:1", mirrored.imageName().asCanonicalNameString());
        }
    }

    @Test
    void a_client_is_refused_before_the_container_runs() {
        try (CellEngineContainer container = new CellEngineContainer()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, container::client);
            assertTrue(e.getMessage().contains("not running"), e.getMessage());
        }
    }
}
