package cellengine.api.model;

import cellengine.analysis.population.PopulationExpression;
import cellengine.api.internal.json.Json;
import cellengine.api.param.PopulationCreate;
import cellengine.api.param.PopulationUpdate;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Population expressions, bodies and records (docs/wire.md#population-fields, docs/wire.md#population-builder). */
class PopulationModelTest {

    @Test
    void the_expression_builder_writes_the_compact_json_the_server_stores() {
        assertEquals("{\"$and\":[\"g1\"]}", Expr.toJson(Expr.and("g1")));
        assertEquals("{\"$and\":[\"g1\",{\"$or\":[\"g2\",\"g3\"]},{\"$not\":[\"g4\"]},{\"$xor\":[\"g5\",\"g6\"]}]}",
                Expr.toJson(Expr.and("g1", Expr.or("g2", "g3"), Expr.not("g4"), Expr.xor("g5", "g6"))));
        assertEquals("{\"$or\":[{\"$and\":[\"a\",{\"$not\":[{\"$xor\":[\"b\"]}]}]}]}",
                Expr.toJson(Expr.or(Expr.and("a", Expr.not(Expr.xor("b"))))));
        assertEquals("{\"$and\":[]}", Expr.toJson(Expr.and()), "Ungated");
        assertEquals("{\"$and\":[\"a\",\"b\"]}", Expr.toJson(Expr.and(List.of("a", Expr.gid("b")))));
    }

    @Test
    void bad_operands_are_named() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expr.and("a", 7));
        assertTrue(e.getMessage().contains("$and operand 1"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Expr.or(" "));
        IllegalArgumentException parse = assertThrows(IllegalArgumentException.class,
                () -> Expr.parse("{\"$nand\":[\"a\"]}"));
        assertTrue(parse.getMessage().contains("$nand"), parse.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Expr.parse("{not json"));
    }

    @Test
    void expressions_parse_back_whatever_the_spacing() {
        PopulationExpression e = Expr.parse("{\"$and\": [\"1\", \"2\", {\"$or\": [\"3\"]}]}");
        assertEquals(Expr.and("1", "2", Expr.or("3")), e);
        assertEquals(Set.of("1", "2", "3"), e.gids());
    }

    @Test
    void the_complex_population_builder_follows_the_python_grouping() {
        PopulationCreate body = PopulationCreate.builder("p").and("1", "2").or("3").build();
        assertEquals("{\"$and\":[\"1\",\"2\",{\"$or\":[\"3\"]}]}", Expr.toJson(body.gates()));
        PopulationCreate all = PopulationCreate.builder("q").xor("x").not("n").or("o").and("a").and("b")
                .parentId("5d64abe2ca9df61349ed8e86").terminalGateGid("b").build();
        assertEquals("{\"$and\":[\"a\",\"b\",{\"$or\":[\"o\"]},{\"$not\":[\"n\"]},{\"$xor\":[\"x\"]}]}",
                Expr.toJson(all.gates()));
        assertEquals("{\"name\":\"q\",\"gates\":\"{\\\"$and\\\":[\\\"a\\\",\\\"b\\\",{\\\"$or\\\":[\\\"o\\\"]},"
                + "{\\\"$not\\\":[\\\"n\\\"]},{\\\"$xor\\\":[\\\"x\\\"]}]}\",\"parentId\":\"5d64abe2ca9df61349ed8e86\","
                + "\"terminalGateGid\":\"b\"}", all.toJson().toString());
    }

    @Test
    void a_population_create_body_keeps_key_order_and_explicit_nulls() {
        assertEquals("{\"name\":\"Pop 1\",\"gates\":\"{\\\"$and\\\":[\\\"g\\\"]}\",\"parentId\":null,"
                + "\"terminalGateGid\":null}", PopulationCreate.of("Pop 1", Expr.and("g")).toJson().toString());
        assertThrows(IllegalArgumentException.class, () -> PopulationCreate.builder("p").parentId("x"));
        assertThrows(IllegalStateException.class, () -> PopulationCreate.builder("p").gates(Expr.and("g")).and("h")
                .build());
    }

    @Test
    void a_population_reads_the_reference_shape_and_parses_its_expression() {
        Population p = Json.read(("{\"parentId\":null,\"_id\":\"62fc44da8500a029b981e350\",\"name\":\"my gate\","
                + "\"gates\":\"{\\\"$and\\\":[\\\"592640a5a6a1d6256ec9b08a\\\"]}\","
                + "\"terminalGateGid\":\"592640a5a6a1d6256ec9b08a\",\"experimentId\":\"591a3b441d725115208a6fda\","
                + "\"uniqueName\":\"my gate\",\"__v\":0,\"later\":1}").getBytes(StandardCharsets.UTF_8),
                Population.class);
        assertEquals("62fc44da8500a029b981e350", p.id());
        assertEquals(Expr.and("592640a5a6a1d6256ec9b08a"), p.expression());
        assertEquals("my gate", p.uniqueName());
        assertEquals(PopulationExpression.UNGATED, new Population(null, null, "Ungated", null, null, null, null,
                null).expression());
    }

    @Test
    void a_population_update_sends_only_the_keys_set() {
        PopulationUpdate u = PopulationUpdate.builder().name("T").parentId(null).build();
        assertEquals("{\"name\":\"T\",\"parentId\":null}", u.toJson().toString());
        assertEquals("{\"gates\":\"{\\\"$or\\\":[\\\"a\\\"]}\"}",
                PopulationUpdate.builder().gates(Expr.or("a")).build().toJson().toString());
        assertThrows(IllegalStateException.class, () -> PopulationUpdate.builder().build());
    }
}
