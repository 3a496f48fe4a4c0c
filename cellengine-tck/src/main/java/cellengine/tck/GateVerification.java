package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.BadRequestException;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.model.Gate;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.RectangleGate;
import cellengine.api.model.SplitGate;
import cellengine.api.param.Gates;
import java.util.List;
import java.util.Map;

/**
 * Rules for gates of all six types, their auto-created populations, families and tailoring (docs/wire.md#gates,
 * docs/wire.md#gate-fields, docs/wire.md#gate-builders, docs/wire.md#auto-created-populations,
 * docs/wire.md#tailoring-workflow; docs/semantics.md#gate-geometry, docs/semantics.md#d8-tailoring,
 * docs/semantics.md#auto-created-populations), and for the higher-level experiment view over them. Counts are checked
 * against {@link GatingFixtures}.
 */
abstract class GateVerification extends GatingSupport {

    @Rule(id = "GATE-RECT-1", statement = "a rectangle gate is closed on its edges and creates its population")
    void closed_and_population() {
        uploadGrid();
        GateCreated created = createRectangle("rect", null);
        Gate gate = created.gate();
        assertTrue(gate instanceof RectangleGate, () -> "type " + gate);
        assertEquals("RectangleGate", gate.type(), "type");
        assertTrue(gate.gid().matches("[0-9a-f]{24}"), () -> "client-generated gid " + gate.gid());
        Population pop = created.populations().get(0);
        assertEquals("rect", pop.name(), "the population takes the gate's name");
        assertNull(pop.parentId(), "parent Ungated");
        assertEquals(members(e -> GatingFixtures.inRectangle(x(e), y(e))).length, eventCount(pop),
                "events in [10000, 100000]², edges included");
    }

    @Rule(id = "GATE-POLY-1",
            statement = "a polygon gate uses the even–odd rule and counts events on an edge as inside")
    void even_odd_edges_inside() {
        uploadGrid();
        GateCreated created = client().postGate(eid(),
                Gates.polygon("FSC-A", "SSC-A", "tri", GatingFixtures.POLYGON).build());
        assertEquals("PolygonGate", created.gate().type(), "type");
        assertEquals(members(e -> GatingFixtures.inPolygon(x(e), y(e))).length,
                eventCount(created.populations().get(0)), "events in the triangle");
    }

    @Rule(id = "GATE-ELLIPSE-1", statement = "an ellipse gate takes full axis lengths and includes its boundary")
    void full_axes() {
        uploadGrid();
        double[] el = GatingFixtures.ELLIPSE;
        GateCreated created = client().postGate(eid(),
                Gates.ellipse("FSC-A", "SSC-A", "oval", el[0], el[1], el[2], el[3], el[4]).build());
        assertEquals("EllipseGate", created.gate().type(), "type");
        assertEquals(members(e -> GatingFixtures.inEllipse(x(e), y(e))).length,
                eventCount(created.populations().get(0)), "events in the ellipse");
    }

    @Rule(id = "GATE-RANGE-1", statement = "a range gate is a closed interval on one channel and has no yChannel")
    void closed_interval() {
        uploadGrid();
        GateCreated created = client().postGate(eid(), Gates.range("FSC-A", "band", GatingFixtures.RANGE[0],
                GatingFixtures.RANGE[1]).build());
        assertNull(created.gate().yChannel(), "yChannel of a 1-D gate");
        assertEquals(members(e -> GatingFixtures.inRange(x(e))).length, eventCount(created.populations().get(0)),
                "events in [30000, 100000]");
    }

    @Rule(id = "GATE-SPLIT-1",
            statement = "a split gate makes L and R populations: x < position is L, x ≥ position is R")
    void split_sectors() {
        uploadGrid();
        GateCreated created = client().postGate(eid(), Gates.split("FSC-A", "cut", GatingFixtures.SPLIT).build());
        SplitGate gate = (SplitGate) created.gate();
        assertEquals(List.of("cut (L)", "cut (R)"), gate.names(), "sector names");
        assertEquals(2, gate.gids().size(), "sector gids");
        List<Population> pops = created.populations();
        assertEquals(List.of("cut (L)", "cut (R)"), pops.stream().map(Population::name).toList(), "populations");
        for (int sector = 0; sector < 2; sector++) {
            int s = sector;
            assertEquals(members(e -> GatingFixtures.splitSector(x(e)) == s).length, eventCount(pops.get(s)),
                    "events in sector " + pops.get(s).name());
            assertEquals(gate.gids().get(s), pops.get(s).terminalGateGid(), "terminalGateGid is the sector gid");
        }
    }

