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
 * The body of {@code POST /experiments/{eid}/populations} (docs/wire.md#populations), written with the keys in the
 * order {@code name, gates, parentId, terminalGateGid} and explicit nulls: {@code gates} is the expression's compact
 * JSON text.
 *
 * <pre>{@code
 * client.postPopulation(eid, PopulationCreate.builder("CD4+ or CD8+")
 *         .gates(Expr.and(lymphsGid, Expr.or(cd4Gid, cd8Gid))).parentId(lymphs.id()).build());
 * client.postPopulation(eid, PopulationCreate.builder("T").and(lymphsGid).or(cd4Gid, cd8Gid).build());
 * }</pre>
 *
 * @since 0.1
 */
public final class PopulationCreate implements JsonBody {

    private final String name;
    private final PopulationExpression gates;
    private final String parentId;
    private final String terminalGateGid;

    private PopulationCreate(String name, PopulationExpression gates, String parentId, String terminalGateGid) {
        this.name = name;
        this.gates = gates;
        this.parentId = parentId;
        this.terminalGateGid = terminalGateGid;
    }

    /**
     * {@return a body for a child of Ungated without a terminal gate}
     *
     * @param name the name, not blank
     * @param gates the membership expression
     * @throws IllegalArgumentException when the name is blank
     */
    public static PopulationCreate of(String name, PopulationExpression gates) {
        return builder(name).gates(gates).build();
    }

    /**
     * {@return a builder of a population with this name}: give the expression with {@link Builder#gates}, or build
     * it like the Python client's {@code ComplexPopulationBuilder} with {@link Builder#and}, {@link Builder#or},
     * {@link Builder#not} and {@link Builder#xor}
     *
     * @param name the population's name, not blank
     * @throws IllegalArgumentException when the name is blank
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** {@return a builder holding this body's values, to derive a changed copy} */
    public Builder toBuilder() {
        return builder(name).gates(gates).parentId(parentId).terminalGateGid(terminalGateGid);
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the membership expression} */
    public PopulationExpression gates() {
        return gates;
    }

    /** {@return the parent population, or {@code null} for Ungated} */
    public String parentId() {
        return parentId;
    }

    /** {@return the gid setting it apart from its parent, or {@code null} for boolean populations} */
    public String terminalGateGid() {
        return terminalGateGid;
    }

    @Override
    public JsonObject toJson() {
        return Json.provider().createObjectBuilder().add("name", name).add("gates", Expr.toJson(gates))
                .add("parentId", parentId == null ? JsonValue.NULL : Json.provider().createValue(parentId))
                .add("terminalGateGid", terminalGateGid == null ? JsonValue.NULL
                        : Json.provider().createValue(terminalGateGid))
                .build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PopulationCreate && ((PopulationCreate) o).toJson().equals(toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "PopulationCreate" + toJson();
    }

    /**
     * Builds a {@link PopulationCreate}. The expression is either given whole ({@link #gates}) or assembled as the
     * Python {@code ComplexPopulationBuilder} does (docs/wire.md#population-builder): {@code and} operands come first,
     * then one {@code $or}, one {@code $not} and one {@code $xor} group (in that order, each only when not empty), all
     * inside {@code $and}. Repeated calls append. Not thread-safe.
     */
    public static final class Builder {
        private final String name;
        private PopulationExpression gates;
        private final List<Object> and = new ArrayList<>();
        private final List<Object> or = new ArrayList<>();
        private final List<Object> not = new ArrayList<>();
        private final List<Object> xor = new ArrayList<>();
        private String parentId;
        private String terminalGateGid;

        private Builder(String name) {
            Objects.requireNonNull(name, "name");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a population name must not be blank");
            }
            this.name = name;
        }

        /**
         * Sets the whole membership expression, instead of {@code and}, {@code or}, {@code not} and {@code xor}.
         *
         * @param value the expression
         * @return this builder
         */
        public Builder gates(PopulationExpression value) {
            this.gates = Objects.requireNonNull(value, "gates");
            return this;
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
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder parentId(String value) {
            this.parentId = value == null ? null : JsonFields.requireId(value, "parentId");
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

        /**
         * {@return the body}
         *
         * @throws IllegalStateException when the expression is given whole and assembled from groups as well
         */
        public PopulationCreate build() {
            boolean grouped = !and.isEmpty() || !or.isEmpty() || !not.isEmpty() || !xor.isEmpty();
            if (gates != null && grouped) {
                throw new IllegalStateException("give the population's gates(...) or and/or/not/xor operands, not "
                        + "both");
            }
            return new PopulationCreate(name, gates != null ? gates : grouped(), parentId, terminalGateGid);
        }

        private PopulationExpression grouped() {
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
            return Expr.and(operands);
        }
    }
}
