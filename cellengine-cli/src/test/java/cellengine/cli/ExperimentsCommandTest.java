package cellengine.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.model.Experiment;
import cellengine.api.param.ExperimentCreate;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ExperimentsCommandTest {

    @RegisterExtension
    static final FakeWithSdk fake = new FakeWithSdk();


    @TempDir
    Path home;

    private Cli cli() {
        return fake.cli(home);
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void list_prints_an_aligned_table_with_a_header_and_one_line_per_experiment() {
        Experiment e = fake.sdk().postExperiment(ExperimentCreate.builder().name(unique("Table"))
                .tags(List.of("a", "b")).build());
        Cli.Result r = cli().run("experiments", "list");
        assertEquals(0, r.status(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).matches("ID {24}NAME +CREATED +UPDATED +DELETED +TAGS"), lines.get(0));
        String row = lines.stream().filter(l -> l.startsWith(e.id())).findFirst().orElseThrow();
        assertTrue(row.contains(e.name()) && row.endsWith("a,b"), row);
        assertEquals(lines.get(0).indexOf("NAME"), row.indexOf(e.name()), "columns line up");
        assertEquals("", r.err());
    }

    @Test
    void list_as_csv_quotes_cells_and_as_json_types_the_values() {
        Experiment e = fake.sdk().postExperiment(ExperimentCreate.builder().name(unique("Comma, \"quoted\""))
                .tags(List.of("x")).build());
        Cli.Result csv = cli().run("experiments", "list", "--output", "csv", "--query", "eq(_id,\"" + e.id() + "\")");
        assertEquals(0, csv.status(), csv::toString);
        assertEquals("id,name,created,updated,deleted,tags", csv.out().lines().findFirst().orElseThrow());
        assertTrue(csv.out().contains(e.id() + ",\"" + e.name().replace("\"", "\"\"") + "\"," + e.created()),
                csv::toString);
        assertTrue(csv.out().endsWith("\r\n"), "RFC 4180 line ends");

        Cli.Result json = cli().run("experiments", "list", "-o", "JSON", "--limit", "1", "--query",
                "eq(_id,\"" + e.id() + "\")");
        assertEquals(0, json.status(), json::toString);
        JsonArray array = Json.createReader(new StringReader(json.out())).readArray();
        assertEquals(1, array.size());
        JsonObject object = array.getJsonObject(0);
        assertEquals(e.name(), object.getString("name"));
        assertEquals(List.of("x"), object.getJsonArray("tags").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(object.isNull("deleted"));
        assertEquals(e.created().toString(), object.getString("created"));
    }

    @Test
    void get_finds_an_experiment_by_id_or_by_name_and_shows_its_details() {
        Experiment e = fake.sdk().postExperiment(unique("Details"));
        Cli.Result byName = cli().run("experiments", "get", e.name());
        Cli.Result byId = cli().run("experiments", "get", e.id());
        assertEquals(0, byName.status(), byName::toString);
        assertEquals(byName.out(), byId.out());
        assertTrue(byName.out().contains("id:                    " + e.id()), byName::toString);
        assertTrue(byName.out().contains("revisions:             0"), byName::toString);
        JsonObject json = Json.createReader(new StringReader(cli().run("experiments", "get", e.id(), "-o", "json")
                .out())).readObject();
        assertEquals(e.id(), json.getString("id"));
        assertFalse(json.getBoolean("locked"));
    }

    @Test
    void create_clone_and_delete_change_the_server() {
        String name = unique("Created");
        Cli.Result created = cli().run("experiments", "create", name, "--tag", "t1", "--tag", "t2", "-o", "json");
        assertEquals(0, created.status(), created::toString);
        String id = Json.createReader(new StringReader(created.out())).readObject().getString("id");
        Experiment onServer = fake.sdk().getExperiment(id);
        assertEquals(name, onServer.name());
        assertEquals(List.of("t1", "t2"), onServer.tags());

        Cli.Result cloned = cli().run("experiments", "clone", name, "--name", name + " copy", "-o", "json");
        assertEquals(0, cloned.status(), cloned::toString);
        String copyId = Json.createReader(new StringReader(cloned.out())).readObject().getString("id");
        assertEquals(name + " copy", fake.sdk().getExperiment(copyId).name());

        Cli.Result deleted = cli().run("experiments", "delete", id, name + " copy");
        assertEquals(0, deleted.status(), deleted::toString);
        assertEquals("Deleted experiment " + id + "\nDeleted experiment " + copyId + "\n", deleted.out());
        assertNotNull(fake.sdk().getExperiments().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow()
                .deleted(), "soft-deleted");
    }

    @Test
    void a_missing_experiment_is_one_line_with_the_request_id_and_exit_status_4() {
        Cli.Result r = cli().run("experiments", "get", "0123456789abcdef01234567");
        assertEquals(ExitCodes.NOT_FOUND, r.status(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().startsWith("cellengine: GET "), r::toString);
        assertTrue(r.err().matches("(?s).*answered 404.*\\(request id [^)]+\\)\\s*"), r::toString);
        assertEquals("", r.out());

        Cli.Result byName = cli().run("experiments", "get", "No such experiment " + UUID.randomUUID());
        assertEquals(ExitCodes.NOT_FOUND, byName.status(), byName::toString);
        assertTrue(byName.err().startsWith("cellengine: no experiment is named 'No such experiment "), byName::toString);
    }

    @Test
    void an_ambiguous_name_is_a_usage_error() {
        String name = unique("Twice");
        fake.sdk().postExperiment(name);
        fake.sdk().postExperiment(name);
        Cli.Result r = cli().run("experiments", "get", name);
        assertEquals(ExitCodes.USAGE, r.status(), r::toString);
        assertEquals("cellengine: more than one experiment is named '" + name + "'; use its id\n", r.err());
    }

    @Test
    void a_wrong_token_exits_with_the_auth_status() {
        Cli.Result r = cli().env("CELLENGINE_AUTH_TOKEN", "wrong-token-123").run("experiments", "list");
        assertEquals(ExitCodes.AUTH, r.status(), r::toString);
        assertTrue(r.err().contains("401"), r::toString);
        assertFalse(r.err().contains("wrong-token-123"), "the token is never printed");
    }

    @Test
    void no_credentials_at_all_exits_with_the_auth_status_and_says_how_to_give_them() {
        Cli.Result r = cli().withoutEnv("CELLENGINE_AUTH_TOKEN").run("experiments", "list");
        assertEquals(ExitCodes.AUTH, r.status(), r::toString);
        assertTrue(r.err().contains("CELLENGINE_AUTH_TOKEN") && r.err().contains("cellengine configure"),
                r::toString);
    }

    @Test
    void a_server_error_exits_with_the_server_status() {
        fake.server().faults().once().on("GET", "/api/v1/experiments").respond(501);
        Cli.Result r = cli().run("experiments", "list");
        assertEquals(ExitCodes.SERVER, r.status(), r::toString);
        assertTrue(r.err().contains("answered 501") && r.err().contains("request id"), r::toString);
    }

    @Test
    void no_server_listening_exits_with_the_network_status() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Cli.Result r = cli().env("CELLENGINE_BASE_URL", "http://127.0.0.1:" + port).run("experiments", "list");
        assertEquals(ExitCodes.NETWORK, r.status(), r::toString);
        assertEquals(1, r.err().lines().count(), r::toString);
        assertTrue(r.err().contains("127.0.0.1:" + port) && r.err().contains("request id"), r::toString);
    }

    @Test
    void bad_arguments_exit_with_the_usage_status() {
        assertEquals(ExitCodes.USAGE, cli().run("experiments", "list", "--no-such-option").status());
        assertEquals(ExitCodes.USAGE, cli().run("experiments", "create").status(), "NAME is required");
        assertEquals(ExitCodes.USAGE, cli().run("experiments", "list", "-o", "xml").status());
        Cli.Result negative = cli().run("experiments", "list", "--limit", "-1");
        assertEquals(ExitCodes.USAGE, negative.status(), negative::toString);
        assertTrue(negative.err().contains("limit"), negative::toString);
    }
}
