package cellengine.analysis.population;

import cellengine.analysis.stats.Bitsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A population's membership expression (docs/semantics.md#expression-grammar,
 * docs/semantics.md#d9-expression-evaluation): a gid, or {@code $and}, {@code $or}, {@code $not} or {@code $xor} over
 * nested expressions. Evaluation is per file, over all its events:
 *
 * <ul>
 *   <li>a gid: the events in the gate (or sector) selected for the file; a gid with no gate: none (D9);</li>
 *   <li>{@code $and}: the intersection; with no operands, all events (D9) — this is Ungated;</li>
 *   <li>{@code $or}: the union; with no operands, no events (D9);</li>
 *   <li>{@code $not}: the complement of the union of its operands, {@code NOT(OR(...))}; with no operands, all
 *       events (D9);</li>
 *   <li>{@code $xor}: the events in exactly one operand; with no operands, no events (D9).</li>
 * </ul>
 *
 * <p>A population's membership is its expression alone (docs/semantics.md#membership): each expression already contains
 * its ancestors' gids, and {@code parentId} only matters for "percent of parent".
 *
 * @since 0.1
 */
public sealed interface PopulationExpression {

    /** Ungated, {@code {"$and": []}}: all events. */
    PopulationExpression UNGATED = new And(List.of());

    /**
     * Evaluates the expression word by word into a new bitset.
     *
     * @param memberships the file's gate memberships
     * @return a new bitset of the member events, which the caller owns
     */
    long[] evaluate(GateMemberships memberships);

    /** {@return the gids the expression mentions, in first-mention order} */
    default Set<String> gids() {
        Set<String> gids = new LinkedHashSet<>();
        collectGids(this, gids);
        return gids;
    }

    /**
     * {@return the expression as JSON-like values: a gid {@code String}, or a one-entry {@code Map} from the
     * operator to a {@code List} of operands} The inverse of {@link #parse(Object)}.
     */
    Object toJsonValue();

    /**
     * Parses an expression from JSON-like values, as a JSON-P or JSON-B parse of the {@code gates} string
     * yields them: a {@code String} gid, or a {@code Map} with exactly one key ({@code $and}, {@code $or},
     * {@code $not}, {@code $xor}) whose value is a {@code List} of nodes. {@code CharSequence} values are
     * accepted as strings.
     *
     * @param node the parsed JSON value
     * @return the expression
     * @throws PopulationExpressionException naming the path of the first invalid node
     */
    static PopulationExpression parse(Object node) {
        return Parser.parse(node, "");
    }

    /**
     * {@return the expression {@code {"$and": [gid, ...]}}, the form the web UI displays}
     *
     * @param gids the gids
     */
    static PopulationExpression andOf(String... gids) {
        List<PopulationExpression> operands = new ArrayList<>();
        for (String gid : gids) {
            operands.add(new Gid(gid));
        }
        return new And(operands);
    }

    /**
     * A gid operand: a simple gate's gid or a compound gate's sector gid.
     *
     * @param gid the gid
     */
    record Gid(String gid) implements PopulationExpression {
        /**
         * Checks that the gid is not null.
         *
         * @param gid the gid
         */
        public Gid {
            Objects.requireNonNull(gid, "gid");
        }

        @Override
        public long[] evaluate(GateMemberships memberships) {
            return Evaluator.source(memberships, gid).clone();
        }

        @Override
        public Object toJsonValue() {
            return gid;
        }
    }

    /**
     * {@code $and}: the events in every operand; all events when there are none.
     *
     * @param operands the operands (copied)
     */
    record And(List<PopulationExpression> operands) implements PopulationExpression {
        /**
         * Copies the operands.
         *
         * @param operands the operands
         */
        public And {
            operands = List.copyOf(operands);
        }

        @Override
        public long[] evaluate(GateMemberships memberships) {
            long[] result = Bitsets.all(memberships.eventCount());
            for (PopulationExpression operand : operands) {
                Bitsets.andInto(result, Evaluator.operand(memberships, operand));
            }
            return result;
        }

        @Override
        public Object toJsonValue() {
            return Map.of("$and", Evaluator.jsonOperands(operands));
        }
    }

    /**
     * {@code $or}: the events in any operand; none when there are none.
     *
     * @param operands the operands (copied)
     */
    record Or(List<PopulationExpression> operands) implements PopulationExpression {
        /**
         * Copies the operands.
         *
         * @param operands the operands
         */
        public Or {
            operands = List.copyOf(operands);
        }

        @Override
        public long[] evaluate(GateMemberships memberships) {
            return Evaluator.union(memberships, operands);
        }

        @Override
        public Object toJsonValue() {
            return Map.of("$or", Evaluator.jsonOperands(operands));
        }
    }

    /**
     * {@code $not}: the events in no operand, {@code NOT(OR(...))}; all events when there are none.
     *
     * @param operands the operands (copied)
     */
    record Not(List<PopulationExpression> operands) implements PopulationExpression {
        /**
         * Copies the operands.
         *
         * @param operands the operands
         */
        public Not {
            operands = List.copyOf(operands);
        }

        @Override
        public long[] evaluate(GateMemberships memberships) {
            long[] result = Evaluator.union(memberships, operands);
            Bitsets.notInPlace(result, memberships.eventCount());
            return result;
        }

        @Override
        public Object toJsonValue() {
            return Map.of("$not", Evaluator.jsonOperands(operands));
        }
    }

    /**
     * {@code $xor}: the events in exactly one operand; none when there are none.
     *
     * @param operands the operands (copied)
     */
    record Xor(List<PopulationExpression> operands) implements PopulationExpression {
        /**
         * Copies the operands.
         *
         * @param operands the operands
         */
        public Xor {
            operands = List.copyOf(operands);
        }

        @Override
        public long[] evaluate(GateMemberships memberships) {
            long[] once = Bitsets.none(memberships.eventCount());
            long[] more = Bitsets.none(memberships.eventCount());
            for (PopulationExpression operand : operands) {
                long[] bits = Evaluator.operand(memberships, operand);
                for (int w = 0; w < once.length; w++) {
                    more[w] |= once[w] & bits[w];
                    once[w] |= bits[w];
                }
            }
            for (int w = 0; w < once.length; w++) {
                once[w] &= ~more[w];
            }
            return once;
        }

        @Override
        public Object toJsonValue() {
            return Map.of("$xor", Evaluator.jsonOperands(operands));
        }
    }

    private static void collectGids(PopulationExpression node, Set<String> gids) {
        if (node instanceof Gid) {
            gids.add(((Gid) node).gid());
        } else {
            for (PopulationExpression operand : Evaluator.operandsOf(node)) {
                collectGids(operand, gids);
            }
        }
    }
}