    @Rule(id = "GATE-QUAD-1", statement = "a quadrant gate makes UR, UL, LL, LR populations with the D7 tie rules")
    void quad_sectors() {
        uploadGrid();
        double[] q = GatingFixtures.QUADRANT;
        GateCreated created = client().postGate(eid(), Gates.quadrant("FSC-A", "SSC-A", "quad", q[0], q[1]).build());
        QuadrantGate gate = (QuadrantGate) created.gate();
        assertEquals(List.of("quad (UR)", "quad (UL)", "quad (LL)", "quad (LR)"), gate.names(), "sector names");
        List<Population> pops = created.populations();
        assertEquals(4, pops.size(), "four populations");
        for (int sector = 0; sector < 4; sector++) {
            int s = sector;
            assertEquals(members(e -> GatingFixtures.quadrantSector(x(e), y(e)) == s).length,
                    eventCount(pops.get(s)), "events in " + pops.get(s).name());
        }
    }

    @Rule(id = "GATE-PARENT-1", statement = "a gate created under a parent population intersects with it")
    void nested() {
        uploadGrid();
        Population rect = createRectangle("rect", null).populations().get(0);
        GateCreated split = client().postGate(eid(), Gates.split("FSC-A", "half", GatingFixtures.SPLIT)
                .parentPopulation(rect.id()).build());
        Population right = split.populations().get(1);
        assertEquals(rect.id(), right.parentId(), "parentId");
        assertEquals(members(e -> GatingFixtures.inRectangle(x(e), y(e)) && GatingFixtures.splitSector(x(e)) == 1)
                .length, eventCount(right), "events in rect ∩ R");
    }

    @Rule(id = "GATE-BULK-1", statement = "postGates creates several gates in one call, without populations")
    void no_populations() {
        double[] r = GatingFixtures.RECTANGLE;
        List<Gate> gates = client().postGates(eid(), List.of(
                Gates.rectangle("FSC-A", "SSC-A", "a", r[0], r[1], r[2], r[3]).build(),
                Gates.range("FSC-A", "b", 1, 2).build()));
        assertEquals(2, gates.size(), "gates created");
        assertEquals(2, client().getGates(eid()).size(), "gates listed");
        assertTrue(client().getPopulations(eid()).isEmpty(), "bulk creation makes no populations");
    }

    @Rule(id = "GATE-BAD-1", statement = "a polygon with fewer than three vertices answers 400")
    void degenerate_polygon() {
        assertThrows(BadRequestException.class, () -> client().post("/experiments/" + eid() + "/gates",
                Map.of("type", "PolygonGate", "gid", "5f0000000000000000000001", "name", "bad", "xChannel", "FSC-A",
                        "yChannel", "SSC-A", "tailoredPerFile", false,
                        "model", Map.of("locked", false, "label", List.of(1, 1),
                                "polygon", Map.of("vertices", List.of(List.of(1, 1), List.of(2, 2)))))));
    }

    @Rule(id = "GATE-GET-1", statement = "getGates and getGate return stored gates; an unknown gate id answers 404")
    void list_and_by_id() {
        Gate gate = createRectangle("rect", null).gate();
        assertEquals(List.of(gate.id()), client().getGates(eid()).stream().map(Gate::id).toList(), "listed");
        Gate got = client().getGate(eid(), gate.id());
        assertEquals(gate.gid(), got.gid(), "gid");
        assertEquals(((RectangleGate) gate).rectangle(), ((RectangleGate) got).rectangle(), "geometry round trip");
        assertThrows(NotFoundException.class, () -> client().getGate(eid(), UNKNOWN_ID), "unknown id");
    }

