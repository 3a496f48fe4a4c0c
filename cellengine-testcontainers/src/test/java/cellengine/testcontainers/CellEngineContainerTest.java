package cellengine.testcontainers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.UnauthorizedException;
import cellengine.api.model.Experiment;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Runs the real image (build it first: docs/testcontainers.md). Skipped where no Docker engine is reachable; it
 * runs in full wherever one is.
 */
@Testcontainers(disabledWithoutDocker = true)
class CellEngineContainerTest {

    private static final String TOKEN = "testcontainers-token-0123456789";

    @Container
    static final CellEngineContainer CELLENGINE = new CellEngineContainer().withToken(TOKEN);

    @Test
    void the_container_serves_the_api_with_the_announced_token() {
        assertTrue(CELLENGINE.getBaseUrl().matches("http://[^/]+:\\d+"), CELLENGINE.getBaseUrl());
        assertEquals(TOKEN, CELLENGINE.getToken());
        try (CellEngine client = CELLENGINE.client()) {
            Experiment created = client.postExperiment("in a container");
            assertEquals(created.id(), client.getExperimentByName("in a container").id());
        }
    }

    @Test
    void password_sign_in_works_and_a_wrong_token_is_refused() {
        try (CellEngine client = CELLENGINE.clientBuilder()
                .credentials(CellEngineContainer.USERNAME, CellEngineContainer.PASSWORD.toCharArray()).build()) {
            client.getFolders();
            assertTrue(client.authenticated());
        }
        try (CellEngine stranger = CELLENGINE.clientBuilder().token("not-the-token-0123456789").build()) {
            assertThrows(UnauthorizedException.class, stranger::getExperiments);
        }
    }

    @Test
    void docker_reports_the_image_healthy_through_its_healthcheck() throws InterruptedException {
        String status = "";
        for (int i = 0; i < 60 && !status.equals("healthy"); i++) {
            status = CELLENGINE.getCurrentContainerInfo().getState().getHealth().getStatus();
            if (!status.equals("healthy")) {
                Thread.sleep(500);
            }
        }
        assertEquals("healthy", status, "HEALTHCHECK of cellengine-fake-server/Dockerfile");
    }
}
