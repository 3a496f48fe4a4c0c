package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the server as a real named module ({@code java --module-path ... -m cellengine.fakeserver/...Main}), with
 * none of the flags surefire adds, so a gap in module-info (a missing {@code requires}, JSON-P's provider not
 * found through service binding) fails here (docs/building.md#surefire-hides-module-errors).
 */
class ModulePathLaunchTest {

    @Test
    void the_server_runs_from_the_module_path_without_extra_flags() throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        assertNotNull(modulePath, "tests are expected to run on the module path");
        try (ChildServer child = ChildServer.start(List.of("--module-path", modulePath,
                "-m", "cellengine.fakeserver/cellengine.fakeserver.Main"))) {
            Api api = child.api();
            assertEquals("modular", api.post("/experiments", "{\"name\":\"modular\"}").expect(201).object().getString("name"));
            assertEquals(List.of("modular"), api.get("/experiments?query=" + Api.q("eq(name,\"modular\")"))
                    .expect(200).strings("name"));
        }
    }
}