    @Rule(id = "GATE-PAGED-1",
            statement = "getGatesPaged and getPopulationsPaged list what the plain lists do, a page at a time",
            reference = "docs/wire.md#list-queries, docs/wire.md#gates, docs/wire.md#populations", check = "limit and skip on the gate and population lists")
    void pages() {
        for (int i = 0; i < 3; i++) {
            createRectangle("rect" + i, null);
        }
        cellengine.api.param.ListOptions all = cellengine.api.param.ListOptions.none();
        List<String> gates = client().getGatesPaged(eid(), all, 2).stream().map(Gate::id).toList();
        assertEquals(3, gates.size(), () -> "each gate once: " + gates);
        assertEquals(java.util.Set.copyOf(gates), client().getGates(eid()).stream().map(Gate::id)
                .collect(java.util.stream.Collectors.toSet()), "the same gates");
        List<String> populations = client().getPopulationsPaged(eid(), all, 2).stream().map(Population::id).toList();
        assertEquals(java.util.Set.copyOf(populations), client().getPopulations(eid()).stream().map(Population::id)
                .collect(java.util.stream.Collectors.toSet()), "the same populations");
        assertEquals(3, populations.size(), "one population per gate, each once");
    }

    @Rule(id = "GATE-DELETE-1", statement = "deleteGate removes one gate and leaves its populations")
    void by_id() {
        GateCreated created = createRectangle("rect", null);
        client().deleteGate(eid(), created.gate().id());
        assertTrue(client().getGates(eid()).isEmpty(), "no gates left");
        assertEquals(1, client().getPopulations(eid()).size(), "the population stays (no cascade)");
    }

    @Rule(id = "GATE-DELETE-2",
            statement = "deleteGateFamily removes every member of a gid; deleteGates removes a list of ids")
    void family_and_list() {
        Gate a = createRectangle("a", null).gate();
        Gate b = createRectangle("b", null).gate();
        Gate c = createRectangle("c", null).gate();
        client().deleteGateFamily(eid(), a.gid());
        assertEquals(java.util.Set.of(b.id(), c.id()), client().getGates(eid()).stream().map(Gate::id)
                .collect(java.util.stream.Collectors.toSet()), "a's family is gone, b and c stay");
        client().deleteGates(eid(), List.of(b.id(), c.id()));
        assertTrue(client().getGates(eid()).isEmpty(), "all gone");
    }

    @Rule(id = "GATE-DELETE-3", statement = "deleteGateFamily with exclude keeps the excluded member of the family")
    void family_exclude() {
        uploadGrid();
        Gate global = createRectangle("rect", null).gate();
        Gate member = client().postGate(eid(), Gates.rectangle("FSC-A", "SSC-A", "rect", 1, 2, 1, 2)
                .gid(global.gid()).tailoredTo(gridFile.id()).build()).gate();
        client().deleteGateFamily(eid(), global.gid(), member.id());
        assertEquals(List.of(member.id()), client().getGates(eid()).stream().map(Gate::id).toList(),
                "only the excluded member is left");
    }

    @Rule(id = "GATE-FAMILY-1", statement = "updateGateFamily renames every member and reports nModified")
    void rename() {
        Gate gate = createRectangle("rect", null).gate();
        int modified = client().updateGateFamily(eid(), gate.gid(), Map.of("name", "renamed"));
        assertEquals(1, modified, "nModified");
        assertEquals("renamed", ((RectangleGate) client().getGate(eid(), gate.id())).name(), "name after update");
    }

