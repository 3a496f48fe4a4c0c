package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PopulationRoutesTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String eid;
    private String pops;

    @BeforeEach
    void experiment() {
        eid = fake.experiment("{}");
        pops = "/experiments/" + eid + "/populations";
    }

    private JsonObject create(String name, String parentId, String... gids) {
        String gates = "{\"$and\": [" + String.join(", ", List.of(gids).stream().map(g -> "\"" + g + "\"")
                .toArray(String[]::new)) + "]}";
        return fake.api().post(pops, "{\"name\":\"" + name + "\",\"gates\":" + GateRoutesTest.jsonString(gates)
                + ",\"parentId\":" + (parentId == null ? "null" : "\"" + parentId + "\"")
                + ",\"terminalGateGid\":null}").expect(201).object();
    }

    @Test
    void a_population_round_trips_with_every_field_and_its_expression_string_unchanged() {
        JsonObject p = create("Pop 1", null, "g1");
        assertEquals(List.of("_id", "experimentId", "name", "gates", "parentId", "terminalGateGid", "uniqueName",
                "__v"), List.copyOf(p.keySet()));
        assertEquals("{\"$and\": [\"g1\"]}", p.getString("gates"));
        assertTrue(p.isNull("parentId"));
        assertEquals("Pop 1", p.getString("uniqueName"));
        assertEquals(p, fake.api().get(pops + "/" + p.getString("_id")).expect(200).object());
        assertEquals(1, fake.api().get(pops + "?query=" + Api.q("eq(name,\"Pop 1\")")).expect(200).array().size());
    }

    @Test
    void gates_must_be_a_string_holding_an_expression() {
        assertTrue(fake.api().post(pops, "{\"name\":\"x\",\"gates\":{\"$and\":[]}}").expect(400).error()
                .contains("\"gates\""));
        assertTrue(fake.api().post(pops, "{\"name\":\"x\",\"gates\":\"{not json\"}").expect(400).error()
                .contains("\"gates\""));
        assertTrue(fake.api().post(pops, "{\"name\":\"x\",\"gates\":\"{\\\"$nand\\\":[]}\"}").expect(400).error()
                .contains("$nand"));
        assertTrue(fake.api().post(pops, "{\"name\":\"x\",\"gates\":\"{\\\"$and\\\":[1]}\"}").expect(400).error()
                .contains("$and[0]"));
        assertEquals("\"name\" is required.", fake.api().post(pops, "{\"gates\":\"\\\"g\\\"\"}").expect(400).error());
        assertTrue(fake.api().post(pops,
                "{\"name\":\"x\",\"gates\":\"\\\"g\\\"\",\"parentId\":\"000000000000000000000000\"}")
                .expect(400).error().contains("parentId"));
        assertEquals(0, fake.api().get(pops).expect(200).array().size());
    }

    @Test
    void unique_names_prepend_ancestors_then_number_what_is_still_shared() {
        JsonObject cd4 = create("CD4", null, "a");
        JsonObject cd8 = create("CD8", null, "b");
        JsonObject ra4 = create("CD45RA", cd4.getString("_id"), "a", "c");
        JsonObject ra8 = create("CD45RA", cd8.getString("_id"), "b", "c");
        JsonObject twin1 = create("Twin", null, "d");
        JsonObject twin2 = create("Twin", null, "e");
        assertEquals("CD4 > CD45RA", unique(ra4));
        assertEquals("CD8 > CD45RA", unique(ra8));
        assertEquals("Twin", unique(twin1));
        assertEquals("Twin 2", unique(twin2));
        assertEquals("CD4", unique(cd4));

        fake.api().patch(pops + "/" + ra8.getString("_id"), "{\"name\":\"CD45RO\"}").expect(200);
        assertEquals("CD45RA", unique(ra4));
        assertEquals("CD45RO", unique(ra8));
    }

    @Test
    void patch_checks_parent_cycles() {
        JsonObject a = create("a", null, "a");
        JsonObject b = create("b", a.getString("_id"), "a", "b");
        assertTrue(fake.api().patch(pops + "/" + a.getString("_id"), "{\"parentId\":\"" + b.getString("_id") + "\"}")
                .expect(400).error().contains("descendants"));
        assertEquals("c", fake.api().patch(pops + "/" + b.getString("_id"), "{\"name\":\"c\",\"gates\":\"\\\"z\\\"\"}")
                .expect(200).object().getString("name"));
    }

    @Test
    void deleting_without_branch_moves_children_to_the_grandparent() {
        JsonObject a = create("a", null, "a");
        JsonObject b = create("b", a.getString("_id"), "a", "b");
        JsonObject c = create("c", b.getString("_id"), "a", "b", "c");
        fake.api().delete(pops + "/" + b.getString("_id")).expect(204);
        fake.api().get(pops + "/" + b.getString("_id")).expect(404);
        assertEquals(a.getString("_id"), fake.api().get(pops + "/" + c.getString("_id")).expect(200).object()
                .getString("parentId"));
    }

    @Test
    void delete_branch_removes_descendants_and_their_gates() {
        String gates = "/experiments/" + eid + "/gates";
        String g1 = Gating.gid();
        JsonObject top = Gating.population(fake.api().post(gates + "?createPopulation=true",
                Gating.rectangle("top", g1, 1, 2, 3, 4)).expect(201));
        JsonObject quad = fake.api().post(gates + "?createPopulation=true&parentPopulationId=" + top.getString("_id"),
                Gating.quadrant("q", Gating.gid(), 1, 1)).expect(201).object();
        String other = Gating.gid();
        JsonObject sibling = Gating.population(fake.api().post(gates + "?createPopulation=true",
                Gating.rectangle("other", other, 1, 2, 3, 4)).expect(201));
        // Deleting one quadrant sector's branch keeps the quadrant: its other sectors still have populations.
        fake.api().delete(pops + "/" + quad.getJsonArray("populations").getJsonObject(0).getString("_id")
                + "?deleteBranch=true").expect(204);
        assertEquals(3, fake.api().get(gates).expect(200).array().size());
        fake.api().delete(pops + "/" + top.getString("_id") + "?deleteBranch=true").expect(204);
        assertEquals(List.of(sibling.getString("_id")), fake.api().get(pops).expect(200).strings("_id"));
        assertEquals(List.of(other), fake.api().get(gates).expect(200).strings("gid"));
    }

    private String unique(JsonObject p) {
        return fake.api().get(pops + "/" + p.getString("_id")).expect(200).object().getString("uniqueName");
    }
}
