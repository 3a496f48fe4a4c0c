package cellengine.api.param;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.api.ObjectIds;
import cellengine.api.internal.json.GateCodec;
import cellengine.api.model.ChannelScale;
import cellengine.api.model.Ellipse;
import cellengine.api.model.EllipseGate;
import cellengine.api.model.Point;
import cellengine.api.model.PolygonGate;
import cellengine.api.model.Quadrant;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.Range;
import cellengine.api.model.RangeGate;
import cellengine.api.model.RectangleGate;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.Split;
import cellengine.api.model.SplitGate;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The typed builders' defaults (docs/wire.md#gate-builders). */
class GateBuildersTest {

    private static final String HEX24 = "[0-9a-f]{24}";
    private static final String FID = "5d64abe2ca9df61349ed8e81";
    private static final String PID = "5d64abe2ca9df61349ed8e86";
    private static final ScaleSet SCALES = new ScaleSet("5d64abe2ca9df61349ed8e85", "e", "Scale Set 1", List.of(
            new ChannelScale("FSC-A", new LinearScale(1, 262144)),
            new ChannelScale("SSC-A", new LinearScale(1, 262144)),
            new ChannelScale("SSC-W", new LogScale(1, 80000)),
            new ChannelScale("CD4", new ArcSinhScale(-200, 262144, 150))), null, null);

    @Test
    void generated_ids_have_the_object_id_layout_and_are_distinct() {
        Set<String> seen = new HashSet<>();
        long now = System.currentTimeMillis() / 1000;
        for (int i = 0; i < 1000; i++) {
            String gid = ObjectIds.generate();
            assertTrue(gid.matches(HEX24), gid);
            assertTrue(seen.add(gid), "repeated " + gid);
            long seconds = ObjectIds.timestamp(gid).getEpochSecond();
            assertTrue(Math.abs(seconds - now) <= 5, "timestamp bytes hold the time: " + seconds);
        }
        String a = ObjectIds.generate();
        String b = ObjectIds.generate();
        assertEquals(a.substring(8, 18), b.substring(8, 18), "the 5 process bytes are fixed per process");
    }

    @Test
    void rectangle_defaults_match_the_python_body() {
        GateSpec spec = Gates.rectangle("FSC-A", "SSC-A", "test gate", 10, 100000, 10, 100000).build();
        assertTrue(spec.createPopulation());
        assertNull(spec.parentPopulationId());
        RectangleGate g = (RectangleGate) spec.gate();
        assertTrue(g.gid().matches(HEX24));
        assertNull(g.id());
        assertFalse(g.locked());
        assertFalse(g.tailoredPerFile());
        assertNull(g.fcsFileId());
        assertEquals(new Point(50005, 50005), g.label());
        JsonObject json = GateCodec.toJson(g.withExperimentId("5d64abe2ca9df61349ed8e79"));
        assertEquals(List.of("experimentId", "fcsFileId", "gid", "model", "name", "tailoredPerFile", "type",
                "xChannel", "yChannel"), List.copyOf(json.keySet()), "the Python client's key order");
        assertEquals("{\"rectangle\":{\"x1\":10,\"x2\":100000,\"y1\":10,\"y2\":100000},\"label\":[50005,50005],"
                + "\"locked\":false}", json.getJsonObject("model").toString());
    }

    @Test
    void simple_gate_labels_default_to_the_reference_positions() {
        PolygonGate poly = (PolygonGate) Gates.polygon("A", "B", "p",
                List.of(new double[] {0, 0}, new double[] {4, 0}, new double[] {4, 2}, new double[] {0, 10}))
                .build().gate();
        assertEquals(new Point(2, 3), poly.label(), "the mean of the vertices, not the area centroid");
        EllipseGate ell = (EllipseGate) Gates.ellipse("A", "B", "e", 5, 6, 0.3, 4, 2).build().gate();
        assertEquals(new Point(5, 6), ell.label());
        assertEquals(new Ellipse(new Point(5, 6), 0.3, 4, 2), ell.ellipse());
        RangeGate range = (RangeGate) Gates.range("A", "r", 10, 30).build().gate();
        assertEquals(new Point(20, 0.5), range.label());
        assertEquals(new Range(10, 30, 0.5), range.range());
        assertNull(range.yChannel());
        RangeGate custom = (RangeGate) Gates.range("A", "r", 10, 30, 0.8).label(1, 2).locked(true).build().gate();
        assertEquals(new Point(1, 2), custom.label());
        assertTrue(custom.locked());
    }

