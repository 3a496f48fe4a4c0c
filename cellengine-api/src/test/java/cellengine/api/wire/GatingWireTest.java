package cellengine.api.wire;

import cellengine.api.ApiException;
import cellengine.api.internal.json.GateCodec;
import cellengine.api.internal.json.Json;
import cellengine.api.model.Expr;
import cellengine.api.model.Gate;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.RectangleGate;
import cellengine.api.model.TailoredGate;
import cellengine.api.model.TailoringResult;
import cellengine.api.param.GateSpec;
import cellengine.api.param.Gates;
import cellengine.api.param.ListOptions;
import cellengine.api.param.PopulationCreate;
import cellengine.api.param.PopulationUpdate;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cellengine.api.wire.Fixtures.EID;
import static cellengine.api.wire.Fixtures.FID2;
import static cellengine.api.wire.Fixtures.FID;
import static cellengine.api.wire.Fixtures.GATE_ID;
import static cellengine.api.wire.Fixtures.GID;
import static cellengine.api.wire.Fixtures.PID2;
import static cellengine.api.wire.Fixtures.PID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exact method, path, query and body of every gate and population call, against a scripted loopback peer. */
class GatingWireTest extends PeerTest {

    private static JsonValue json(RecordedRequest r) {
        return Json.readValue(r.body());
    }

    /** Echoes a posted gate back with an id, wrapped with populations when asked. */
    private static Reply echoGate(RecordedRequest r) {
        JsonObject gate = Json.readValue(r.body()).asJsonObject();
        JsonObject stored = Json.provider().createObjectBuilder(gate).add("_id", GATE_ID).add("__v", 0).build();
        if (!"true".equals(r.query().get("createPopulation"))) {
            return Reply.json(201, stored.toString());
        }
        StringBuilder pops = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<String> gids = new ArrayList<>();
        if (gate.containsKey("names")) {
            gate.getJsonArray("names").forEach(n -> names.add(((jakarta.json.JsonString) n).getString()));
            gate.getJsonObject("model").getJsonArray("gids").forEach(g -> gids.add(((jakarta.json.JsonString) g)
                    .getString()));
        } else {
            names.add(gate.getString("name"));
            gids.add(gate.getString("gid"));
        }
        for (int i = 0; i < names.size(); i++) {
            pops.append(i == 0 ? "" : ",").append(Fixtures.population(i == 0 ? PID : PID2, names.get(i),
                    "{\"$and\":[\"" + gids.get(i) + "\"]}", r.query().get("parentPopulationId")));
        }
        String key = names.size() == 1 ? "\"population\":" + pops : "\"populations\":[" + pops + "]";
        return Reply.json(201, "{\"gate\":" + stored + "," + key + "}");
    }

    // ---- gates ----

    @Test
    void get_gates_decodes_every_type_from_the_list() throws IOException {
        StringBuilder all = new StringBuilder("[");
        for (Class<?> type : Gate.class.getPermittedSubclasses()) {
            all.append(all.length() > 1 ? "," : "").append(Files.readString(
                    Path.of("src/test/resources/fixtures/gates", type.getSimpleName() + ".json")));
        }
        String body = all.append("]").toString();
        peer.script(r -> Reply.json(200, body));
        List<Gate> gates = client.getGates(EID);
        assertEquals(6, gates.size());
        for (int i = 0; i < 6; i++) {
            assertEquals(Gate.class.getPermittedSubclasses()[i], gates.get(i).getClass());
        }
        RecordedRequest r = peer.only();
        assertEquals("GET", r.method());
        assertEquals(base("/gates"), r.rawPath());
        assertNull(r.rawQuery());
        peer.script(r2 -> Reply.json(200, "[]"));
        client.getGates(EID, ListOptions.builder().query("eq(gid,\"" + GID + "\")").build());
        assertEquals("eq(gid,\"" + GID + "\")", peer.only().query().get("query"));
    }

