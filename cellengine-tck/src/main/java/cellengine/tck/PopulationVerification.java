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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Rules for populations and their boolean expressions (cellengine-api.md §2.8, §3.9, §6.8; semantics.md §8).
 *
 * @since 0.1
 */
public abstract class PopulationVerification extends GatingSupport {

    /** Creates the rules; a subclass names the target. */
    protected PopulationVerification() {
    }

    private Population pop(String name, cellengine.analysis.population.PopulationExpression expression) {
        return client().postPopulation(eid(), PopulationCreate.of(name, expression));
    }

    /** Rule {@code POP-EXPR-1}: $and, $or, $not and $xor over gids select the events semantics.md §8.3 says. */
    @Test
    @DisplayName("POP-EXPR-1 $and, $or, $not and $xor over gids select the events semantics.md §8.3 says")
    public void required_popExpr1_operators() {
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

    /** Rule {@code POP-POST-1}: postPopulation stores name, expression string, parent and terminal gate. */
    @Test
    @DisplayName("POP-POST-1 postPopulation stores name, expression string, parent and terminal gate")
    public void required_popPost1_fields() {
        GateCreated rect = createRectangle("rect", null);
        Population parent = rect.populations().get(0);
        String gid = rect.gate().gid();
        Population child = client().postPopulation(eid(),
                new PopulationCreate("child", Expr.and(gid), parent.id(), gid));
        assertEquals("child", child.name(), "name");
        assertEquals(parent.id(), child.parentId(), "parentId");
        assertEquals(gid, child.terminalGateGid(), "terminalGateGid");
        assertTrue(child.gates().contains(gid), () -> "gates string " + child.gates());
    }

    /** Rule {@code POP-POST-2}: a gates string that is not an expression answers 400. */
    @Test
    @DisplayName("POP-POST-2 a gates string that is not an expression answers 400")
    public void required_popPost2_badExpression() {
        assertThrows(BadRequestException.class, () -> client().post("/experiments/" + eid() + "/populations",
                Map.of("name", "bad", "gates", "{\"$nand\": [1]}")));
    }

    /**
     * Rule {@code POP-GET-1}: getPopulations and getPopulation return stored populations; an unknown id answers 404.
     */
    @Test
    @DisplayName("POP-GET-1 getPopulations and getPopulation return stored populations; an unknown id answers 404")
    public void required_popGet1_listAndById() {
        Population p = createRectangle("rect", null).populations().get(0);
        assertEquals(List.of(p.id()), client().getPopulations(eid()).stream().map(Population::id).toList(), "listed");
        assertEquals(p.name(), client().getPopulation(eid(), p.id()).name(), "by id");
        assertThrows(NotFoundException.class, () -> client().getPopulation(eid(), UNKNOWN_ID), "unknown id");
    }

    /** Rule {@code POP-BYNAME-1}: getPopulationByName finds one match, fails on zero and on two. */
    @Test
    @DisplayName("POP-BYNAME-1 getPopulationByName finds one match, fails on zero and on two")
    public void required_popByName1_zeroOneTwo() {
        Population p = createRectangle("only", null).populations().get(0);
        assertEquals(p.id(), client().getPopulationByName(eid(), "only").id(), "one");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getPopulationByName(eid(), "none")).matchCount(), "zero");
        createRectangle("twice", null);
        createRectangle("twice", null);
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getPopulationByName(eid(), "twice")).matchCount(), "two");
    }

    /** Rule {@code POP-UNIQUE-1}: uniqueName prepends ancestor names with " &gt; " until names are unique. */
    @Test
    @DisplayName("POP-UNIQUE-1 uniqueName prepends ancestor names with \" > \" until names are unique")
    public void required_popUnique1_uniqueNames() {
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

    /** Rule {@code POP-UPDATE-1}: updatePopulation renames a population. */
    @Test
    @DisplayName("POP-UPDATE-1 updatePopulation renames a population")
    public void required_popUpdate1_rename() {
        Population p = createRectangle("rect", null).populations().get(0);
        Population updated = client().updatePopulation(eid(), p.id(),
                PopulationUpdate.builder().name("renamed").build());
        assertEquals("renamed", updated.name(), "name");
        assertEquals("renamed", client().getPopulation(eid(), p.id()).name(), "after GET");
    }

    /** Rule {@code POP-DELETE-1}: deletePopulation without deleteBranch reparents children to the grandparent. */
    @Test
    @DisplayName("POP-DELETE-1 deletePopulation without deleteBranch reparents children to the grandparent")
    public void required_popDelete1_reparent() {
        Population parent = createRectangle("parent", null).populations().get(0);
        GateCreated child = client().postGate(eid(), Gates.range("FSC-A", "child", 1, 2)
                .parentPopulation(parent.id()).build());
        client().deletePopulation(eid(), parent.id());
        assertThrows(NotFoundException.class, () -> client().getPopulation(eid(), parent.id()), "deleted");
        assertEquals(null, client().getPopulation(eid(), child.populations().get(0).id()).parentId(),
                "the child moved up to Ungated");
    }

    /** Rule {@code POP-DELETE-2}: deletePopulation with deleteBranch deletes descendants and their gates. */
    @Test
    @DisplayName("POP-DELETE-2 deletePopulation with deleteBranch deletes descendants and their gates")
    public void required_popDelete2_branch() {
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