    @Test
    void quadrant_defaults_names_gids_angles_and_labels_from_the_scale_set() {
        QuadrantGate q = (QuadrantGate) Gates.quadrant("FSC-A", "SSC-W", "quad", 1000, 2).labelsFrom(SCALES)
                .build().gate();
        assertEquals(List.of("quad (UR)", "quad (UL)", "quad (LL)", "quad (LR)"), q.names());
        assertEquals(4, q.gids().size());
        assertEquals(4, new HashSet<>(q.gids()).size());
        q.gids().forEach(g -> assertTrue(g.matches(HEX24), g));
        assertFalse(q.gids().contains(q.gid()));
        assertEquals(Quadrant.DEFAULT_ANGLES, q.quadrant().angles());
        assertFalse(q.skewable());
        double logLow = Math.log10(Float.MIN_NORMAL);
        assertEquals(List.of(new Point(1e38, 38), new Point(-1e38, 38), new Point(-1e38, logLow),
                new Point(1e38, logLow)), q.labels(), "linear ±1e38, log in double precision");
    }

    @Test
    void split_labels_are_minus_and_plus_1e38_at_height_1_for_a_linear_scale() {
        SplitGate s = (SplitGate) Gates.split("FSC-A", "split gate", 160000).labelsFrom(SCALES).build().gate();
        assertEquals(List.of("split gate (L)", "split gate (R)"), s.names());
        assertEquals(List.of(new Point(-1e38, 1), new Point(1e38, 1)), s.labels());
        assertEquals(new Split(160000, 0.5), s.split());
        SplitGate arcsinh = (SplitGate) Gates.split("CD4", "s", 2).labelsFrom(SCALES).build().gate();
        double far = Math.log(1e38 / 150 + Math.sqrt(Math.pow(1e38 / 150, 2) + 1));
        assertEquals(far, arcsinh.labels().get(1).x(), 1e-9, "asinh(1e38 / cofactor), finite");
        assertEquals(-far, arcsinh.labels().get(0).x(), 1e-9);
    }

