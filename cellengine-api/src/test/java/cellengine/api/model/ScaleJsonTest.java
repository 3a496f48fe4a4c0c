package cellengine.api.model;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.analysis.scale.Scale;
import cellengine.analysis.stats.EventTable;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScaleJsonTest {

    private static final Map<Class<?>, Scale> SAMPLES = Map.of(
            LinearScale.class, new LinearScale(1, 262144),
            LogScale.class, new LogScale(1, 80000),
            ArcSinhScale.class, new ArcSinhScale(-200, 262144, 150));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void every_scale_type_round_trips_through_json_with_its_type_key() {
        for (Class<?> type : Scale.class.getPermittedSubclasses()) {
            Scale sample = SAMPLES.get(type);
            assertTrue(sample != null, () -> "no sample for " + type.getSimpleName());
            String json = Json.toJsonValue(new ChannelScale("X", sample)).toString();
            assertTrue(json.contains("\"type\":\"" + type.getSimpleName() + "\""), json);
            ChannelScale back = Json.read(utf8(json), ChannelScale.class);
            assertEquals(type, back.scale().getClass(), json);
            assertEquals(sample, back.scale());
            assertEquals(sample, Json.read(utf8(Json.writeEntity(sample)), Scale.class), "via JSON-B too");
        }
    }

    @Test
    void unknown_keys_are_ignored_and_an_unknown_type_is_named() {
        Scale s = Json.read(utf8("{\"type\":\"LogScale\",\"minimum\":1,\"maximum\":10,\"extra\":true}"), Scale.class);
        assertEquals(new LogScale(1, 10), s);
        MalformedJsonException e = assertThrows(MalformedJsonException.class,
                () -> Json.read(utf8("{\"type\":\"BiexScale\",\"minimum\":1,\"maximum\":10}"), Scale.class));
        assertTrue(e.getMessage().contains("'BiexScale' is not a valid scale type"), e.getMessage());
        MalformedJsonException missing = assertThrows(MalformedJsonException.class,
                () -> Json.read(utf8("{\"type\":\"ArcSinhScale\",\"minimum\":1,\"maximum\":10}"), Scale.class));
        assertTrue(missing.getMessage().contains("cofactor"), missing.getMessage());
    }

    @Test
    void scale_set_reads_the_reference_shape_and_applies_the_live_reference_values() {
        ScaleSet set = Json.read(utf8("{\"_id\":\"5d64abe2ca9df61349ed8e85\",\"experimentId\":\"e\","
                + "\"name\":\"Scale Set 1\",\"scales\":["
                + "{\"channelName\":\"Time\",\"scale\":{\"type\":\"LinearScale\",\"minimum\":1500,\"maximum\":10000}},"
                + "{\"channelName\":\"Red670-A\",\"scale\":{\"type\":\"ArcSinhScale\",\"minimum\":-200,"
                + "\"maximum\":262144,\"cofactor\":5}},"
                + "{\"channelName\":\"SSC-W\",\"scale\":{\"type\":\"LogScale\",\"minimum\":1,\"maximum\":80000}}],"
                + "\"updated\":\"2024-10-25T18:00:00.000Z\"}"), ScaleSet.class);
        EventTable table = EventTable.of(List.of("Time", "Red670-A", "SSC-W", "Other"), new double[][] {
                {1108.4, 10923.5}, {190.4, 190.4}, {88709.07, 88709.07}, {7, 8}}, 2);
        EventTable scaled = set.apply(table, true);
        assertEquals(1500, scaled.column("Time")[0], 0);
        assertEquals(10000, scaled.column("Time")[1], 0);
        assertEquals(4.333009, scaled.column("Red670-A")[0], 1e-6);
        assertEquals(4.90309, scaled.column("SSC-W")[0], 1e-5);
        assertSame(table.column("Other"), scaled.column("Other"), "channels without a scale are shared");
        EventTable unclamped = set.apply(table);
        assertEquals(1108.4, unclamped.column("Time")[0], 0);
        assertEquals(Math.log10(88709.07), unclamped.column("SSC-W")[0], 1e-12);
    }

    @Test
    void scale_for_names_the_missing_channel_and_with_scale_replaces_in_place() {
        ScaleSet set = new ScaleSet("i", "e", "n", List.of(new ChannelScale("A", new LinearScale(0, 1)),
                new ChannelScale("B", new LinearScale(0, 2))), null, null);
        java.util.NoSuchElementException e = assertThrows(java.util.NoSuchElementException.class,
                () -> set.scaleFor("C"));
        assertTrue(e.getMessage().contains("'C'") && e.getMessage().contains("[A, B]"), e.getMessage());
        ScaleSet changed = set.withScale("A", new LogScale(1, 10)).withScale("C", new LinearScale(0, 3));
        assertEquals(List.of("A", "B", "C"), changed.channelNames());
        assertEquals(new LogScale(1, 10), changed.scaleFor("A"));
        assertEquals(3, changed.asMap().size());
    }

    @Test
    void invalid_scales_are_refused_with_the_reason() {
        assertThrows(IllegalArgumentException.class, () -> new LinearScale(10, 1));
        assertThrows(IllegalArgumentException.class, () -> new LogScale(Double.NaN, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArcSinhScale(0, 1, 0));
        assertTrue(e.getMessage().contains("cofactor"), e.getMessage());
    }
}