    @Test
    void get_gate_reads_one_by_id_and_a_malformed_gate_is_an_api_error_naming_it() {
        peer.script(r -> Reply.json(200, Fixtures.rectangleGate(GATE_ID, GID, "g")));
        RectangleGate g = (RectangleGate) client.getGate(EID, GATE_ID);
        assertEquals(GID, g.gid());
        assertEquals(base("/gates/" + GATE_ID), peer.only().rawPath());
        peer.script(r -> Reply.json(200, "{\"type\":\"TriangleGate\",\"gid\":\"x\",\"xChannel\":\"A\",\"model\":{}}"));
        ApiException e = assertThrows(ApiException.class, () -> client.getGate(EID, GATE_ID));
        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("TriangleGate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.getGate(EID, "not-an-id"));
    }

    @Test
    void post_gate_sends_create_population_and_returns_the_population() {
        peer.script(GatingWireTest::echoGate);
        GateSpec spec = Gates.rectangle("FSC-A", "SSC-A", "test gate", 10, 100000, 10, 100000).build();
        GateCreated created = client.postGate(EID, spec);
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/gates"), r.rawPath());
        assertEquals("createPopulation=true", r.rawQuery());
        JsonObject body = json(r).asJsonObject();
        assertEquals(List.of("experimentId", "fcsFileId", "gid", "model", "name", "tailoredPerFile", "type",
                "xChannel", "yChannel"), List.copyOf(body.keySet()));
        assertEquals(EID, body.getString("experimentId"));
        assertEquals(JsonValue.NULL, body.get("fcsFileId"));
        assertEquals(spec.gate().gid(), body.getString("gid"));
        assertEquals(GATE_ID, created.gate().id());
        assertEquals("test gate", created.population().name());
        assertEquals(Expr.and(spec.gate().gid()), created.population().expression());
    }

    @Test
    void post_gate_sends_the_parent_as_parent_population_id_and_reads_a_bare_gate() {
        peer.script(GatingWireTest::echoGate);
        GateCreated created = client.postGate(EID, Gates.ellipse("FSC-A", "SSC-A", "e", 5, 6, 0, 4, 2)
                .parentPopulation(PID).createPopulation(false).build());
        RecordedRequest r = peer.only();
        assertEquals(Map.of("createPopulation", "false", "parentPopulationId", PID), r.query());
        assertTrue(r.rawQuery().contains("parentPopulationId="), "correct spelling, docs/wire.md#quirk-parent-population-id");
        assertTrue(created.populations().isEmpty());
        assertThrows(IllegalStateException.class, created::population);
        assertEquals("EllipseGate", created.gate().type());
    }

    @Test
    void post_gate_fetches_the_scale_set_for_compound_labels_and_returns_every_sector_population() {
        peer.script(r -> r.rawPath().endsWith("/scalesets") ? Reply.json(200, "[" + Fixtures.scaleSet() + "]")
                : echoGate(r));
        GateCreated created = client.postGate(EID, Gates.quadrant("FSC-A", "SSC-W", "quad", 1000, 2).build());
        List<RecordedRequest> rs = peer.requests();
        assertEquals(2, rs.size());
        assertEquals(base("/scalesets"), rs.get(0).rawPath());
        JsonObject body = json(rs.get(1)).asJsonObject();
        JsonArray labels = body.getJsonObject("model").getJsonArray("labels");
        assertEquals(1e38, labels.getJsonArray(0).getJsonNumber(0).doubleValue());
        assertEquals(38, labels.getJsonArray(0).getJsonNumber(1).doubleValue(), 1e-9);
        assertEquals(List.of("quad (UR)", "quad (UL)", "quad (LL)", "quad (LR)"),
                body.getJsonArray("names").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(4, created.populations().size());
        assertEquals("quad (LR)", created.populations().get(3).name());
        QuadrantGate gate = (QuadrantGate) created.gate();
        assertEquals(gate.gids().get(0), created.populations().get(0).expression().gids().iterator().next());
        peer.script(GatingWireTest::echoGate);
        client.postGate(EID, Gates.split("FSC-A", "s", 3).labels(List.of(cellengine.api.model.Point.of(0, 1),
                cellengine.api.model.Point.of(9, 1))).build());
        assertEquals(base("/gates"), peer.only().rawPath(), "explicit labels need no scale set");
    }

    @Test
    void post_gate_resolves_a_tailored_file_and_a_parent_by_name_through_the_cache() {
        peer.script(r -> {
            if (r.rawPath().endsWith("/fcsfiles")) {
                return Reply.json(200, "[" + Fixtures.fcsFile(FID, "A1.fcs") + "]");
            }
            if (r.rawPath().endsWith("/populations")) {
                return Reply.json(200, "[" + Fixtures.population(PID, "lymphs", "{\"$and\":[\"g\"]}", null) + "]");
            }
            return echoGate(r);
        });
        GateSpec spec = Gates.rectangle("FSC-A", "SSC-A", "r", 1, 2, 3, 4).tailoredToFile("A1.fcs")
                .parentPopulationByName("lymphs").createPopulation(true).build();
        client.postGate(EID, spec);
        List<RecordedRequest> rs = peer.requests();
        assertEquals(3, rs.size());
        assertEquals("and(eq(filename,\"A1.fcs\"),eq(deleted,null))", rs.get(0).query().get("query"));
        assertEquals("and(eq(name,\"lymphs\"),eq(deleted,null))", rs.get(1).query().get("query"));
        JsonObject body = json(rs.get(2)).asJsonObject();
        assertEquals(FID, body.getString("fcsFileId"));
        assertTrue(body.getBoolean("tailoredPerFile"));
        assertEquals(PID, rs.get(2).query().get("parentPopulationId"));
        peer.script(GatingWireTest::echoGate);
        client.postGate(EID, Gates.range("FSC-A", "x", 1, 2).tailoredToFile("A1.fcs").build());
        assertEquals(FID, json(peer.only()).asJsonObject().getString("fcsFileId"), "the cached id");
        assertEquals("false", peer.only().query().get("createPopulation"), "a file-specific member's default");
    }

    @Test
    void post_gates_sends_one_array_without_populations() {
        peer.script(r -> {
            JsonArray posted = Json.readValue(r.body()).asJsonArray();
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < posted.size(); i++) {
                out.append(i == 0 ? "" : ",").append(Json.provider().createObjectBuilder(posted.getJsonObject(i))
                        .add("_id", i == 0 ? GATE_ID : FID2).build());
            }
            return Reply.json(201, out.append("]").toString());
        });
        List<Gate> gates = client.postGates(EID, List.of(
                Gates.rectangle("FSC-A", "SSC-A", "a", 1, 2, 3, 4).build(),
                Gates.split("FSC-A", "b", 5).labels(List.of(cellengine.api.model.Point.of(0, 1),
                        cellengine.api.model.Point.of(9, 1))).build()));
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/gates"), r.rawPath());
        assertNull(r.rawQuery(), "no create_population key (docs/wire.md#quirk-snake-case-keys)");
        JsonArray body = json(r).asJsonArray();
        assertEquals(2, body.size());
        assertEquals(EID, body.getJsonObject(1).getString("experimentId"));
        assertEquals(JsonValue.NULL, body.getJsonObject(1).get("yChannel"));
        assertEquals(List.of("RectangleGate", "SplitGate"), List.of(gates.get(0).type(), gates.get(1).type()));
        peer.script(r2 -> Reply.json(500, "{}"));
        assertThrows(IllegalArgumentException.class, () -> client.postGates(EID,
                List.of(Gates.range("A", "r", 1, 2).parentPopulation(PID).build())));
        assertTrue(peer.requests().isEmpty(), "refused before sending");
    }

    @Test
    void update_gate_patches_the_changes() {
        peer.script(r -> Reply.json(200, Fixtures.rectangleGate(GATE_ID, GID, "new")));
        Gate g = client.updateGate(EID, GATE_ID, Map.of("name", "new"));
        RecordedRequest r = peer.only();
        assertEquals("PATCH", r.method());
        assertEquals(base("/gates/" + GATE_ID), r.rawPath());
        assertEquals("{\"name\":\"new\"}", r.bodyText());
        assertEquals(List.of("new"), g.displayNames());
    }

    @Test
    void deletes_by_id_by_family_and_in_order() {
        peer.script(r -> Reply.empty(204));
        client.deleteGate(EID, GATE_ID);
        assertEquals("DELETE " + base("/gates/" + GATE_ID), peer.only().method() + " " + peer.only().rawPath());
        peer.script(r -> Reply.empty(204));
        client.deleteGateFamily(EID, GID);
        assertEquals(base("/gates"), peer.only().rawPath());
        assertEquals("gid=" + GID, peer.only().rawQuery());
        peer.script(r -> Reply.empty(204));
        client.deleteGateFamily(EID, GID, GATE_ID);
        assertEquals("gid=" + GID + "&exclude=" + GATE_ID, peer.only().rawQuery(), "& not %, docs/wire.md#quirk-exclude-separator");
        peer.script(r -> Reply.empty(204));
        client.deleteGates(EID, List.of(GATE_ID, FID2, GID));
        List<RecordedRequest> rs = peer.requests();
        assertEquals(3, rs.size());
        assertEquals(base("/gates/" + GATE_ID), rs.get(0).rawPath());
        assertEquals(base("/gates/" + FID2), rs.get(1).rawPath());
        assertEquals(base("/gates/" + GID), rs.get(2).rawPath());
        peer.script(r -> Reply.empty(204));
        assertThrows(IllegalArgumentException.class, () -> client.deleteGates(EID, List.of(GATE_ID, "bad")));
        assertTrue(peer.requests().isEmpty(), "every id is checked before the first DELETE");
    }

    @Test
    void update_gate_family_patches_by_gid_and_returns_n_modified() {
        peer.script(r -> Reply.json(200, "{\"n\":3,\"nModified\":3,\"ok\":1}"));
        assertEquals(3, client.updateGateFamily(EID, GID, Map.of("name", "renamed")));
        RecordedRequest r = peer.only();
        assertEquals("PATCH", r.method());
        assertEquals(base("/gates"), r.rawPath());
        assertEquals("gid=" + GID, r.rawQuery());
        assertEquals("{\"name\":\"renamed\"}", r.bodyText());
        peer.script(r2 -> Reply.json(200, "{\"ok\":1}"));
        ApiException e = assertThrows(ApiException.class, () -> client.updateGateFamily(EID, GID, Map.of("x", 1)));
        assertTrue(e.getMessage().contains("nModified"), e.getMessage());
    }

    @Test
    void apply_tailoring_posts_the_full_gate_and_the_files() {
        peer.script(r -> Reply.json(200, "{\"inserted\":[{\"_id\":\"" + PID2 + "\",\"fcsFileId\":\"" + FID2 + "\"}],"
                + "\"updated\":[],\"deleted\":[{\"_id\":\"" + GATE_ID + "\"}]}"));
        Gate gate = Json.read(Json.readValue(Fixtures.rectangleGate(GATE_ID, GID, "g").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)), Gate.class).withTailoring(true, FID);
        TailoringResult result = client.applyTailoring(EID, gate, List.of(FID2));
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/gates/applyTailored"), r.rawPath());
        assertEquals("gid=" + GID, r.rawQuery());
        JsonObject body = json(r).asJsonObject();
        assertEquals(List.of("gate", "fcsFileIds"), List.copyOf(body.keySet()));
        assertEquals(GateCodec.toJson(gate), body.getJsonObject("gate"));
        assertEquals(FID, body.getJsonObject("gate").getString("fcsFileId"));
        assertEquals("[\"" + FID2 + "\"]", body.getJsonArray("fcsFileIds").toString());
        assertEquals(List.of(new TailoredGate(PID2, FID2)), result.inserted());
        assertTrue(result.updated().isEmpty());
        assertEquals(GATE_ID, result.deleted().get(0).id());
        assertNull(result.deleted().get(0).fcsFileId());
    }

