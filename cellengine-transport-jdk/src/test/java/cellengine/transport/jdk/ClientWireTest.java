package cellengine.transport.jdk;

import cellengine.api.CellEngine;
import cellengine.api.NameLookupException;
import cellengine.api.model.Experiment;
import cellengine.api.model.Folder;
import cellengine.api.param.CloneOptions;
import cellengine.api.param.ExperimentUpdate;
import cellengine.api.param.FolderUpdate;
import cellengine.api.param.ListOptions;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import cellengine.testing.wire.ScriptedPeer;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cellengine.transport.jdk.Fixtures.EXPERIMENT_ID;
import static cellengine.transport.jdk.Fixtures.FOLDER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the client puts on the wire, checked against a scripted loopback peer through the real JDK transport. */
class ClientWireTest {

    private static final String TOKEN = "tok-wire-1";
    private static ScriptedPeer server;
    private static CellEngine client;

    @BeforeAll
    static void start() {
        server = ScriptedPeer.start();
        client = CellEngine.builder().baseUrl(server.baseUrl()).token(TOKEN).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static Map<String, String> decodeQuery(String rawQuery) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            q.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    @Test
    void get_experiment_sends_the_token_cookie_and_standard_headers() {
        server.script(r -> Reply.json(200, Fixtures.experiment("X")));
        Experiment e = client.getExperiment(EXPERIMENT_ID);
        assertEquals("X", e.name());
        RecordedRequest r = server.only();
        assertEquals("GET", r.method());
        assertEquals("/api/v1/experiments/" + EXPERIMENT_ID, r.rawPath());
        assertNull(r.rawQuery());
        assertEquals("token=" + TOKEN, r.header("Cookie"));
        assertNull(r.header("Authorization"), "no bearer header unless asked for");
        assertTrue(r.header("User-Agent").startsWith("cellengine-java/"), r.header("User-Agent"));
        assertEquals("application/json", r.header("Accept"));
        assertTrue(r.header("X-Request-Id").matches("[0-9a-f-]{36}"), r.header("X-Request-Id"));
        assertNull(r.header("Content-Type"), "no content type without a body");
    }

    @Test
    void each_request_gets_its_own_request_id() {
        server.script(r -> Reply.json(200, "[]"));
        client.getExperiments();
        client.getExperiments();
        List<RecordedRequest> all = server.requests();
        assertTrue(!all.get(0).header("X-Request-Id").equals(all.get(1).header("X-Request-Id")));
    }

    @Test
    void bearer_mode_sends_the_authorization_header_as_well_as_the_cookie() {
        server.script(r -> Reply.json(200, "[]"));
        try (CellEngine bearer = CellEngine.builder().baseUrl(server.baseUrl()).token(TOKEN).bearerToken(true)
                .build()) {
            bearer.getFolders();
        }
        RecordedRequest r = server.only();
        assertEquals("Bearer " + TOKEN, r.header("Authorization"));
        assertEquals("token=" + TOKEN, r.header("Cookie"));
        assertEquals("/api/v1/folders", r.rawPath());
    }

    @Test
    void by_name_lookup_sends_the_documented_form_encoded_query() {
        server.script(r -> Reply.json(200, "[" + Fixtures.experiment("test_experiment") + "]"));
        assertEquals("test_experiment", client.getExperimentByName("test_experiment").name());
        RecordedRequest r = server.only();
        assertEquals("/api/v1/experiments", r.rawPath());
        assertEquals("query=and%28eq%28name%2C%22test_experiment%22%29%2Ceq%28deleted%2Cnull%29%29&limit=2",
                r.rawQuery());
    }

    @Test
    void by_name_lookup_escapes_quotes_and_backslashes() {
        String name = "my \"best\" run \\ 2";
        server.script(r -> Reply.json(200, "[" + Fixtures.experiment(name) + "]"));
        assertEquals(name, client.getExperimentByName(name).name());
        Map<String, String> q = decodeQuery(server.only().rawQuery());
        assertEquals("and(eq(name,\"my \\\"best\\\" run \\\\ 2\"),eq(deleted,null))", q.get("query"));
        assertEquals("2", q.get("limit"));
    }

    @Test
    void by_name_lookup_fails_on_zero_or_two_matches_with_messages_that_name_the_kind() {
        server.script(r -> Reply.json(200, "[]"));
        NameLookupException none = assertThrows(NameLookupException.class, () -> client.getFolderByName("f"));
        assertEquals("no folder is named 'f'", none.getMessage());
        assertEquals(0, none.matchCount());
        assertEquals("folder", none.resourceType());
        server.script(r -> Reply.json(200, "[" + Fixtures.experiment("d") + "," + Fixtures.experiment("d") + "]"));
        NameLookupException two = assertThrows(NameLookupException.class, () -> client.getExperimentByName("d"));
        assertEquals("more than one experiment is named 'd'; use its id", two.getMessage());
        assertEquals(2, two.matchCount());
        assertEquals("d", two.name());
    }

    @Test
    void every_by_name_lookup_names_its_kind_when_nothing_matches() {
        List<Map.Entry<String, Executable>> lookups = List.of(
                Map.entry("experiment", () -> client.getExperimentByName("Nope")),
                Map.entry("experiment", () -> client.experimentByName("Nope")),
                Map.entry("folder", () -> client.getFolderByName("Nope")),
                Map.entry("FCS file", () -> client.getFcsFileByName(EXPERIMENT_ID, "Nope")),
                Map.entry("FCS file", () -> client.experiment(EXPERIMENT_ID).getFcsFileByName("Nope")),
                Map.entry("attachment", () -> client.getAttachmentByName(EXPERIMENT_ID, "Nope")),
                Map.entry("attachment", () -> client.downloadAttachmentByName(EXPERIMENT_ID, "Nope")),
                Map.entry("gate", () -> client.getGateByName(EXPERIMENT_ID, "Nope")),
                Map.entry("compensation", () -> client.getCompensationByName(EXPERIMENT_ID, "Nope")),
                Map.entry("population", () -> client.getPopulationByName(EXPERIMENT_ID, "Nope")),
                Map.entry("population", () -> client.experiment(EXPERIMENT_ID).getPopulationByName("Nope")));
        for (Map.Entry<String, Executable> lookup : lookups) {
            server.script(r -> Reply.json(200, "[]"));
            NameLookupException e = assertThrows(NameLookupException.class, lookup.getValue());
            assertEquals("no " + lookup.getKey() + " is named 'Nope'", e.getMessage());
        }
    }

    @Test
    void list_options_become_query_parameters() {
        server.script(r -> Reply.json(200, "[]"));
        client.getExperiments(ListOptions.builder().query("eq(name,\"x\")").fields("+name").limit(5).skip(10)
                .sort("name").build());
        Map<String, String> q = decodeQuery(server.only().rawQuery());
        assertEquals(Map.of("query", "eq(name,\"x\")", "fields", "+name", "limit", "5", "skip", "10",
                "sort", "name"), q);
    }

    @Test
    void update_patches_only_the_changed_keys_with_explicit_nulls() {
        server.script(r -> Reply.json(200, Fixtures.experiment("X")));
        Experiment before = client.getExperiment(EXPERIMENT_ID).withDeleted(Instant.parse("2024-01-01T00:00:00Z"));
        server.script(r -> Reply.json(200, Fixtures.experiment("renamed")));
        client.updateExperiment(EXPERIMENT_ID, ExperimentUpdate.diff(before,
                before.withName("renamed").withDeleted(null)));
        RecordedRequest r = server.only();
        assertEquals("PATCH", r.method());
        assertEquals("/api/v1/experiments/" + EXPERIMENT_ID, r.rawPath());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("{\"name\":\"renamed\",\"deleted\":null}", r.bodyText());
        assertEquals(String.valueOf(r.body().length), r.header("Content-Length"));
    }

    @Test
    void creating_cloning_and_saving_revisions_send_the_documented_bodies() {
        server.script(r -> Reply.json(201, Fixtures.experiment("new")));
        client.postExperiment("new");
        assertEquals("POST /api/v1/experiments {\"name\":\"new\"}", line(server.only()));
        client.cloneExperiment(EXPERIMENT_ID);
        server.script(r -> Reply.json(201, Fixtures.experiment("new-1")));
        client.cloneExperiment(EXPERIMENT_ID);
        assertEquals("POST /api/v1/experiments/" + EXPERIMENT_ID + "/clone {}", line(server.only()));
        server.script(r -> Reply.json(201, Fixtures.experiment("c")));
        client.cloneExperiment(EXPERIMENT_ID, CloneOptions.builder().name("c").path(List.of(FOLDER_ID)).build());
        assertEquals("POST /api/v1/experiments/" + EXPERIMENT_ID + "/clone {\"name\":\"c\",\"path\":[\""
                + FOLDER_ID + "\"]}", line(server.only()));
        server.script(r -> Reply.json(200, Fixtures.experiment("x")));
        client.saveExperimentRevision(EXPERIMENT_ID, "v1");
        assertEquals("POST /api/v1/experiments/" + EXPERIMENT_ID + "/revision {\"description\":\"v1\"}",
                line(server.only()));
    }

    @Test
    void delete_accepts_204_without_a_body() {
        server.script(r -> Reply.empty(204));
        client.deleteExperiment(EXPERIMENT_ID);
        client.deleteFolder(FOLDER_ID);
        List<RecordedRequest> all = server.requests();
        assertEquals("DELETE /api/v1/experiments/" + EXPERIMENT_ID + " ", line(all.get(0)));
        assertEquals("DELETE /api/v1/folders/" + FOLDER_ID + " ", line(all.get(1)));
    }

    @Test
    void folders_use_their_own_routes() {
        server.script(r -> Reply.json(200, Fixtures.folder("F")));
        Folder f = client.getFolder(FOLDER_ID);
        assertEquals("F", f.name());
        assertEquals("GET /api/v1/folders/" + FOLDER_ID + " ", line(server.only()));
        server.script(r -> Reply.json(201, Fixtures.folder("G")));
        client.postFolder("G");
        assertEquals("POST /api/v1/folders {\"name\":\"G\"}", line(server.only()));
        server.script(r -> Reply.json(200, Fixtures.folder("F")));
        client.updateFolder(FOLDER_ID, FolderUpdate.diff(f, f.withName("H")));
        assertEquals("PATCH /api/v1/folders/" + FOLDER_ID + " {\"name\":\"H\"}", line(server.only()));
    }

    @Test
    void bad_ids_fail_before_any_request_naming_the_parameter() {
        server.script(r -> Reply.json(200, "{}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.getExperiment("../folders"));
        assertEquals("experimentId must be a 24-character hex id, was '../folders'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.deleteFolder("x"));
        assertTrue(server.requests().isEmpty());
    }

    @Test
    void raw_calls_encode_segments_and_queries_and_keep_explicit_nulls() {
        server.script(r -> Reply.json(200, "{\"ok\":true}"));
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("includeControls", true);
        query.put("gid", "a b");
        JsonValue v = client.get("/experiments/" + EXPERIMENT_ID + "/fcsfiles", query);
        assertEquals(JsonValue.TRUE, v.asJsonObject().get("ok"));
        RecordedRequest r = server.only();
        assertEquals("includeControls=true&gid=a+b", r.rawQuery());
        server.script(r2 -> Reply.json(200, "{}"));
        Map<String, Object> body = new HashMap<>();
        body.put("deleted", null);
        client.patch("/experiments/" + EXPERIMENT_ID + "/fcsfiles/" + EXPERIMENT_ID, body);
        assertEquals("{\"deleted\":null}", server.only().bodyText());
        server.script(r2 -> Reply.json(200, "{}"));
        client.post("/experiments/" + EXPERIMENT_ID + "/gates/reset", null);
        RecordedRequest reset = server.only();
        assertEquals(0, reset.body().length);
        assertNull(reset.header("Content-Type"));
        server.script(r2 -> Reply.empty(204));
        client.delete("/experiments/" + EXPERIMENT_ID + "/gates/" + EXPERIMENT_ID);
        assertEquals("DELETE", server.only().method());
    }

    private static String line(RecordedRequest r) {
        return r.method() + " " + r.rawPath() + " " + r.bodyText();
    }
}
