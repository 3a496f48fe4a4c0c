package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GateRoutesTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String eid;
    private String gates;
    private String fileA;
    private String fileB;

    @BeforeEach
    void experiment() {
        eid = fake.experiment("{\"name\":\"gating\"}");
        gates = "/experiments/" + eid + "/gates";
        fileA = fake.upload(eid, "a.fcs", GridFiles.grid(0, true));
        fileB = fake.upload(eid, "b.fcs", GridFiles.grid(0, true));
    }

    @Test
    void a_gate_body_that_is_neither_an_object_nor_an_array_is_a_400_not_a_500() {
        for (String body : List.of("null", "0", "\"text\"", "true")) {
            Reply reply = fake.api().post(gates, body);
            reply.expect(400);
            assertTrue(reply.error().startsWith("Request body must be a JSON object or an array of them, was "),
                    reply.error());
        }
        assertEquals(0, fake.api().get(gates).expect(200).array().size());
    }

    @Test
    void a_created_rectangle_gate_carries_every_field() {
        String gid = Gating.gid();
        JsonObject gate = fake.api().post(gates, Gating.rectangle("rect", gid, 5000, 10000, 5000, 10000)).expect(201)
                .object();
        assertEquals(List.of("_id", "experimentId", "type", "gid", "name", "xChannel", "yChannel", "tailoredPerFile",
                "fcsFileId", "parentPopulationId", "model", "__v"), List.copyOf(gate.keySet()));
        assertEquals("RectangleGate", gate.getString("type"));
        assertEquals(gid, gate.getString("gid"));
        assertEquals(eid, gate.getString("experimentId"));
        assertFalse(gate.getJsonObject("model").getBoolean("locked"));
        assertEquals("[7500,7500]", gate.getJsonObject("model").get("label").toString());
        assertEquals(gate, fake.api().get(gates + "/" + gate.getString("_id")).expect(200).object());
        assertEquals(1, fake.api().get(gates).expect(200).array().size());
    }

    @Test
    void one_dimensional_gates_have_a_null_y_channel_and_compound_gates_have_names() {
        JsonObject range = fake.api().post(gates, Gating.range("r", Gating.gid(), 1000, 2000)).expect(201).object();
        assertTrue(range.isNull("yChannel"));
        assertEquals("[1500,0.5]", range.getJsonObject("model").get("label").toString());
        JsonObject split = fake.api().post(gates, Gating.split("s", Gating.gid(), 5000)).expect(201).object();
        assertTrue(split.isNull("yChannel"));
        assertEquals(List.of("s (L)", "s (R)"), strings(split.getJsonArray("names")));
        assertEquals(2, split.getJsonObject("model").getJsonArray("labels").size());
        JsonObject quadrant = fake.api().post(gates, Gating.quadrant("q", Gating.gid(), 5000, 5000)).expect(201)
                .object();
        assertEquals(List.of("q (UR)", "q (UL)", "q (LL)", "q (LR)"), strings(quadrant.getJsonArray("names")));
        assertFalse(quadrant.getJsonObject("model").getBoolean("skewable"));
        JsonObject polygon = fake.api().post(gates, Gating.polygon("p", Gating.gid(), "[[0,0],[3000,0],[0,3000]]"))
                .expect(201).object();
        assertEquals("[1000,1000]", polygon.getJsonObject("model").get("label").toString());
        JsonObject ellipse = fake.api().post(gates, Gating.ellipse("e", Gating.gid(), 5000, 6000, 0, 4000, 2000))
                .expect(201).object();
        assertEquals("[5000,6000]", ellipse.getJsonObject("model").get("label").toString());
    }

    @Test
    void invalid_geometry_and_types_are_400s_naming_the_field() {
        assertTrue(fake.api().post(gates, Gating.polygon("p", Gating.gid(), "[[0,0],[1,1]]")).expect(400).error()
                .contains("model.polygon"));
        assertTrue(fake.api().post(gates, Gating.ellipse("e", Gating.gid(), 0, 0, 0, 10, 0)).expect(400).error()
                .contains("model.ellipse"));
        assertTrue(fake.api().post(gates, Gating.range("r", Gating.gid(), 1, 2).replace("RangeGate", "TriangleGate"))
                .expect(400).error().contains("\"type\""));
        assertEquals("\"gid\" is required.", fake.api().post(gates, Gating.range("r", Gating.gid(), 1, 2)
                .replaceAll("\"gid\":\"[0-9a-f]+\",", "")).expect(400).error());
        assertTrue(fake.api().post(gates, Gating.rectangle("r", Gating.gid(), 1, 2, 3, 4)
                .replace("\"y2\":4.0", "\"y2\":\"x\"")).expect(400).error().contains("model.rectangle.y2"));
        assertEquals(0, fake.api().get(gates).expect(200).array().size());
    }

    @Test
    void create_population_makes_one_population_per_gate_or_sector_under_the_parent() {
        String rectGid = Gating.gid();
        Reply rect = fake.api().post(gates + "?createPopulation=true&parentPopulationId=null",
                Gating.rectangle("rect", rectGid, 1000, 10000, 1000, 10000)).expect(201);
        JsonObject parent = Gating.population(rect);
        assertEquals("rect", parent.getString("name"));
        assertEquals("{\"$and\":[\"" + rectGid + "\"]}", parent.getString("gates"));
        assertTrue(parent.isNull("parentId"));
        assertEquals(rectGid, parent.getString("terminalGateGid"));

        String quadGid = Gating.gid();
        JsonObject quad = fake.api().post(gates
                + "?createPopulation=true&parentPopulationId=" + parent.getString("_id"),
                Gating.quadrant("quad", quadGid, 5000, 5000)).expect(201).object();
        JsonArray sectors = quad.getJsonObject("gate").getJsonObject("model").getJsonArray("gids");
        JsonArray pops = quad.getJsonArray("populations");
        assertEquals(4, pops.size());
        for (int i = 0; i < 4; i++) {
            JsonObject p = pops.getJsonObject(i);
            assertEquals("quad (" + List.of("UR", "UL", "LL", "LR").get(i) + ")", p.getString("name"));
            assertEquals("{\"$and\":[\"" + rectGid + "\",\"" + sectors.getString(i) + "\"]}", p.getString("gates"));
            assertEquals(sectors.getString(i), p.getString("terminalGateGid"));
            assertEquals(parent.getString("_id"), p.getString("parentId"));
        }
        assertEquals(parent.getString("_id"), quad.getJsonObject("gate").getString("parentPopulationId"));

        // The Python spelling and the older R body key name the parent too.
        JsonObject py = fake.api().post(gates + "?createPopulation=true&parentPopulationid=" + parent.getString("_id"),
                Gating.split("s", Gating.gid(), 3000)).expect(201).object();
        assertEquals(parent.getString("_id"), py.getJsonArray("populations").getJsonObject(0).getString("parentId"));
        String body = Gating.range("old r", Gating.gid(), 1, 2).replaceFirst("\\{", "{\"parentPopulationId\":\""
                + parent.getString("_id") + "\",");
        assertEquals(parent.getString("_id"), Gating.population(fake.api().post(gates + "?createPopulation=true", body)
                .expect(201)).getString("parentId"));
        assertEquals(1 + 4 + 2 + 1, fake.api().get("/experiments/" + eid + "/populations").expect(200).array().size());
    }

    @Test
    void a_parent_that_is_not_a_plain_and_is_wrapped() {
        String g1 = Gating.gid();
        fake.api().post(gates, Gating.rectangle("a", g1, 1, 2, 1, 2)).expect(201);
        String or = "{\"$or\":[\"" + g1 + "\"]}";
        String parentId = fake.api().post("/experiments/" + eid + "/populations", "{\"name\":\"or\",\"gates\":"
                + jsonString(or) + ",\"parentId\":null}").expect(201).object().getString("_id");
        String g2 = Gating.gid();
        JsonObject child = Gating.population(fake.api().post(gates
                + "?createPopulation=true&parentPopulationId=" + parentId,
                Gating.range("r", g2, 1, 2)).expect(201));
        assertEquals("{\"$and\":[" + or + ",\"" + g2 + "\"]}", child.getString("gates"));
    }

    @Test
    void bulk_creation_answers_an_array_of_gates_and_creates_no_populations() {
        String body = "[" + Gating.range("r1", Gating.gid(), 1, 2) + "," + Gating.range("r2", Gating.gid(), 3, 4) + "]";
        JsonArray created = fake.api().post(gates + "?create_population=false", body).expect(201).array();
        assertEquals(2, created.size());
        assertEquals("r2", created.getJsonObject(1).getString("name"));
        assertEquals(0, fake.api().get("/experiments/" + eid + "/populations").expect(200).array().size());
        assertTrue(fake.api().post(gates, "[" + Gating.range("r3", Gating.gid(), 1, 2) + ",{\"type\":\"RangeGate\"}]")
                .expect(400).error().startsWith("In [1]:"));
        assertEquals(2, fake.api().get(gates).expect(200).array().size());
    }

    @Test
    void patch_by_id_merges_the_model_and_answers_the_full_gate() {
        JsonObject gate = fake.api().post(gates, Gating.rectangle("rect", Gating.gid(), 1, 2, 3, 4)).expect(201)
                .object();
        JsonObject patched = fake.api().patch(gates + "/" + gate.getString("_id"),
                "{\"name\":\"renamed\",\"model\":{\"locked\":true}}").expect(200).object();
        assertEquals("renamed", patched.getString("name"));
        assertTrue(patched.getJsonObject("model").getBoolean("locked"));
        assertEquals(gate.getJsonObject("model").get("rectangle"), patched.getJsonObject("model").get("rectangle"));
        fake.api().patch(gates + "/" + gate.getString("_id"), "{\"model\":{\"rectangle\":{\"x1\":1}}}").expect(400);
        fake.api().patch(gates + "/000000000000000000000000", "{}").expect(404);
    }

    @Test
    void family_update_and_delete_act_on_every_member() {
        String gid = Gating.gid();
        fake.api().post(gates, Gating.tailoredRectangle("fam", gid, null, 1, 2, 3, 4)).expect(201);
        String tailoredA = fake.api().post(gates, Gating.tailoredRectangle("fam", gid, fileA, 1, 5, 3, 4)).expect(201)
                .object().getString("_id");
        fake.api().post(gates, Gating.tailoredRectangle("fam", gid, fileB, 1, 6, 3, 4)).expect(201);
        assertEquals(409, fake.api().post(gates, Gating.tailoredRectangle("fam", gid, fileB, 1, 6, 3, 4)).status);
        assertEquals(3, fake.api().patch(gates + "?gid=" + gid, "{\"name\":\"family\"}").expect(200).object()
                .getInt("nModified"));
        assertEquals(0, fake.api().patch(gates + "?gid=" + gid, "{\"name\":\"family\"}").expect(200).object()
                .getInt("nModified"));
        assertEquals(Set.of("family"), fake.api().get(gates).expect(200).array().stream()
                .map(g -> g.asJsonObject().getString("name")).collect(Collectors.toSet()));
        assertEquals(400, fake.api().patch(gates, "{\"name\":\"x\"}").status);

        fake.api().delete(gates + "?gid=" + gid + "&exclude=" + tailoredA).expect(204);
        JsonArray left = fake.api().get(gates).expect(200).array();
        assertEquals(1, left.size());
        assertEquals(tailoredA, left.getJsonObject(0).getString("_id"));
        fake.api().delete(gates + "/" + tailoredA).expect(204);
        fake.api().get(gates + "/" + tailoredA).expect(404);
    }

    @Test
    void deleting_a_family_keeps_its_populations() {
        String gid = Gating.gid();
        fake.api().post(gates + "?createPopulation=true", Gating.rectangle("r", gid, 1, 2, 3, 4)).expect(201);
        fake.api().delete(gates + "?gid=" + gid).expect(204);
        assertEquals(0, fake.api().get(gates).expect(200).array().size());
        assertEquals(1, fake.api().get("/experiments/" + eid + "/populations").expect(200).array().size());
    }

    @Test
    void apply_tailored_inserts_updates_and_deletes_file_members() {
        String gid = Gating.gid();
        String global = Gating.tailoredRectangle("t", gid, null, 1000, 5000, 1000, 5000);
        fake.api().post(gates, global).expect(201);
        JsonObject a = fake.api().post(gates, Gating.tailoredRectangle("t", gid, fileA, 1000, 8000, 1000, 8000))
                .expect(201).object();
        String applyA = "{\"gate\":" + a + ",\"fcsFileIds\":[\"" + fileB + "\",\"" + fileA + "\"]}";
        JsonObject result = fake.api().post(gates + "/applyTailored?gid=" + gid, applyA).expect(200).object();
        assertEquals(1, result.getJsonArray("inserted").size());
        assertEquals(fileB, result.getJsonArray("inserted").getJsonObject(0).getString("fcsFileId"));
        assertEquals(1, result.getJsonArray("updated").size());
        assertEquals(a.getString("_id"), result.getJsonArray("updated").getJsonObject(0).getString("_id"));
        assertEquals(0, result.getJsonArray("deleted").size());
        String insertedId = result.getJsonArray("inserted").getJsonObject(0).getString("_id");
        JsonObject inserted = fake.api().get(gates + "/" + insertedId).expect(200).object();
        assertEquals(a.getJsonObject("model"), inserted.getJsonObject("model"));
        assertTrue(inserted.getBoolean("tailoredPerFile"));

        JsonObject globalGate = fake.api().get(gates).expect(200).array().stream().map(JsonValue::asJsonObject)
                .filter(g -> g.isNull("fcsFileId")).findFirst().orElseThrow();
        JsonObject deleted = fake.api().post(gates + "/applyTailored?gid=" + gid, "{\"gate\":" + globalGate
                + ",\"fcsFileIds\":[\"" + fileB + "\"]}").expect(200).object();
        assertEquals(insertedId, deleted.getJsonArray("deleted").getJsonObject(0).getString("_id"));
        fake.api().get(gates + "/" + insertedId).expect(404);
        assertEquals(400, fake.api().post(gates + "/applyTailored?gid=" + gid, "{\"gate\":" + globalGate
                + ",\"fcsFileIds\":[\"000000000000000000000000\"]}").status);
    }

    @Test
    void deleting_a_file_deletes_its_tailored_gates() {
        String gid = Gating.gid();
        fake.api().post(gates, Gating.tailoredRectangle("t", gid, null, 1, 2, 3, 4)).expect(201);
        fake.api().post(gates, Gating.tailoredRectangle("t", gid, fileA, 1, 3, 3, 4)).expect(201);
        fake.api().delete("/experiments/" + eid + "/fcsfiles/" + fileA).expect(204);
        JsonArray left = fake.api().get(gates).expect(200).array();
        assertEquals(1, left.size());
        assertTrue(left.getJsonObject(0).isNull("fcsFileId"));
    }

    @Test
    void reset_deletes_every_gate_and_population() {
        fake.api().post(gates + "?createPopulation=true", Gating.rectangle("r", Gating.gid(), 1, 2, 3, 4)).expect(201);
        JsonObject answer = fake.api().post(gates + "/reset", null).expect(200).object();
        assertEquals(1, answer.getInt("deletedGates"));
        assertEquals(0, fake.api().get(gates).expect(200).array().size());
        assertEquals(0, fake.api().get("/experiments/" + eid + "/populations").expect(200).array().size());
    }

    @Test
    void a_clone_copies_gates_and_populations_with_their_gids() {
        String gid = Gating.gid();
        fake.api().post(gates + "?createPopulation=true", Gating.tailoredRectangle("t", gid, null, 1, 2, 3, 4))
                .expect(201);
        fake.api().post(gates, Gating.tailoredRectangle("t", gid, fileA, 1, 3, 3, 4)).expect(201);
        String clone = fake.api().post("/experiments/" + eid + "/clone", "{}").expect(201).object().getString("_id");
        JsonArray cloned = fake.api().get("/experiments/" + clone + "/gates").expect(200).array();
        assertEquals(2, cloned.size());
        List<String> cloneFiles = fake.api().get("/experiments/" + clone + "/fcsfiles").expect(200).strings("_id");
        for (JsonValue g : cloned) {
            assertEquals(gid, g.asJsonObject().getString("gid"));
            assertEquals(clone, g.asJsonObject().getString("experimentId"));
            if (!g.asJsonObject().isNull("fcsFileId")) {
                assertTrue(cloneFiles.contains(g.asJsonObject().getString("fcsFileId")));
            }
        }
        JsonObject pop = fake.api().get("/experiments/" + clone + "/populations").expect(200).array().getJsonObject(0);
        assertEquals("{\"$and\":[\"" + gid + "\"]}", pop.getString("gates"));
        assertEquals(2, fake.api().get(gates).expect(200).array().size());
    }

    @Test
    void import_resources_copies_mapped_gates_and_their_populations() {
        String gid = Gating.gid();
        fake.api().post(gates + "?createPopulation=true", Gating.rectangle("r", gid, 1, 2, 3, 4)).expect(201);
        fake.api().post(gates, Gating.range("unmapped", Gating.gid(), 1, 2).replace("FSC-A", "PE-A")).expect(201);
        String dst = fake.experiment("{}");
        JsonObject answer = fake.api().post("/experiments/" + dst + "/importResources", "{\"srcExperiment\":\"" + eid
                + "\",\"channelMap\":{\"FSC-A\":\"FSC-H\",\"SSC-A\":\"SSC-A\",\"PE-A\":\"\"},\"dstPopulationId\":null,"
                + "\"import\":{\"populations\":true}}").expect(200).object();
        assertEquals(1, answer.getJsonArray("gates").size());
        assertEquals(1, answer.getJsonArray("populations").size());
        JsonObject gate = fake.api().get("/experiments/" + dst + "/gates").expect(200).array().getJsonObject(0);
        assertEquals("FSC-H", gate.getString("xChannel"));
        JsonObject pop = fake.api().get("/experiments/" + dst + "/populations").expect(200).array().getJsonObject(0);
        assertEquals("{\"$and\":[\"" + gate.getString("gid") + "\"]}", pop.getString("gates"));
        assertEquals(gate.getString("gid"), pop.getString("terminalGateGid"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .collect(Collectors.toList());
    }

    static String jsonString(String s) {
        return jakarta.json.Json.createValue(s).toString();
    }
}
