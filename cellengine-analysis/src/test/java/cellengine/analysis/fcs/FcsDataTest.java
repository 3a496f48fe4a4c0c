package cellengine.analysis.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class FcsDataTest {

    private static FcsData sample(int events) throws IOException {
        double[] a = new double[events];
        double[] b = new double[events];
        for (int i = 0; i < events; i++) {
            a[i] = i;
            b[i] = -i;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FcsWriter.builder().parameter("A", null, 1024).parameter("B", "bee", 1024).write(out, a, b);
        return FcsReader.read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void event_table_holds_every_parameter_by_name_as_scale_values() throws IOException {
        FcsData data = sample(5);
        cellengine.analysis.stats.EventTable table = data.toEventTable();
        assertEquals(5, table.eventCount());
        assertEquals(data.parameterNames(), table.channelNames());
        assertArrayEquals(data.column("A"), table.column("A"));
        assertArrayEquals(new double[] {0, -1, -2, -3, -4}, table.column("B"));
        table.column(0)[0] = 99;
        assertEquals(0, data.column(0)[0], "the table owns its arrays");
    }

    @Test
    void subset_by_indices_keeps_parameters_order_and_repeats() throws IOException {
        FcsData d = sample(10).subset(new int[] {9, 0, 9});
        assertEquals(3, d.eventCount());
        assertArrayEquals(new double[] {9, 0, 9}, d.column("A"));
        assertArrayEquals(new double[] {-9, 0, -9}, d.column(1));
        assertEquals("3", d.keyword("$TOT"));
        assertEquals("bee", d.parameterLabels().get(1));
    }

    @Test
    void subset_by_bitset_takes_set_bits_in_event_order() throws IOException {
        FcsData all = sample(130);
        long[] bits = new long[3];
        for (int i : new int[] {0, 63, 64, 127, 129}) {
            bits[i >>> 6] |= 1L << i;
        }
        FcsData d = all.subset(bits);
        assertArrayEquals(new double[] {0, 63, 64, 127, 129}, d.column(0));
        assertEquals(0, all.subset(new long[0]).eventCount());
        assertEquals(130, all.eventCount(), "the original is unchanged");
    }

    @Test
    void subset_rejects_indices_and_bits_outside_the_events() throws IOException {
        FcsData d = sample(10);
        assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {10}));
        assertThrows(IndexOutOfBoundsException.class, () -> d.subset(new int[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> d.subset(new long[] {1L << 10}));
    }

    @Test
    void columns_are_copies_the_caller_owns() throws IOException {
        FcsData d = sample(3);
        d.column(0)[0] = 99;
        d.rawColumn(0)[0] = 99;
        assertEquals(0, d.column(0)[0]);
    }

    @Test
    void column_by_name_fails_clearly_for_unknown_and_duplicate_names() throws IOException {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> sample(1).column("Z"));
        assertTrue(unknown.getMessage().contains("[A, B]"), unknown.getMessage());
        RawFcs r = RawFcs.of("FCS3.1").layout("I", "1,2,3,4", 2, 1).parameter(1, "X", 8, "256")
                .parameter(2, "X", 8, "256").data(new byte[] {1, 2});
        FcsData dup = FcsReader.read(new ByteArrayInputStream(r.build()));
        assertThrows(IllegalArgumentException.class, () -> dup.column("X"));
        assertEquals(0, dup.indexOf("X"));
        assertTrue(dup.warnings().stream().anyMatch(w -> w.contains("share the name 'X'")), dup.warnings()::toString);
    }

    @Test
    void keywords_map_is_ordered_and_unmodifiable() throws IOException {
        FcsData d = sample(1);
        assertEquals("$BEGINANALYSIS", d.keywords().keySet().iterator().next());
        assertThrows(UnsupportedOperationException.class, () -> d.keywords().put("X", "Y"));
        assertThrows(UnsupportedOperationException.class, () -> d.parameterNames().set(0, "Y"));
        assertTrue(d.toString().contains("1 events × 2 parameters"), d.toString());
    }
}
