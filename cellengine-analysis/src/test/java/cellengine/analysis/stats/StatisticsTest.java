package cellengine.analysis.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    @Test
    void percent_is_on_a_0_to_100_scale_and_null_for_an_empty_reference() {
        assertEquals(50.0, Statistics.percent(1, 2));
        assertEquals(0.0, Statistics.percent(0, 10));
        assertNull(Statistics.percent(0, 0));
        long[] parent = Bitsets.of(8, 0, 1, 2, 3);
        long[] child = Bitsets.of(8, 1, 2, 3);
        assertEquals(75.0, Statistics.percentOf(child, parent));
        assertEquals(37.5, Statistics.percentOfUngated(child, 8));
        assertNull(Statistics.percentOf(Bitsets.none(8), Bitsets.none(8)));
        assertNull(Statistics.percentOfUngated(Bitsets.none(0), 0));
        assertEquals(3, Statistics.eventCount(child));
    }

    @Test
    void bitset_operations_keep_the_tail_clear() {
        long[] all = Bitsets.all(70);
        assertEquals(70, Bitsets.count(all));
        Bitsets.checkTail(all, 70, "all");
        long[] some = Bitsets.of(70, 0, 69);
        Bitsets.notInPlace(some, 70);
        assertEquals(68, Bitsets.count(some));
        Bitsets.checkTail(some, 70, "complement");
        assertArrayEquals(new int[] {0, 69}, Bitsets.toIndexes(Bitsets.of(70, 69, 0, 69)));
        assertEquals(-1L, Bitsets.tailMask(128));
        assertThrows(IllegalArgumentException.class, () -> Bitsets.checkTail(new long[] {1L << 10}, 5, "x"));
        assertThrows(IndexOutOfBoundsException.class, () -> Bitsets.of(5, 5));
    }

    @Test
    void event_tables_share_columns_and_name_missing_channels() {
        double[] a = {1, 2};
        EventTable table = EventTable.of(List.of("A", "B"), new double[][] {a, {3, 4}}, 2);
        assertSame(a, table.column("A"));
        assertEquals(1, table.indexOf("B"));
        NoSuchElementException e = assertThrows(NoSuchElementException.class, () -> table.column("C"));
        assertTrue(e.getMessage().contains("'C'") && e.getMessage().contains("[A, B]"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EventTable.of(List.of("A"), new double[][] {{1}}, 2));
        assertThrows(IllegalArgumentException.class, () -> EventTable.of(List.of("A", "B"), new double[][] {{1}},
                1));
    }
}
