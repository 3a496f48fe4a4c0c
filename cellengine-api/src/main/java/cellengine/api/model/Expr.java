package cellengine.api.model;

import cellengine.analysis.population.PopulationExpression;
import cellengine.analysis.population.PopulationExpressionException;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds population expressions (docs/wire.md#population-fields, docs/semantics.md#expression-grammar): gids combined
 * with {@code $and}, {@code $or}, {@code $not} and {@code $xor}, nested freely, and writes them as the compact JSON
 * string the server stores in {@code Population.gates}.
 *
 * <pre>{@code
 * PopulationExpression e = Expr.and("g1", Expr.or("g2", "g3"), Expr.not("g4"));
 * Expr.toJson(e);   // {"$and":["g1",{"$or":["g2","g3"]},{"$not":["g4"]}]}
 * }</pre>
 *
 * <p>Operands are gid strings or expressions; anything else is an {@link IllegalArgumentException} naming its
 * position.
 *
 * @since 0.1
 */
public final class Expr {

    private Expr() {
    }

    /**
     * {@return a gid operand}
     *
     * @param gid a simple gate's gid or a compound gate's sector gid
     * @throws IllegalArgumentException when the gid is blank
     */
    public static PopulationExpression gid(String gid) {
        Objects.requireNonNull(gid, "gid");
        if (gid.isBlank()) {
            throw new IllegalArgumentException("a gid operand must not be blank");
        }
        return new PopulationExpression.Gid(gid);
    }

    /**
     * {@return {@code {"$and": [operands…]}}: the events in every operand; all events when there are none}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression and(Object... operands) {
        return new PopulationExpression.And(operands("$and", List.of(operands)));
    }

    /**
     * {@return {@code {"$and": [operands…]}}}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression and(List<?> operands) {
        return new PopulationExpression.And(operands("$and", operands));
    }

    /**
     * {@return {@code {"$or": [operands…]}}: the events in any operand}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression or(Object... operands) {
        return new PopulationExpression.Or(operands("$or", List.of(operands)));
    }

    /**
     * {@return {@code {"$or": [operands…]}}}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression or(List<?> operands) {
        return new PopulationExpression.Or(operands("$or", operands));
    }

    /**
     * {@return {@code {"$not": [operands…]}}: the events in none of the operands}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression not(Object... operands) {
        return new PopulationExpression.Not(operands("$not", List.of(operands)));
    }

    /**
     * {@return {@code {"$not": [operands…]}}}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression not(List<?> operands) {
        return new PopulationExpression.Not(operands("$not", operands));
    }

    /**
     * {@return {@code {"$xor": [operands…]}}: the events in exactly one operand}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression xor(Object... operands) {
        return new PopulationExpression.Xor(operands("$xor", List.of(operands)));
    }

    /**
     * {@return {@code {"$xor": [operands…]}}}
     *
     * @param operands gid strings or expressions
     */
    public static PopulationExpression xor(List<?> operands) {
        return new PopulationExpression.Xor(operands("$xor", operands));
    }

    /**
     * {@return the expression as the compact JSON text the server stores, such as {@code {"$and":["g1"]}}}
     *
     * @param expression the expression
     */
    public static String toJson(PopulationExpression expression) {
        Objects.requireNonNull(expression, "expression");
        return Json.toJsonValue(expression.toJsonValue()).toString();
    }

    /**
     * {@return the expression a {@code gates} string holds}
     *
     * @param json the JSON text, such as {@code {"$and": ["g1", {"$or": ["g2"]}]}}
     * @throws IllegalArgumentException when the text is not JSON or not an expression, naming the offending node
     */
    public static PopulationExpression parse(String json) {
        Objects.requireNonNull(json, "json");
        try {
            return PopulationExpression.parse(Json.toJava(Json.readValue(json.getBytes(StandardCharsets.UTF_8))));
        } catch (MalformedJsonException | PopulationExpressionException e) {
            throw new IllegalArgumentException("not a population expression: '" + json + "': " + e.getMessage(), e);
        }
    }

    private static List<PopulationExpression> operands(String operator, List<?> operands) {
        Objects.requireNonNull(operands, "operands");
        List<PopulationExpression> list = new ArrayList<>(operands.size());
        for (Object operand : operands) {
            if (operand instanceof PopulationExpression) {
                list.add((PopulationExpression) operand);
            } else if (operand instanceof String) {
                list.add(gid((String) operand));
            } else {
                throw new IllegalArgumentException(operator + " operand " + list.size() + " must be a gid string or "
                        + "an expression, was " + (operand == null ? "null" : operand.getClass().getName()));
            }
        }
        return list;
    }
}
