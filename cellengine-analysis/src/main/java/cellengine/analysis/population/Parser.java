package cellengine.analysis.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Parses JSON-like values into expressions, naming the path of any invalid node. */
final class Parser {

    /** Deeper nesting than this is rejected rather than risking a stack overflow on hostile input. */
    static final int MAX_DEPTH = 256;

    private static final java.util.Set<String> OPERATORS = java.util.Set.of("$and", "$or", "$not", "$xor");

    private Parser() {
    }

    static PopulationExpression parse(Object node, String path) {
        return parse(node, path, 0);
    }

    private static PopulationExpression parse(Object node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new PopulationExpressionException(path, "nested deeper than " + MAX_DEPTH + " levels");
        }
        if (node instanceof CharSequence) {
            return new PopulationExpression.Gid(node.toString());
        }
        if (!(node instanceof Map)) {
            throw new PopulationExpressionException(path, "expected a gid string or an object with one of $and,"
                    + " $or, $not, $xor; found " + describe(node));
        }
        Map<?, ?> map = (Map<?, ?>) node;
        if (map.size() != 1) {
            throw new PopulationExpressionException(path, "an operator object needs exactly one key, found "
                    + map.keySet());
        }
        Map.Entry<?, ?> entry = map.entrySet().iterator().next();
        Object key = entry.getKey();
        String operator = key == null ? "null" : key.toString();
        Object value = entry.getValue();
        if (!(value instanceof List)) {
            throw new PopulationExpressionException(child(path, operator), "expected a list of operands, found "
                    + describe(value));
        }
        if (!OPERATORS.contains(operator)) {
            throw new PopulationExpressionException(path, "unknown operator '" + operator
                    + "'; expected $and, $or, $not or $xor");
        }
        List<?> list = (List<?>) value;
        List<PopulationExpression> operands = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            operands.add(parse(list.get(i), child(path, operator) + "[" + i + "]", depth + 1));
        }
        switch (operator) {
            case "$and":
                return new PopulationExpression.And(operands);
            case "$or":
                return new PopulationExpression.Or(operands);
            case "$not":
                return new PopulationExpression.Not(operands);
            case "$xor":
                return new PopulationExpression.Xor(operands);
            default:
                throw new AssertionError(operator);
        }
    }

    private static String child(String path, String operator) {
        return path.isEmpty() ? operator : path + "." + operator;
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() > 60) {
            text = text.substring(0, 57) + "...";
        }
        return value.getClass().getSimpleName() + " " + text;
    }
}