    @Test
    void reset_gates_posts_to_reset_and_forgets_population_names() {
        peer.script(r -> r.rawPath().endsWith("/populations")
                ? Reply.json(200, "[" + Fixtures.population(PID, "p", "{\"$and\":[]}", null) + "]")
                : r.rawPath().endsWith("/reset") ? Reply.json(200, "{}")
                : Reply.json(200, Fixtures.population(PID, "p", "{\"$and\":[]}", null)));
        client.getPopulationByName(EID, "p");
        assertEquals(1, client.cacheInfo().size());
        peer.script(r -> Reply.json(200, "{}"));
        client.resetGates(EID);
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/gates/reset"), r.rawPath());
        assertEquals(0, r.body().length);
        assertEquals(0, client.cacheInfo().size());
    }

    // ---- populations ----

    @Test
    void populations_list_get_and_post() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.population(PID, "p", "{\"$and\":[\"g\"]}", null) + "]"));
        List<Population> all = client.getPopulations(EID);
        assertEquals(Expr.and("g"), all.get(0).expression());
        assertEquals(base("/populations"), peer.only().rawPath());
        peer.script(r -> Reply.json(200, Fixtures.population(PID, "p", "{\"$and\":[\"g\"]}", null)));
        assertEquals("p", client.getPopulation(EID, PID).name());
        assertEquals(base("/populations/" + PID), peer.only().rawPath());
        peer.script(r -> Reply.json(201, Fixtures.population(PID2, "q", "{\"$and\":[\"g\",{\"$or\":[\"h\"]}]}", PID)));
        Population created = client.postPopulation(EID, PopulationCreate.builder("q").gates(Expr.and("g", Expr.or("h")))
                .parentId(PID).terminalGateGid("h").build());
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/populations"), r.rawPath());
        assertEquals("{\"name\":\"q\",\"gates\":\"{\\\"$and\\\":[\\\"g\\\",{\\\"$or\\\":[\\\"h\\\"]}]}\","
                + "\"parentId\":\"" + PID + "\",\"terminalGateGid\":\"h\"}", r.bodyText());
        assertEquals(PID, created.parentId());
    }

    @Test
    void population_by_name_is_cached_and_dropped_on_rename_and_delete() {
        peer.script(r -> r.rawPath().endsWith("/populations")
                ? Reply.json(200, "[" + Fixtures.population(PID, "T cells", "{\"$and\":[]}", null) + "]")
                : Reply.json(200, Fixtures.population(PID, "T cells", "{\"$and\":[]}", null)));
        assertEquals(PID, client.getPopulationByName(EID, "T cells").id());
        List<RecordedRequest> first = peer.requests();
        assertEquals(2, first.size(), "an id lookup, then a GET by id");
        assertEquals("and(eq(name,\"T cells\"),eq(deleted,null))", first.get(0).query().get("query"));
        assertEquals("2", first.get(0).query().get("limit"));
        assertEquals(base("/populations/" + PID), first.get(1).rawPath());
        peer.script(r -> Reply.json(200, Fixtures.population(PID, "T cells", "{\"$and\":[]}", null)));
        client.getPopulationByName(EID, "T cells");
        assertEquals(1, peer.requests().size(), "a cache hit checks the id with one GET");
        assertEquals(1, client.cacheInfo().hits());
        peer.script(r -> Reply.json(200, Fixtures.population(PID, "B cells", "{\"$and\":[]}", null)));
        client.updatePopulation(EID, PID, PopulationUpdate.builder().name("B cells").build());
        assertEquals("PATCH", peer.only().method());
        assertEquals("{\"name\":\"B cells\"}", peer.only().bodyText());
        assertEquals(0, client.cacheInfo().size(), "renaming drops the entry");
    }

    @Test
    void delete_population_sends_delete_branch_only_when_asked() {
        peer.script(r -> Reply.empty(204));
        client.deletePopulation(EID, PID);
        assertEquals(base("/populations/" + PID), peer.only().rawPath());
        assertNull(peer.only().rawQuery());
        peer.script(r -> Reply.empty(204));
        client.deletePopulation(EID, PID, true);
        assertEquals("DELETE", peer.only().method());
        assertEquals("deleteBranch=true", peer.only().rawQuery());
        peer.script(r -> Reply.empty(204));
        client.deletePopulation(EID, PID, false);
        assertNull(peer.only().rawQuery());
        assertFalse(client.toString().contains(TOKEN));
    }
}
