package cellengine.analysis.compensation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.fcs.Spillover;
import cellengine.analysis.stats.EventTable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CompensationTest {

    @Test
    void worked_example_of_semantics_4_1_subtracts_two_percent_of_blue_from_violet() {
        CompensationMatrix comp = CompensationMatrix.of(List.of("Blue530-A", "Vio450-A"), new double[] {1, 0.02, 0, 1});
        assertArrayEquals(new double[] {1, -0.02, 0, 1}, comp.inverse(), 1e-15);
        double[] blue = {100, 3307.04, 0};
        double[] violet = {10, 500, 7};
        double[] time = {1, 2, 3};
        EventTable table = EventTable.of(List.of("Time", "Blue530-A", "Vio450-A"),
                new double[][] {time, blue, violet}, 3);
        EventTable out = comp.apply(table);
        assertArrayEquals(blue, out.column("Blue530-A"), 1e-12);
        assertArrayEquals(new double[] {10 - 2, 500 - 0.02 * 3307.04, 7}, out.column("Vio450-A"), 1e-12);
        assertSame(time, out.column("Time"), "channels outside the matrix pass through unchanged");
        assertArrayEquals(new double[] {10, 500, 7}, violet, "the input column is not modified");
    }

    @Test
    void inverse_times_spill_matrix_is_identity_for_a_random_16_by_16_spill_matrix() {
        SplittableRandom random = new SplittableRandom(7);
        int n = 16;
        double[] s = randomSpill(random, n);
        CompensationMatrix comp = CompensationMatrix.of(names(n), s);
        double[] inv = comp.inverse();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double sum = 0;
                for (int k = 0; k < n; k++) {
                    sum += s[i * n + k] * inv[k * n + j];
                }
                assertEquals(i == j ? 1.0 : 0.0, sum, 1e-12, "(S·S⁻¹)[" + i + "][" + j + "]");
            }
        }
    }

    @Test
    void lu_pivots_rows_when_the_diagonal_starts_with_zero() {
        // A permutation-like matrix: without row pivoting the first pivot would be 0.
        double[] s = {0, 1, 2, 1, 0, 3, 4, 5, 0};
        CompensationMatrix comp = CompensationMatrix.of(names(3), s);
        double[] expected = {-15.0 / 22, 10.0 / 22, 3.0 / 22, 12.0 / 22, -8.0 / 22, 2.0 / 22, 5.0 / 22,
            4.0 / 22, -1.0 / 22};
        assertArrayEquals(expected, comp.inverse(), 1e-14);
    }

    @Test
    void singular_matrix_is_rejected_with_its_size_and_step() {
        double[] s = {1, 2, 3, 2, 4, 6, 0, 0, 1};
        SingularMatrixException e = assertThrows(SingularMatrixException.class,
                () -> CompensationMatrix.of(List.of("A", "B", "C"), s));
        assertEquals(3, e.size());
        assertEquals(1, e.step());
        assertTrue(e.getMessage().contains("3x3"), e.getMessage());
        assertTrue(e.getMessage().contains("channel 'B'"), e.getMessage());
    }

    @Test
    void nearly_singular_matrix_below_the_tolerance_is_rejected_and_one_above_is_accepted() {
        assertThrows(SingularMatrixException.class,
                () -> CompensationMatrix.of(names(2), new double[] {1, 1, 1, 1 + 1e-12}));
        CompensationMatrix ok = CompensationMatrix.of(names(2), new double[] {1, 1, 1, 1 + 1e-6});
        assertEquals(2, ok.size());
        assertThrows(SingularMatrixException.class, () -> CompensationMatrix.of(names(2), new double[] {0, 0, 0, 0}));
    }

    @Test
    void missing_channels_are_named_in_the_error() {
        CompensationMatrix comp = CompensationMatrix.of(List.of("A", "B", "C"), identity(3));
        EventTable table = EventTable.of(List.of("A", "X"), new double[][] {{1}, {2}}, 1);
        MissingChannelsException e = assertThrows(MissingChannelsException.class, () -> comp.apply(table));
        assertEquals(List.of("B", "C"), e.missing());
        assertTrue(e.getMessage().contains("[B, C]") && e.getMessage().contains("[A, X]"), e.getMessage());
    }

    @Test
    void bad_matrices_are_rejected_with_clear_messages() {
        IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
                () -> CompensationMatrix.of(names(2), new double[3]));
        assertTrue(size.getMessage().contains("needs 4 values"), size.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> CompensationMatrix.of(names(2), new double[] {1, Double.NaN, 0, 1}));
        assertTrue(nan.getMessage().contains("row 0, column 1"), nan.getMessage());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> CompensationMatrix.of(List.of("A", "A"), identity(2)));
        assertTrue(twice.getMessage().contains("'A' is named twice"), twice.getMessage());
    }

    @Test
    void from_spillover_uses_its_names_and_row_major_matrix() {
        Spillover spill = new Spillover(List.of("X", "Y"), new double[] {1, 0.5, 0, 1});
        CompensationMatrix comp = CompensationMatrix.from(spill);
        assertEquals(List.of("X", "Y"), comp.channels());
        EventTable out = comp.apply(EventTable.of(List.of("X", "Y"), new double[][] {{10}, {20}}, 1));
        assertEquals(15, out.column("Y")[0], 1e-12);
    }

    @Test
    void blocked_kernel_matches_the_per_event_row_times_inverse_on_16_channels() {
        SplittableRandom random = new SplittableRandom(11);
        int n = 16;
        int events = CompensationMatrix.BLOCK * 3 + 17;
        CompensationMatrix comp = CompensationMatrix.of(names(n), randomSpill(random, n));
        double[] inv = comp.inverse();
        double[][] in = new double[n][events];
        for (double[] column : in) {
            for (int e = 0; e < events; e++) {
                column[e] = random.nextDouble(-1000, 100000);
            }
        }
        double[][] out = new double[n][events];
        comp.apply(in, out, events);
        for (int e = 0; e < events; e++) {
            for (int j = 0; j < n; j++) {
                double expected = 0;
                for (int i = 0; i < n; i++) {
                    expected += in[i][e] * inv[i * n + j];
                }
                assertEquals(expected, out[j][e], 1e-9 * Math.max(1, Math.abs(expected)), "event " + e);
            }
        }
    }

    @Test
    void compensating_then_multiplying_by_the_spill_matrix_restores_the_values() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 5;
        double[] s = randomSpill(random, n);
        CompensationMatrix comp = CompensationMatrix.of(names(n), s);
        double[][] in = new double[n][1];
        for (int i = 0; i < n; i++) {
            in[i][0] = random.nextDouble(0, 1000);
        }
        double[][] out = new double[n][1];
        comp.apply(in, out, 1);
        for (int j = 0; j < n; j++) {
            double back = 0;
            for (int i = 0; i < n; i++) {
                back += out[i][0] * s[i * n + j];
            }
            assertEquals(in[j][0], back, 1e-9);
        }
    }

    @Test
    void kernel_refuses_to_work_in_place() {
        CompensationMatrix comp = CompensationMatrix.of(names(2), identity(2));
        double[][] in = {{1}, {2}};
        assertThrows(IllegalArgumentException.class, () -> comp.apply(in, new double[][] {in[1], {0}}, 1));
    }

    @Test
    void empty_compensation_changes_nothing() {
        CompensationMatrix none = CompensationMatrix.of(List.of(), new double[0]);
        double[] a = {1, 2};
        EventTable out = none.apply(EventTable.of(List.of("A"), new double[][] {a}, 2));
        assertSame(a, out.column(0));
    }

    static List<String> names(int n) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            names.add("C" + i);
        }
        return names;
    }

    static double[] identity(int n) {
        double[] m = new double[n * n];
        for (int i = 0; i < n; i++) {
            m[i * n + i] = 1;
        }
        return m;
    }

    static double[] randomSpill(SplittableRandom random, int n) {
        double[] s = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                s[i * n + j] = i == j ? 1 : (random.nextInt(3) == 0 ? 0 : random.nextDouble(0, 0.2));
            }
        }
        return s;
    }
}
