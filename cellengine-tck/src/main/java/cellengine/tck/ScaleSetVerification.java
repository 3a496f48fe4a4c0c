package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LogScale;
import cellengine.api.BadRequestException;
import cellengine.api.model.ChannelScale;
import cellengine.api.model.ScaleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rules for the experiment's scale set (docs/wire.md#scale-sets, docs/wire.md#scale-set-fields;
 * docs/semantics.md#scales).
 */
@RuleGroup(reference = "docs/wire.md#scale-sets, docs/wire.md#scale-set-fields; docs/semantics.md#scales",
        check = "the single scale set, the `{\"scaleSet\": …}` wrapper and the Scale `type` discriminator")
abstract class ScaleSetVerification extends ExperimentScopedSupport {

    @Rule(id = "SCALESET-GET-1",
            statement = "getScaleset returns the experiment's one scale set, with a scale per uploaded channel")
    void one_set() {
        upload(TckData.generate("a.fcs", 10, 1));
        ScaleSet set = client().getScaleset(eid());
        assertNotNull(set.id(), "id");
        assertEquals(eid(), set.experimentId(), "experimentId");
        for (String channel : TckData.CHANNELS) {
            assertTrue(set.findScale(channel).isPresent(), () -> "no scale for " + channel + " in " + set.scales());
        }
    }

    @Rule(id = "SCALESET-UPDATE-1",
            statement = "updateScaleset replaces the scales and returns the unwrapped scale set")
    void replaces() {
        upload(TckData.generate("a.fcs", 10, 1));
        ScaleSet set = client().getScaleset(eid());
        List<ChannelScale> scales = new ArrayList<>();
        for (ChannelScale cs : set.scales()) {
            scales.add(cs.channelName().equals("PE-A") ? new ChannelScale("PE-A", new LogScale(1, 100000)) : cs);
        }
        ScaleSet updated = client().updateScaleset(eid(), set.id(), scales);
        assertEquals(set.id(), updated.id(), "same scale set");
        var pe = updated.scaleFor("PE-A");
        assertTrue(pe instanceof LogScale, () -> "PE-A after update: " + pe);
        assertEquals(100000, pe.maximum(), 0, "PE-A maximum");
        assertTrue(client().getScaleset(eid()).scaleFor("PE-A") instanceof LogScale, "after GET");
    }

    @Rule(id = "SCALESET-UPDATE-2", statement = "a scale of an unknown type answers 400")
    void unknown_type_rejected() {
        upload(TckData.generate("a.fcs", 10, 1));
        ScaleSet set = client().getScaleset(eid());
        assertThrows(BadRequestException.class, () -> client().patch(
                "/experiments/" + eid() + "/scalesets/" + set.id(),
                Map.of("scales", List.of(Map.of("channelName", "FSC-A",
                        "scale", Map.of("type", "LogicleScale", "minimum", 0, "maximum", 10))))));
    }

    @Rule(id = "SCALESET-APPLY-1", statement = "a scale set applies locally as the Python client does: the scale "
            + "function alone by default, clamped to [minimum, maximum] first when asked")
    void local() throws java.io.IOException {
        TckData data = TckData.generate("a.fcs", 20, 1);
        upload(data);
        ScaleSet set = client().getScaleset(eid());
        cellengine.analysis.stats.EventTable scaled = set.apply(cellengine.analysis.fcs.FcsReader.read(
                new java.io.ByteArrayInputStream(data.bytes())));
        ArcSinhScale fitc = (ArcSinhScale) set.scaleFor("FITC-A");
        for (int e = 0; e < data.eventCount(); e++) {
            double x = data.column("FITC-A")[e] / fitc.cofactor();
            assertEquals(Math.log(x + Math.sqrt(x * x + 1)), scaled.column("FITC-A")[e], 1e-9,
                    "asinh-scaled FITC-A of event " + e);
            assertEquals(data.column("FSC-A")[e], scaled.column("FSC-A")[e], 0, "linear FSC-A of event " + e);
        }
        double[] outside = {fitc.minimum() - 5000, fitc.maximum() * 4};
        cellengine.analysis.stats.EventTable table = cellengine.analysis.stats.EventTable.of(List.of("FITC-A"),
                new double[][] {outside}, 2);
        double[] bounds = {fitc.minimum(), fitc.maximum()};
        for (int e = 0; e < 2; e++) {
            double x = outside[e] / fitc.cofactor();
            assertEquals(Math.log(Math.abs(x) + Math.sqrt(x * x + 1)) * Math.signum(x),
                    set.apply(table).column("FITC-A")[e], 1e-9, "not clamped by default: " + outside[e]);
            double c = bounds[e] / fitc.cofactor();
            assertEquals(Math.log(Math.abs(c) + Math.sqrt(c * c + 1)) * Math.signum(c),
                    set.apply(table, true).column("FITC-A")[e], 1e-9, "clamped when asked: " + outside[e]);
        }
    }
}
