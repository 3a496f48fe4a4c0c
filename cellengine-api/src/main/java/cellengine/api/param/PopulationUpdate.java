package cellengine.api.param;

import cellengine.analysis.population.PopulationExpression;
import cellengine.api.model.Expr;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.Objects;

/**
 * The body of {@code PATCH /experiments/{eid}/populations/{id}}: only the keys set on the builder, explicit nulls
 * kept (docs/wire.md#populations).
 *
 * <pre>{@code
 * client.updatePopulation(eid, pop.id(), PopulationUpdate.builder().name("T cells").build());
 * }</pre>
 *
 * @since 0.1
 */
public final class PopulationUpdate extends JsonObjectBody {

    private PopulationUpdate(JsonObject json) {
        super(json);
    }

    /** {@return a builder with no keys set} */
    public static Builder builder() {
        return new Builder(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** {@return a builder holding this body's keys, to derive a changed copy} */
    public Builder toBuilder() {
        return new Builder(toJson());
    }

    /** Collects the keys to change, in call order. Not thread-safe. */
    public static final class Builder {
        private final JsonFields fields;

        private Builder(JsonObject seed) {
            this.fields = new JsonFields(seed);
        }

        /**
         * Sets the name.
         *
         * @param value the new name, not blank
         * @return this builder
         */
        public Builder name(String value) {
            Objects.requireNonNull(value, "name");
            if (value.isBlank()) {
                throw new IllegalArgumentException("a population name must not be blank");
            }
            fields.putString("name", value);
            return this;
        }

        /**
         * Sets the membership expression.
         *
         * @param value the expression, sent as its compact JSON text
         * @return this builder
         */
        public Builder gates(PopulationExpression value) {
            fields.putString("gates", Expr.toJson(value));
            return this;
        }

        /**
         * Sets the parent.
         *
         * @param value the parent's 24-hex id, or {@code null} for Ungated (sent as JSON null)
         * @return this builder
         */
        public Builder parentId(String value) {
            if (value != null) {
                JsonFields.requireId(value, "parentId");
            }
            fields.putString("parentId", value);
            return this;
        }

        /**
         * Sets the terminal gate gid.
         *
         * @param value the gid, or {@code null} (sent as JSON null)
         * @return this builder
         */
        public Builder terminalGateGid(String value) {
            fields.putString("terminalGateGid", value);
            return this;
        }

        /**
         * {@return the update}
         *
         * @throws IllegalStateException when no key was set
         */
        public PopulationUpdate build() {
            JsonObject json = fields.toJson();
            if (json.isEmpty()) {
                throw new IllegalStateException("a population update needs at least one key; call name(), gates(), "
                        + "parentId() or terminalGateGid()");
            }
            return new PopulationUpdate(json);
        }
    }
}
