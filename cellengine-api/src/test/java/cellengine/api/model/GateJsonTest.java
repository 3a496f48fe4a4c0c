package cellengine.api.model;

import cellengine.api.internal.json.GateCodec;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.param.Gates;
import cellengine.api.param.SimpleGateBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Gate JSON (docs/wire.md#gate-fields): every permitted type round-trips with its type key and model. */
class GateJsonTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/gates");
    /** Keys the codec drops on purpose: legacy or display-irrelevant fields of old fixtures. */
    private static final Set<String> DROPPED = Set.of("parentPopulationId");

    private static JsonObject fixture(Class<?> type) throws IOException {
        Path file = FIXTURES.resolve(type.getSimpleName() + ".json");
        assertTrue(Files.exists(file), () -> "no JSON fixture for " + type.getSimpleName());
        return Json.readValue(Files.readAllBytes(file)).asJsonObject();
    }

    @Test
    void every_gate_type_round_trips_through_json_with_its_type_key() throws IOException {
        Class<?>[] types = Gate.class.getPermittedSubclasses();
        assertEquals(6, types.length);
        for (Class<?> type : types) {
            JsonObject source = fixture(type);
            Gate gate = Json.read(source, Gate.class);
            assertEquals(type, gate.getClass(), () -> type.getSimpleName() + " decoded as " + gate.getClass());
            assertEquals(type.getSimpleName(), gate.type());
            JsonObject written = GateCodec.toJson(gate);
            assertEquals(type.getSimpleName(), written.getString("type"));
            for (String key : source.keySet()) {
                if (DROPPED.contains(key) || key.equals("names") && source.getJsonArray("names").isEmpty()
                        || key.equals("yChannel") && gate.yChannel() == null) {
                    continue;
                }
                assertTrue(written.containsKey(key), () -> type.getSimpleName() + " lost " + key + ": " + written);
                assertJsonEquals(source.get(key), written.get(key), type.getSimpleName() + "." + key);
            }
            assertEquals(gate, Json.read(written, Gate.class), "reads back equal");
            assertEquals(gate, Json.read(Json.writeEntity(gate).getBytes(StandardCharsets.UTF_8), Gate.class),
                    "via JSON-B too");
            assertTrue(written.getJsonObject("model").containsKey("locked"));
        }
    }

    @Test
    void one_dimensional_gates_write_a_null_y_channel_and_ignore_a_stored_one() throws IOException {
        RangeGate range = (RangeGate) Json.read(fixture(RangeGate.class), Gate.class);
        assertNull(range.yChannel(), "the old fixture's yChannel is ignored for a 1-D gate");
        assertEquals(JsonValue.NULL, GateCodec.toJson(range).get("yChannel"));
        SplitGate split = (SplitGate) Json.read(fixture(SplitGate.class), Gate.class);
        assertEquals(JsonValue.NULL, GateCodec.toJson(split).get("yChannel"));
        assertEquals(List.of("592640a5a6a1d6256ec9b094", "592640a5a6a1d6256ec9b095"), split.gids());
        assertEquals(split.gids(), split.populationGids());
        assertEquals(new Split(160000, 0.5), split.split());
    }

    @Test
    void typed_accessors_read_the_reference_examples() throws IOException {
        RectangleGate rect = (RectangleGate) Json.read(fixture(RectangleGate.class), Gate.class);
        assertEquals("592640aa298f1480900e10e4", rect.id());
        assertEquals("592640a5a6a1d6256ec9b08a", rect.gid());
        assertEquals("my gate", rect.name());
        assertEquals("FSC-W", rect.yChannel());
        assertEquals(118010.39175257733, rect.rectangle().x1());
        assertEquals(new Point(150440.453608247, 202688.886597938), rect.label());
        assertNull(rect.fcsFileId(), "an older response without fcsFileId");
        assertEquals(0, rect.version());
        PolygonGate poly = (PolygonGate) Json.read(fixture(PolygonGate.class), Gate.class);
        assertTrue(poly.locked(), "model.locked");
        assertTrue(poly.tailoredPerFile());
        assertEquals("5d64abe2ca9df61349ed8e81", poly.fcsFileId());
        assertEquals(new Point(4.68957, 2.90929), poly.vertices().get(0));
        EllipseGate ell = (EllipseGate) Json.read(fixture(EllipseGate.class), Gate.class);
        assertEquals(166.5, ell.ellipse().major());
        assertEquals(0.5, ell.ellipse().angle());
        QuadrantGate quad = (QuadrantGate) Json.read(fixture(QuadrantGate.class), Gate.class);
        assertEquals(List.of(Math.PI / 2, Math.PI, 3 * Math.PI / 2, 0.0), quad.quadrant().angles(),
                "the order sent is kept");
        assertEquals(new Point(-1e38, 1e38), quad.labels().get(1));
        assertEquals("quad (LR)", quad.names().get(3));
    }

    @Test
    void gates_convert_to_the_analysis_form() throws IOException {
        QuadrantGate quad = (QuadrantGate) Json.read(fixture(QuadrantGate.class), Gate.class);
        cellengine.analysis.gate.GateDefinition def = quad.toAnalysis();
        assertEquals(quad.gids(), def.sectorGids());
        assertEquals(0, def.geometry().sectorOf(170000, 210000), "UR");
        assertEquals(2, def.geometry().sectorOf(1, 1), "LL");
        RectangleGate rect = (RectangleGate) Json.read(fixture(RectangleGate.class), Gate.class);
        assertEquals(0, rect.toAnalysis().geometry().sectorOf(150000, 200000));
        assertEquals(-1, rect.toAnalysis().geometry().sectorOf(1, 1));
    }

    @Test
    void integral_numbers_are_written_without_a_fraction() {
        SimpleGateBuilder b = Gates.rectangle("FSC-A", "SSC-A", "test gate", 10, 100000, 10, 100000);
        JsonObject json = GateCodec.toJson(b.gid("5d64abe2ca9df61349ed8e90").build().gate());
        assertEquals("{\"x1\":10,\"x2\":100000,\"y1\":10,\"y2\":100000}",
                json.getJsonObject("model").getJsonObject("rectangle").toString());
        assertEquals("[50005,50005]", json.getJsonObject("model").getJsonArray("label").toString());
    }

    @Test
    void an_unknown_type_or_missing_geometry_is_named() {
        MalformedJsonException e = assertThrows(MalformedJsonException.class, () -> Json.read(
                "{\"type\":\"HexagonGate\",\"gid\":\"g\",\"xChannel\":\"A\",\"model\":{}}"
                        .getBytes(StandardCharsets.UTF_8), Gate.class));
        assertTrue(e.getMessage().contains("'HexagonGate' is not a valid gate type"), e.getMessage());
        MalformedJsonException missing = assertThrows(MalformedJsonException.class, () -> Json.read(
                "{\"type\":\"RectangleGate\",\"gid\":\"g\",\"xChannel\":\"A\",\"yChannel\":\"B\",\"model\":{}}"
                        .getBytes(StandardCharsets.UTF_8), Gate.class));
        assertTrue(missing.getMessage().contains("model.rectangle"), missing.getMessage());
        MalformedJsonException noY = assertThrows(MalformedJsonException.class, () -> Json.read(
                ("{\"type\":\"EllipseGate\",\"gid\":\"g\",\"xChannel\":\"A\",\"model\":{\"ellipse\":"
                        + "{\"center\":[1,2],\"angle\":0,\"major\":2,\"minor\":1}}}")
                        .getBytes(StandardCharsets.UTF_8), Gate.class));
        assertTrue(noY.getMessage().contains("yChannel"), noY.getMessage());
    }

    private static void assertJsonEquals(JsonValue expected, JsonValue actual, String where) {
        if (expected instanceof jakarta.json.JsonNumber && actual instanceof jakarta.json.JsonNumber) {
            assertEquals(((jakarta.json.JsonNumber) expected).doubleValue(),
                    ((jakarta.json.JsonNumber) actual).doubleValue(), where);
        } else if (expected instanceof JsonObject && actual instanceof JsonObject) {
            assertEquals(((JsonObject) expected).keySet(), ((JsonObject) actual).keySet(), where);
            for (String key : ((JsonObject) expected).keySet()) {
                assertJsonEquals(((JsonObject) expected).get(key), ((JsonObject) actual).get(key), where + "." + key);
            }
        } else if (expected instanceof jakarta.json.JsonArray && actual instanceof jakarta.json.JsonArray) {
            assertEquals(((jakarta.json.JsonArray) expected).size(), ((jakarta.json.JsonArray) actual).size(), where);
            for (int i = 0; i < ((jakarta.json.JsonArray) expected).size(); i++) {
                assertJsonEquals(((jakarta.json.JsonArray) expected).get(i), ((jakarta.json.JsonArray) actual).get(i),
                        where + "[" + i + "]");
            }
        } else {
            assertEquals(expected, actual, where);
        }
    }
}
