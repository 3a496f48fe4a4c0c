package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.BadRequestException;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.model.Expr;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.param.Gates;
import cellengine.api.param.PopulationCreate;
import cellengine.api.param.PopulationUpdate;
import java.util.List;
import java.util.Map;

/**
 * Rules for populations and their boolean expressions (docs/wire.md#populations, docs/wire.md#population-fields,
 * docs/wire.md#population-builder; docs/semantics.md#populations).
 */
abstract class PopulationVerification extends GatingSupport {

    private Population pop(String name, cellengine.analysis.population.PopulationExpression expression) {
        return client().postPopulation(eid(), PopulationCreate.of(name, expression));
    }

    @Rule(id = "POP-EXPR-1", statement = "$and, $or, $not and $xor over gids select the events docs/semantics.md#d9-expression-evaluation says")
    void operators() {
        uploadGrid();
        String rect = createRectangle("rect", null).gate().gid();
        GateCreated split = client().postGate(eid(), Gates.split("FSC-A", "cut", GatingFixtures.SPLIT)
                .createPopulation(false).build());
        String right = ((cellengine.api.model.SplitGate) split.gate()).gids().get(1);
        assertEquals(members(e -> GatingFixtures.inRectangle(x(e), y(e)) && x(e) >= GatingFixtures.SPLIT).length,
                eventCount(pop("and", Expr.and(rect, right))), "$and");
        assertEquals(members(e -> GatingFixtures.inRectangle(x(e), y(e)) || x(e) >= GatingFixtures.SPLIT).length,
                eventCount(pop("or", Expr.or(rect, right))), "$or");
        assertEquals(members(e -> !GatingFixtures.inRectangle(x(e), y(e))).length,
                eventCount(pop("not", Expr.not(rect))), "$not");
        assertEquals(members(e -> GatingFixtures.inRectangle(x(e), y(e)) ^ x(e) >= GatingFixtures.SPLIT).length,
                eventCount(pop("xor", Expr.xor(rect, right))), "$xor");
        assertEquals(members(e -> !(GatingFixtures.inRectangle(x(e), y(e)) || x(e) >= GatingFixtures.SPLIT)).length,
                eventCount(pop("not-many", Expr.not(rect, right))), "$not with several operands = NOT(OR(…))");
        assertEquals(grid.eventCount(), eventCount(pop("all", Expr.and())), "empty $and = all events");
        assertEquals(0, eventCount(pop("none", Expr.or())), "empty $or = no events");
        assertEquals(0, eventCount(pop("ghost", Expr.and("5f00000000000000000000aa"))), "an unknown gid = no events");
    }

    @Rule(id = "POP-POST-1", statement = "postPopulation stores name, expression string, parent and terminal gate")
    void fields() {
        GateCreated rect = createRectangle("rect", null);
        Population parent = rect.populations().get(0);
        String gid = rect.gate().gid();
        Population child = client().postPopulation(eid(),
                PopulationCreate.builder("child").gates(Expr.and(gid)).parentId(parent.id()).terminalGateGid(gid)
                        .build());
        assertEquals("child", child.name(), "name");
        assertEquals(parent.id(), child.parentId(), "parentId");
        assertEquals(gid, child.terminalGateGid(), "terminalGateGid");
        assertTrue(child.gates().contains(gid), () -> "gates string " + child.gates());
    }

    @Rule(id = "POP-POST-2", statement = "a gates string that is not an expression answers 400")
    void bad_expression() {
        assertThrows(BadRequestException.class, () -> client().post("/experiments/" + eid() + "/populations",
                Map.of("name", "bad", "gates", "{\"$nand\": [1]}")));
    }

    @Rule(id = "POP-GET-1",
            statement = "getPopulations and getPopulation return stored populations; an unknown id answers 404")
    void list_and_by_id() {
        Population p = createRectangle("rect", null).populations().get(0);
        assertEquals(List.of(p.id()), client().getPopulations(eid()).stream().map(Population::id).toList(), "listed");
        assertEquals(p.name(), client().getPopulation(eid(), p.id()).name(), "by id");
        assertThrows(NotFoundException.class, () -> client().getPopulation(eid(), UNKNOWN_ID), "unknown id");
    }

    @Rule(id = "POP-BYNAME-1", statement = "getPopulationByName finds one match, fails on zero and on two")
    void zero_one_two() {
        Population p = createRectangle("only", null).populations().get(0);
        assertEquals(p.id(), client().getPopulationByName(eid(), "only").id(), "one");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getPopulationByName(eid(), "none")).matchCount(), "zero");
        createRectangle("twice", null);
        createRectangle("twice", null);
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getPopulationByName(eid(), "twice")).matchCount(), "two");
    }

    @Rule(id = "POP-UNIQUE-1", statement = "uniqueName prepends ancestor names with \" > \" until names are unique")
    void unique_names() {
        Population cd4 = createRectangle("CD4", null).populations().get(0);
        Population cd8 = createRectangle("CD8", null).populations().get(0);
        Population under4 = client().postGate(eid(), Gates.range("FSC-A", "CD45RA", 1, 2)
                .parentPopulation(cd4.id()).build()).populations().get(0);
        Population under8 = client().postGate(eid(), Gates.range("FSC-A", "CD45RA", 1, 2)
                .parentPopulation(cd8.id()).build()).populations().get(0);
        assertEquals("CD4 > CD45RA", client().getPopulation(eid(), under4.id()).uniqueName(), "under CD4");
        assertEquals("CD8 > CD45RA", client().getPopulation(eid(), under8.id()).uniqueName(), "under CD8");
        assertEquals("CD4", client().getPopulation(eid(), cd4.id()).uniqueName(), "a unique name stays as is");
    }

    @Rule(id = "POP-UPDATE-1", statement = "updatePopulation renames a population")
    void rename() {
        Population p = createRectangle("rect", null).populations().get(0);
        Population updated = client().updatePopulation(eid(), p.id(),
                PopulationUpdate.builder().name("renamed").build());
        assertEquals("renamed", updated.name(), "name");
        assertEquals("renamed", client().getPopulation(eid(), p.id()).name(), "after GET");
    }

    @Rule(id = "POP-DELETE-1",
            statement = "deletePopulation without deleteBranch reparents children to the grandparent")
    void reparent() {
        Population parent = createRectangle("parent", null).populations().get(0);
        GateCreated child = client().postGate(eid(), Gates.range("FSC-A", "child", 1, 2)
                .parentPopulation(parent.id()).build());
        client().deletePopulation(eid(), parent.id());
        assertThrows(NotFoundException.class, () -> client().getPopulation(eid(), parent.id()), "deleted");
        assertEquals(null, client().getPopulation(eid(), child.populations().get(0).id()).parentId(),
                "the child moved up to Ungated");
    }

    @Rule(id = "POP-DELETE-2", statement = "deletePopulation with deleteBranch deletes descendants and their gates")
    void branch() {
        GateCreated parentGate = createRectangle("parent", null);
        Population parent = parentGate.populations().get(0);
        GateCreated child = client().postGate(eid(), Gates.range("FSC-A", "child", 1, 2)
                .parentPopulation(parent.id()).build());
        client().deletePopulation(eid(), parent.id(), true);
        assertTrue(client().getPopulations(eid()).isEmpty(), "populations of the branch are gone");
        assertTrue(client().getGates(eid()).stream().noneMatch(g -> g.id().equals(child.gate().id())),
                "the descendant's gate is gone");
    }
}