    @Test
    void compound_gates_without_labels_ask_for_the_scale_set_and_can_take_them_explicitly() {
        GateSpec pending = Gates.quadrant("FSC-A", "SSC-A", "q", 1, 2).build();
        assertTrue(pending.needsLabels());
        GateSpec filled = pending.toBuilder().labelsFrom(SCALES).build();
        assertFalse(filled.needsLabels());
        assertEquals(pending.gate().gid(), filled.gate().gid(), "the same gate, labelled");
        List<Point> mine = List.of(new Point(1, 1), new Point(2, 2));
        GateSpec explicit = Gates.split("FSC-A", "s", 3).labels(mine).lineHeight(0.7).build();
        assertFalse(explicit.needsLabels());
        assertEquals(mine, ((SplitGate) explicit.gate()).labels());
        assertEquals(0.7, ((SplitGate) explicit.gate()).split().y());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gates.quadrant("Nope", "SSC-A", "q", 1, 2).labelsFrom(SCALES).build());
        assertTrue(e.getMessage().contains("'Nope'"), e.getMessage());
    }

    @Test
    void explicit_gids_angles_and_skewable_are_kept() {
        List<String> gids = List.of("5d64abe2ca9df61349ed8e91", "5d64abe2ca9df61349ed8e92",
                "5d64abe2ca9df61349ed8e93", "5d64abe2ca9df61349ed8e94");
        List<Double> angles = List.of(Math.PI / 2, Math.PI, 3 * Math.PI / 2, 0.0);
        QuadrantGate q = (QuadrantGate) Gates.quadrant("A", "B", "q", 1, 2).gid("5d64abe2ca9df61349ed8e90")
                .gids(gids).angles(angles).skewable(true).labels(List.of(Point.of(0, 0), Point.of(0, 0),
                        Point.of(0, 0), Point.of(0, 0))).build().gate();
        assertEquals("5d64abe2ca9df61349ed8e90", q.gid());
        assertEquals(gids, q.gids());
        assertEquals(angles, q.quadrant().angles(), "not dropped as the Python client does (docs/wire.md#quirk-quadrant-angles)");
        assertTrue(q.skewable());
        assertThrows(IllegalArgumentException.class, () -> Gates.quadrant("A", "B", "q", 1, 2).gids(gids.subList(0, 2)));
        assertThrows(IllegalStateException.class, () -> Gates.split("A", "s", 1).angles(angles));
        assertThrows(IllegalStateException.class, () -> Gates.quadrant("A", "B", "q", 1, 2).lineHeight(0.2));
    }

    @Test
    void tailoring_sets_the_flag_and_the_file_and_a_file_specific_member_creates_no_population_by_default() {
        GateSpec global = Gates.rectangle("A", "B", "g", 1, 2, 3, 4).tailoredPerFile(true).build();
        assertTrue(global.gate().tailoredPerFile());
        assertNull(global.gate().fcsFileId());
        assertTrue(global.createPopulation());
        GateSpec member = Gates.rectangle("A", "B", "g", 1, 2, 3, 4).gid(global.gate().gid()).tailoredTo(FID)
                .build();
        assertTrue(member.gate().tailoredPerFile());
        assertEquals(FID, member.gate().fcsFileId());
        assertEquals(global.gate().gid(), member.gate().gid());
        assertFalse(member.createPopulation(), "joins a family whose populations exist");
        assertTrue(Gates.rectangle("A", "B", "g", 1, 2, 3, 4).tailoredTo(FID).createPopulation(true).build()
                .createPopulation());
        GateSpec byName = Gates.range("A", "r", 1, 2).tailoredToFile("A1.fcs").build();
        assertEquals("A1.fcs", byName.fcsFileName());
        assertNull(byName.gate().fcsFileId());
        GateSpec resolved = byName.toBuilder().tailoredTo(FID).build();
        assertEquals(FID, resolved.gate().fcsFileId());
        assertNull(resolved.fcsFileName());
        assertThrows(IllegalStateException.class,
                () -> Gates.range("A", "r", 1, 2).tailoredTo(FID).tailoredToFile("A1.fcs").build());
        assertThrows(IllegalStateException.class,
                () -> Gates.range("A", "r", 1, 2).tailoredTo(FID).tailoredPerFile(false).build());
        assertThrows(IllegalArgumentException.class, () -> Gates.range("A", "r", 1, 2).tailoredTo("A1.fcs"));
    }

    @Test
    void the_parent_population_is_given_by_id_or_by_name() {
        GateSpec byId = Gates.rectangle("A", "B", "g", 1, 2, 3, 4).parentPopulation(PID).createPopulation(false)
                .build();
        assertEquals(PID, byId.parentPopulationId());
        assertFalse(byId.createPopulation());
        GateSpec byName = Gates.rectangle("A", "B", "g", 1, 2, 3, 4).parentPopulationByName("lymphs").build();
        assertEquals("lymphs", byName.parentPopulationName());
        GateSpec resolved = byName.toBuilder().parentPopulation(PID).build();
        assertEquals(PID, resolved.parentPopulationId());
        assertNull(resolved.parentPopulationName());
        assertThrows(IllegalArgumentException.class, () -> Gates.rectangle("A", "B", "g", 1, 2, 3, 4)
                .parentPopulation("lymphs"));
    }

    @Test
    void bad_geometry_is_refused_naming_the_value() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Gates.rectangle("A", "B", "g", Double.NaN, 2, 3, 4));
        assertTrue(nan.getMessage().contains("rectangle x1"), nan.getMessage());
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> Gates.polygon("A", "B", "p", List.of(new double[] {0, 0}, new double[] {1, 1})));
        assertTrue(few.getMessage().contains("at least 3"), few.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Gates.polygon("A", "B", "p",
                List.of(new double[] {0, 0}, new double[] {1}, new double[] {1, 1})));
        assertThrows(IllegalArgumentException.class, () -> Gates.ellipse("A", "B", "e", 0, 0, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Gates.rectangle("A", "B", " ", 1, 2, 3, 4));
        assertThrows(NullPointerException.class, () -> Gates.rectangle("A", null, "g", 1, 2, 3, 4));
    }

    @Test
    void each_build_makes_a_new_gid_unless_one_is_given() {
        SimpleGateBuilder b = Gates.rectangle("A", "B", "g", 1, 2, 3, 4);
        assertNotEquals(b.build().gate().gid(), b.build().gate().gid());
    }

    private static double asinh(double x) {
        return Math.log(x + Math.sqrt(x * x + 1));
    }

    @Test
    void raw_units_go_through_each_channels_scale_and_the_default_label_follows() {
        RectangleGate g = (RectangleGate) Gates.rectangle("FSC-A", "CD4", "raw", 5000, 90000, 1000, 50000)
                .inRawUnits(SCALES).build().gate();
        assertEquals(5000, g.rectangle().x1(), 0, "a linear channel keeps its raw values");
        assertEquals(90000, g.rectangle().x2(), 0);
        assertEquals(asinh(1000 / 150.0), g.rectangle().y1(), 1e-12, "arcsinh(raw / cofactor)");
        assertEquals(asinh(50000 / 150.0), g.rectangle().y2(), 1e-12);
        assertEquals(new Point(47500, (g.rectangle().y1() + g.rectangle().y2()) / 2), g.label(),
                "the default label is the centre in scaled space");
        RectangleGate scaled = (RectangleGate) Gates.rectangle("FSC-A", "CD4", "scaled", 5000, 90000, 1000, 50000)
                .build().gate();
        assertEquals(1000, scaled.rectangle().y1(), 0, "without inRawUnits the numbers are scaled values");
    }

    @Test
    void raw_units_are_not_clamped_to_the_scales_range() {
        RangeGate below = (RangeGate) Gates.range("CD4", "wide", -1000, 1e6).inRawUnits(SCALES).build().gate();
        assertEquals(asinh(-1000 / 150.0), below.range().x1(), 1e-12, "below the minimum (-200), unclamped");
        assertEquals(asinh(1e6 / 150.0), below.range().x2(), 1e-12, "above the maximum (262144), unclamped");
        assertEquals(0.5, below.range().y(), 0, "the bar height is a display fraction, never converted");
        RectangleGate log = (RectangleGate) Gates.rectangle("FSC-A", "SSC-W", "log", 1, 2, -5, 1000)
                .inRawUnits(SCALES).build().gate();
        assertEquals(Math.log10(Float.MIN_NORMAL), log.rectangle().y1(), 1e-12,
                "a log scale takes values at or below FLT_MIN to log10(FLT_MIN)");
        assertEquals(3, log.rectangle().y2(), 1e-12);
    }

    @Test
    void raw_units_convert_polygon_vertices_quadrant_centres_and_split_positions() {
        PolygonGate p = (PolygonGate) Gates.polygon("FSC-A", "CD4", "poly", List.of(new double[] {10, 150},
                new double[] {20, 1500}, new double[] {30, 15000})).inRawUnits(SCALES).build().gate();
        assertEquals(List.of(new Point(10, asinh(1)), new Point(20, asinh(10)), new Point(30, asinh(100))),
                p.vertices());
        assertEquals(new Point(20, (asinh(1) + asinh(10) + asinh(100)) / 3), p.label());
        QuadrantGate q = (QuadrantGate) Gates.quadrant("FSC-A", "CD4", "T", 5000, 1500).inRawUnits(SCALES)
                .labelsFrom(SCALES).build().gate();
        assertEquals(new Quadrant(5000, asinh(10), Quadrant.DEFAULT_ANGLES), q.quadrant());
        SplitGate split = (SplitGate) Gates.split("CD4", "B", 150).inRawUnits(SCALES).labelsFrom(SCALES).build()
                .gate();
        assertEquals(new Split(asinh(1), 0.5), split.split());
        RectangleGate labelled = (RectangleGate) Gates.rectangle("FSC-A", "CD4", "l", 1, 2, 150, 1500).label(7, 8)
                .inRawUnits(SCALES).build().gate();
        assertEquals(new Point(7, 8), labelled.label(), "a label given explicitly is in scaled space already");
    }

    @Test
    void raw_units_refuse_an_ellipse_and_a_channel_without_a_scale() {
        IllegalStateException ellipse = assertThrows(IllegalStateException.class,
                () -> Gates.ellipse("FSC-A", "CD4", "e", 1, 1, 0, 2, 1).inRawUnits(SCALES));
        assertTrue(ellipse.getMessage().contains("an EllipseGate cannot be given in raw units"),
                ellipse.getMessage());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> Gates.rectangle("FSC-A", "CD8", "r", 1, 2, 3, 4).inRawUnits(SCALES));
        assertEquals("the RectangleGate on channel 'CD8' needs its scale to convert raw coordinates, but the "
                + "experiment's scale set has no scale for it (it has [FSC-A, SSC-A, SSC-W, CD4])",
                missing.getMessage());
    }
}
