package cellengine.api.param;

import cellengine.analysis.population.PopulationExpression;
import cellengine.api.internal.json.Json;
import cellengine.api.model.Expr;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /experiments/{eid}/populations} (cellengine-api.md §2.8), written with the keys in the
 * order {@code name, gates, parentId, terminalGateGid} and explicit nulls: {@code gates} is the expression's compact
 * JSON text.
 *
 * <pre>{@code
 * client.postPopulation(eid, PopulationCreate.of("CD4+ or CD8+", Expr.and(lymphsGid, Expr.or(cd4Gid, cd8Gid)))
 *         .withParentId(lymphs.id()));
 * }</pre>
 *
 * @param name the name
 * @param gates the membership expression
 * @param parentId the parent population, or {@code null} for Ungated
 * @param terminalGateGid the gid setting it apart from its parent, or {@code null} for boolean populations
 * @since 0.1
 */
public record PopulationCreate(String name, PopulationExpression gates, String parentId, String terminalGateGid)
        implements JsonBody {

    /**
     * Checks the body.
     *
     * @param name the name, not blank
     * @param gates the expression
     * @param parentId the parent population's 24-hex id, or {@code null}
     * @param terminalGateGid the terminal gid, or {@code null}
     * @throws IllegalArgumentException when the name is blank or the parent id is malformed
     */
    public PopulationCreate {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a population name must not be blank");
        }
        Objects.requireNonNull(gates, "gates");
        if (parentId != null) {
            JsonFields.requireId(parentId, "parentId");
        }
    }

    /**
     * {@return a body for a child of Ungated without a terminal gate}
     *
     * @param name the name
     * @param gates the membership expression
     */
    public static PopulationCreate of(String name, PopulationExpression gates) {
        return new PopulationCreate(name, gates, null, null);
    }

    /**
     * {@return a builder like the Python client's {@code ComplexPopulationBuilder}}
     *
     * @param name the population's name
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * {@return a copy with another parent}
     *
     * @param value the parent's 24-hex id, or {@code null} for Ungated
     */
    public PopulationCreate withParentId(String value) {
        return new PopulationCreate(name, gates, value, terminalGateGid);
    }

    /**
     * {@return a copy with another terminal gate gid}
     *
     * @param value the gid, or {@code null}
     */
    public PopulationCreate withTerminalGateGid(String value) {
        return new PopulationCreate(name, gates, parentId, value);
    }

    @Override
    public JsonObject toJson() {
        return Json.provider().createObjectBuilder().add("name", name).add("gates", Expr.toJson(gates))
                .add("parentId", parentId == null ? JsonValue.NULL : Json.provider().createValue(parentId))
                .add("terminalGateGid", terminalGateGid == null ? JsonValue.NULL
                        : Json.provider().createValue(terminalGateGid))
                .build();
    }

    /**
     * Builds a {@link PopulationCreate} as the Python {@code ComplexPopulationBuilder} does (cellengine-api.md §6.8):
     * {@code and} operands come first, then one {@code $or}, one {@code $not} and one {@code $xor} group (in that
     * order, each only when not empty), all inside {@code $and}. Repeated calls append. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private final List<Object> and = new ArrayList<>();
        private final List<Object> or = new ArrayList<>();
        private final List<Object> not = new ArrayList<>();
        private final List<Object> xor = new ArrayList<>();
        private String parentId;
        private String terminalGateGid;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Adds operands to the top-level {@code $and}.
         *
         * @param operands gid strings or expressions
         * @return this builder
         */
        public Builder and(Object... operands) {
            and.addAll(List.of(operands));
            return this;
        }

        /**
         * Adds operands to the {@code $or} group.
         *
         * @param operands gid strings or expressions
         * @return this builder
         */
        public Builder or(Object... operands) {
            or.addAll(List.of(operands));
            return this;
        }

        /**
         * Adds operands to the {@code $not} group.
         *
         * @param operands gid strings or expressions
         * @return this builder
         */
        public Builder not(Object... operands) {
            not.addAll(List.of(operands));
            return this;
        }

        /**
         * Adds operands to the {@code $xor} group.
         *
         * @param operands gid strings or expressions
         * @return this builder
         */
        public Builder xor(Object... operands) {
            xor.addAll(List.of(operands));
            return this;
        }

        /**
         * Sets the parent.
         *
         * @param value the parent's 24-hex id, or {@code null} for Ungated
         * @return this builder
         */
        public Builder parentId(String value) {
            this.parentId = value;
            return this;
        }

        /**
         * Sets the terminal gate gid.
         *
         * @param value the gid, or {@code null}
         * @return this builder
         */
        public Builder terminalGateGid(String value) {
            this.terminalGateGid = value;
            return this;
        }

        /** {@return the body} */
        public PopulationCreate build() {
            List<Object> operands = new ArrayList<>(and);
            if (!or.isEmpty()) {
                operands.add(Expr.or(or));
            }
            if (!not.isEmpty()) {
                operands.add(Expr.not(not));
            }
            if (!xor.isEmpty()) {
                operands.add(Expr.xor(xor));
            }
            return new PopulationCreate(name, Expr.and(operands), parentId, terminalGateGid);
        }
    }
}
