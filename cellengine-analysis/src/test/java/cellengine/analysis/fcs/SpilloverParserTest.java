package cellengine.analysis.fcs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpilloverParserTest {

    private static final List<String> NAMES = List.of("FSC-A", "FL1-A", "FL2-A", "FL3-A");
    private final List<String> warnings = new ArrayList<>();

    private Spillover find(String... keyValues) {
        Keywords k = new Keywords();
        for (int i = 0; i < keyValues.length; i += 2) {
            k.put(keyValues[i], keyValues[i + 1]);
        }
        return SpilloverParser.find(k, NAMES, warnings);
    }

    @Test
    void reads_the_standard_form_row_major() {
        Spillover s = find("$SPILLOVER", "2,FL1-A,FL2-A,1,0.2,0.03,1");
        assertEquals(List.of("FL1-A", "FL2-A"), s.parameterNames());
        assertEquals(0.2, s.get(0, 1));
        assertEquals(0.03, s.get(1, 0));
        assertTrue(warnings.isEmpty());
    }

    @Test
    void prefers_spillover_over_spill_and_falls_back_when_it_is_malformed() {
        assertEquals(0.5, find("SPILL", "1,FL1-A,0.5", "$SPILLOVER", "1,FL2-A,0.7").get(0, 0) + 0.5 - 0.7, 1e-12);
        Spillover s = find("$SPILLOVER", "6,FL1-A,FL2-A,a,b,c,d", "SPILL", "1,FL1-A,1");
        assertEquals(List.of("FL1-A"), s.parameterNames());
        assertTrue(warnings.get(0).startsWith("$SPILLOVER was ignored"), warnings::toString);
    }

    @Test
    void normalises_whitespace_exponents_numeric_names_and_comma_decimals() {
        Spillover ws = find("SPILL", " 2,\nFL1-A, FL2-A ,1,-1.04246038884481E-16,\n0.1, 1 ");
        assertArrayEquals(new double[] {1, -1.04246038884481E-16, 0.1, 1}, ws.matrix());
        Spillover numbers = find("$SPILLOVER", "2,2,3,1,0,0,1");
        assertEquals(List.of("FL1-A", "FL2-A"), numbers.parameterNames());
        Spillover comma = find("$SPILLOVER", "2,FL1-A,FL2-A,1,0,0,05,0,1,1,0");
        assertArrayEquals(new double[] {1.0, 0.05, 0.1, 1.0}, comma.matrix());
    }

    @Test
    void reads_comp_with_or_without_names() {
        assertEquals(List.of("FL1-A"), find("$COMP", "1,FL1-A,1").parameterNames());
        assertEquals(NAMES, find("$COMP", "4,1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1").parameterNames());
    }

    @Test
    void rejects_a_wrong_count_or_bad_values_with_a_warning() {
        assertNull(find("$SPILLOVER", "3,FL1-A,FL2-A,1,0,0,1"));
        assertNull(find("$SPILLOVER", "2,FL1-A,FL2-A,1,x,0,1"));
        assertNull(find("$SPILLOVER", "999999999,FL1-A"));
        assertNull(find("$SPILLOVER", "-1,FL1-A"));
        assertEquals(4, warnings.size(), warnings::toString);
    }
}
