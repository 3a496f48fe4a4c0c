package cellengine.analysis.population;

import cellengine.analysis.stats.Bitsets;
import java.util.ArrayList;
import java.util.List;

/** Shared pieces of expression evaluation. */
final class Evaluator {

    private Evaluator() {
    }

    /** The source bitset for a gid, checked for shape (the caller must not modify it). */
    static long[] source(GateMemberships memberships, String gid) {
        long[] bits = memberships.members(gid);
        Bitsets.checkTail(bits, memberships.eventCount(), "the membership bitset of gid '" + gid + "'");
        return bits;
    }

    /** An operand's bitset, read-only: a gid's source directly, anything else evaluated afresh. */
    static long[] operand(GateMemberships memberships, PopulationExpression operand) {
        if (operand instanceof PopulationExpression.Gid) {
            return source(memberships, ((PopulationExpression.Gid) operand).gid());
        }
        return operand.evaluate(memberships);
    }

    static long[] union(GateMemberships memberships, List<PopulationExpression> operands) {
        long[] result = Bitsets.none(memberships.eventCount());
        for (PopulationExpression operand : operands) {
            Bitsets.orInto(result, operand(memberships, operand));
        }
        return result;
    }

    static List<Object> jsonOperands(List<PopulationExpression> operands) {
        List<Object> json = new ArrayList<>(operands.size());
        for (PopulationExpression operand : operands) {
            json.add(operand.toJsonValue());
        }
        return json;
    }

    static List<PopulationExpression> operandsOf(PopulationExpression node) {
        if (node instanceof PopulationExpression.And) {
            return ((PopulationExpression.And) node).operands();
        }
        if (node instanceof PopulationExpression.Or) {
            return ((PopulationExpression.Or) node).operands();
        }
        if (node instanceof PopulationExpression.Not) {
            return ((PopulationExpression.Not) node).operands();
        }
        if (node instanceof PopulationExpression.Xor) {
            return ((PopulationExpression.Xor) node).operands();
        }
        if (node instanceof PopulationExpression.Gid) {
            return List.of();
        }
        throw new AssertionError("unknown expression type " + node.getClass());
    }
}