    @Rule(id = "GATE-TAILOR-1",
            statement = "a file-specific gate gates its file; applyTailoring copies it to files (inserted) and the global"
                    + " gate removes it (deleted)")
    void per_file_gate() {
        uploadGrid();
        TckData gridA = grid;
        var fileA = gridFile;
        TckData gridB = TckData.grid("other.fcs", 18);
        var fileB = upload(gridB);
        GateCreated created = createRectangle("rect", null);
        RectangleGate global = (RectangleGate) created.gate();
        Population pop = created.populations().get(0);
        Gate member = client().postGate(eid(), Gates.rectangle("FSC-A", "SSC-A", "rect", 10000, 50000, 10000, 100000)
                .gid(global.gid()).tailoredTo(fileA.id()).build()).gate();
        assertEquals(fileA.id(), member.fcsFileId(), "the member belongs to file A");
        int narrow = members(e -> x(e) >= 10000 && x(e) <= 50000 && y(e) >= 10000 && y(e) <= 100000).length;
        int wide = members(e -> GatingFixtures.inRectangle(x(e), y(e))).length;
        assertEquals(narrow, eventCount(pop), "file A is gated with its own member");
        grid = gridB;
        gridFile = fileB;
        assertEquals(wide, eventCount(pop), "file B falls back to the global gate");

        var inserted = client().applyTailoring(eid(), member, List.of(fileB.id()));
        assertEquals(List.of(fileB.id()), inserted.inserted().stream().map(t -> t.fcsFileId()).toList(),
                () -> "applying A's member to B inserts one for B: " + inserted);
        assertEquals(narrow, eventCount(pop), "file B now uses the copied geometry");

        var deleted = client().applyTailoring(eid(), global, List.of(fileA.id()));
        assertEquals(1, deleted.deleted().size(), () -> "applying the global gate to A deletes A's member: " + deleted);
        grid = gridA;
        gridFile = fileA;
        assertEquals(wide, eventCount(pop), "file A is back on the global gate");
    }

    @Rule(id = "GATE-UPDATE-1", statement = "updateGate changes one gate's geometry, and its population follows")
    void partial_patch() {
        uploadGrid();
        GateCreated created = createRectangle("rect", null);
        Gate updated = client().updateGate(eid(), created.gate().id(), Map.of("name", "narrow", "model",
                Map.of("locked", false, "label", List.of(30000, 55000),
                        "rectangle", Map.of("x1", 10000, "x2", 50000, "y1", 10000, "y2", 100000))));
        assertEquals("narrow", ((RectangleGate) updated).name(), "name in the PATCH response");
        assertEquals(members(e -> x(e) >= 10000 && x(e) <= 50000 && y(e) >= 10000 && y(e) <= 100000).length,
                eventCount(created.populations().get(0)), "the population is gated with the new rectangle");
    }

    @Rule(id = "GATE-RESET-1", statement = "resetGates deletes every gate and population of the experiment")
    void clears() {
        createRectangle("rect", null);
        client().resetGates(eid());
        assertTrue(client().getGates(eid()).isEmpty(), "gates");
        assertTrue(client().getPopulations(eid()).isEmpty(), "populations");
    }

    @Rule(id = "GATE-BYNAME-1", statement = "getGateByName finds the one gate with that name, fails on zero and on "
            + "two", reference = "docs/wire.md#gates, docs/semantics.md#gate-boundaries", check = "the by-name lookup of gates (eq(name), limit=2)")
    void by_name() {
        Gate gate = createRectangle("by name", null).gate();
        assertEquals(gate.id(), client().getGateByName(eid(), "by name").id(), "one match");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getGateByName(eid(), "no such gate")).matchCount(), "zero matches");
        createRectangle("twice", null);
        createRectangle("twice", null);
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getGateByName(eid(), "twice")).matchCount(), "two matches");
    }

    @Rule(id = "VIEW-1",
            statement = "the experiment view, by name or by id, reaches files, gates, populations and statistics")
    void experiment_view_by_name_and_by_id() {
        uploadGrid();
        createRectangle("rect", null);
        var view = client().experimentByName(experiment.name());
        assertEquals(gridFile.id(), view.getFcsFileByName("grid.fcs").id(), "getFcsFileByName(name)");
        assertEquals(1, view.getGates().size(), "getGates()");
        assertEquals("rect", view.getPopulationByName("rect").name(), "getPopulationByName(name)");
        assertEquals(1, view.getPopulations().size(), "getPopulations()");
        var rows = client().experiment(eid()).getStatistics(cellengine.api.param.StatisticsRequest.builder()
                .statistics(cellengine.api.model.Statistic.EVENT_COUNT)
                .populationIds(view.getPopulationByName("rect").id()).build()).rows();
        assertEquals(members(e -> GatingFixtures.inRectangle(x(e), y(e))).length, rows.get(0).eventCount(),
                "getStatistics bound to the experiment by id");
    }
}
