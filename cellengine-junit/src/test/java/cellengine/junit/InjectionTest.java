package cellengine.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.model.Experiment;
import cellengine.fakeserver.FakeCellEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The defaults (one server per class, loopback socket): every injectable type, consistent with each other. */
@FakeCellEngineTest
class InjectionTest {

    private static FakeCellEngine fromBeforeAll;

    @BeforeAll
    static void remember(FakeCellEngine server) {
        fromBeforeAll = server;
    }

    @Test
    void client_server_info_and_base_url_describe_the_same_running_server(
            CellEngine client, FakeCellEngine server, FakeServerInfo info, @FakeBaseUrl String baseUrl) {
        assertSame(fromBeforeAll, server, "@BeforeAll and the test share the class's server");
        assertEquals(server.baseUrl(), baseUrl);
        assertEquals(server.baseUrl(), info.baseUrl());
        assertEquals(server.token(), info.token());
        assertEquals(server.username(), info.username());
        assertTrue(baseUrl.startsWith("http://127.0.0.1:"), baseUrl);
        assertTrue(client.authenticated(), "the injected client holds the default user's token");
        assertEquals(baseUrl, client.baseUrl());
        assertTrue(!info.toString().contains(info.token()), "FakeServerInfo.toString() leaves the token out");
    }

    @Test
    void the_injected_client_works_against_the_injected_server(CellEngine client, FakeCellEngine server) {
        Experiment created = client.postExperiment("from the extension");
        assertEquals(created.id(), client.getExperimentByName("from the extension").id());
        assertTrue(server.user(server.username()).isPresent());
    }
}
