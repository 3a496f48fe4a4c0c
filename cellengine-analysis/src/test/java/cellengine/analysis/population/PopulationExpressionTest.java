package cellengine.analysis.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.stats.Bitsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PopulationExpressionTest {

    /** Gids a, b, c over 10 events; anything else has no gate. */
    private static final GateMemberships SMALL = memberships(10, Map.of(
            "a", Bitsets.of(10, 0, 1, 2, 3, 4),
            "b", Bitsets.of(10, 3, 4, 5, 6),
            "c", Bitsets.of(10, 4, 6, 8)));

    private static int[] eval(Object json) {
        return Bitsets.toIndexes(PopulationExpression.parse(json).evaluate(SMALL));
    }

    @Test
    void a_gid_is_its_gate_and_an_unknown_gid_matches_no_events() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, eval("a"));
        assertArrayEquals(new int[] {}, eval("deleted-gid"));
        assertArrayEquals(new int[] {}, eval(Map.of("$and", List.of("a", "deleted-gid"))));
    }

    @Test
    void empty_operators_follow_decision_d9() {
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, eval(Map.of("$and", List.of())));
        assertArrayEquals(new int[] {}, eval(Map.of("$or", List.of())));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, eval(Map.of("$not", List.of())));
        assertArrayEquals(new int[] {}, eval(Map.of("$xor", List.of())));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
                Bitsets.toIndexes(PopulationExpression.UNGATED.evaluate(SMALL)));
    }

    @Test
    void and_or_intersect_and_unite() {
        assertArrayEquals(new int[] {3, 4}, eval(Map.of("$and", List.of("a", "b"))));
        assertArrayEquals(new int[] {4}, eval(Map.of("$and", List.of("a", "b", "c"))));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 8}, eval(Map.of("$or", List.of("a", "b", "c"))));
    }

    @Test
    void not_with_several_operands_is_the_complement_of_their_union() {
        assertArrayEquals(new int[] {5, 6, 7, 8, 9}, eval(Map.of("$not", List.of("a"))));
        assertArrayEquals(new int[] {7, 9}, eval(Map.of("$not", List.of("a", "b", "c"))));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, eval(Map.of("$not", List.of("unknown"))));
    }

    @Test
    void xor_keeps_events_in_exactly_one_operand() {
        // a: 0-4, b: 3-6, c: 4,6,8 → counts: 0,1,2 once; 3 twice; 4 thrice; 5 once; 6 twice; 8 once.
        assertArrayEquals(new int[] {0, 1, 2, 5, 8}, eval(Map.of("$xor", List.of("a", "b", "c"))));
        assertArrayEquals(new int[] {0, 1, 2, 5, 6}, eval(Map.of("$xor", List.of("a", "b"))));
        assertArrayEquals(new int[] {4, 6, 8}, eval(Map.of("$xor", List.of("c"))));
    }

    @Test
    void nested_expressions_evaluate_inside_out() {
        Object json = Map.of("$and", List.of(
                Map.of("$or", List.of("a", "c")),
                Map.of("$not", List.of(Map.of("$xor", List.of("b", "c"))))));
        // a∪c = 0-4,6,8; b xor c = 3,5,8; not → 0,1,2,4,6,7,9 → intersection 0,1,2,4,6.
        assertArrayEquals(new int[] {0, 1, 2, 4, 6}, eval(json));
    }

    @Test
    void evaluation_matches_a_per_event_interpretation_on_random_expressions() {
        SplittableRandom random = new SplittableRandom(1);
        int n = 1000;
        Map<String, long[]> gates = new HashMap<>();
        for (String gid : List.of("a", "b", "c", "d")) {
            long[] bits = Bitsets.none(n);
            for (int i = 0; i < n; i++) {
                if (random.nextInt(3) == 0) {
                    bits[i >>> 6] |= 1L << i;
                }
            }
            gates.put(gid, bits);
        }
        GateMemberships source = memberships(n, gates);
        for (int trial = 0; trial < 200; trial++) {
            Object json = randomExpression(random, 0);
            long[] bits = PopulationExpression.parse(json).evaluate(source);
            Bitsets.checkTail(bits, n, "result");
            for (int i = 0; i < n; i++) {
                if (interpret(json, gates, i) != Bitsets.contains(bits, i)) {
                    throw new AssertionError(json + " disagrees with the per-event reading at event " + i);
                }
            }
        }
    }

    @Test
    void parse_errors_name_the_path_and_the_problem() {
        PopulationExpressionException e = assertThrows(PopulationExpressionException.class,
                () -> PopulationExpression.parse(Map.of("$and", List.of("a", Map.of("$or", List.of("b", 5))))));
        assertEquals("$and[1].$or[1]", e.path());
        assertTrue(e.getMessage().contains("Integer 5"), e.getMessage());
        PopulationExpressionException op = assertThrows(PopulationExpressionException.class,
                () -> PopulationExpression.parse(Map.of("$nand", List.of("a"))));
        assertTrue(op.getMessage().contains("unknown operator '$nand'"), op.getMessage());
        Map<String, Object> twoKeys = new LinkedHashMap<>();
        twoKeys.put("$and", List.of());
        twoKeys.put("$or", List.of());
        assertThrows(PopulationExpressionException.class, () -> PopulationExpression.parse(twoKeys));
        PopulationExpressionException notList = assertThrows(PopulationExpressionException.class,
                () -> PopulationExpression.parse(Map.of("$not", "a")));
        assertEquals("$not", notList.path());
        assertThrows(PopulationExpressionException.class, () -> PopulationExpression.parse(null));
    }

    @Test
    void hostile_nesting_is_rejected_instead_of_overflowing_the_stack() {
        Object json = "a";
        for (int i = 0; i < 10_000; i++) {
            json = Map.of("$and", List.of(json));
        }
        Object deep = json;
        assertThrows(PopulationExpressionException.class, () -> PopulationExpression.parse(deep));
    }

    @Test
    void json_values_round_trip_and_gids_are_listed() {
        Object json = Map.of("$and", List.of("a", Map.of("$not", List.of("b", "a"))));
        PopulationExpression expression = PopulationExpression.parse(json);
        assertEquals(json, expression.toJsonValue());
        assertEquals(List.of("a", "b"), new ArrayList<>(expression.gids()));
        assertEquals(Map.of("$and", List.of("x", "y")), PopulationExpression.andOf("x", "y").toJsonValue());
    }

    @Test
    void a_malformed_membership_bitset_is_reported() {
        GateMemberships broken = memberships(10, Map.of("a", new long[] {-1L}));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PopulationExpression.parse("a").evaluate(broken));
        assertTrue(e.getMessage().contains("'a'"), e.getMessage());
    }

    private static Object randomExpression(SplittableRandom random, int depth) {
        if (depth > 3 || random.nextInt(3) == 0) {
            return List.of("a", "b", "c", "d", "none").get(random.nextInt(5));
        }
        List<Object> operands = new ArrayList<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            operands.add(randomExpression(random, depth + 1));
        }
        return Map.of(List.of("$and", "$or", "$not", "$xor").get(random.nextInt(4)), operands);
    }

    /** The docs/semantics.md#d9-expression-evaluation table, one event at a time. */
    private static boolean interpret(Object json, Map<String, long[]> gates, int i) {
        if (json instanceof String) {
            long[] bits = gates.get(json);
            return bits != null && Bitsets.contains(bits, i);
        }
        Map.Entry<?, ?> entry = ((Map<?, ?>) json).entrySet().iterator().next();
        List<?> operands = (List<?>) entry.getValue();
        int in = 0;
        for (Object operand : operands) {
            in += interpret(operand, gates, i) ? 1 : 0;
        }
        switch ((String) entry.getKey()) {
            case "$and": return in == operands.size();
            case "$or": return in > 0;
            case "$not": return in == 0;
            case "$xor": return in == 1;
            default: throw new AssertionError(entry.getKey());
        }
    }

    private static GateMemberships memberships(int n, Map<String, long[]> gates) {
        return new GateMemberships() {
            @Override
            public int eventCount() {
                return n;
            }

            @Override
            public long[] members(String gid) {
                long[] bits = gates.get(gid);
                return bits != null ? bits : Bitsets.none(n);
            }
        };
    }
}
