package cellengine.api.param;

import cellengine.api.internal.json.Json;
import jakarta.json.JsonValue;

import java.util.Objects;

/**
 * The reference population of the {@code percent} statistic (cellengine-api.md §5.4, semantics.md §9.4): each
 * population's parent ({@code "PARENT"}, the default), Ungated ({@code null}), or one population by id. A
 * request may list several, giving one percent per entry.
 *
 * @since 0.1
 */
public final class PercentOf {

    private static final PercentOf PARENT = new PercentOf(null, true);
    private static final PercentOf UNGATED = new PercentOf(null, false);

    private final String populationId;
    private final boolean parent;

    private PercentOf(String populationId, boolean parent) {
        this.populationId = populationId;
        this.parent = parent;
    }

    /** {@return percent of each population's parent, {@code "PARENT"}} */
    public static PercentOf parent() {
        return PARENT;
    }

    /** {@return percent of all events of the file, JSON {@code null}} */
    public static PercentOf ungated() {
        return UNGATED;
    }

    /**
     * {@return percent of one population, for every requested population}
     *
     * @param populationId the population's 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public static PercentOf population(String populationId) {
        return new PercentOf(JsonFields.requireId(populationId, "percentOf population"), false);
    }

    /** {@return the JSON form: {@code "PARENT"}, {@code null} or the id} */
    public JsonValue toJson() {
        if (parent) {
            return Json.provider().createValue("PARENT");
        }
        return populationId == null ? JsonValue.NULL : Json.provider().createValue(populationId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PercentOf && ((PercentOf) o).parent == parent
                && Objects.equals(((PercentOf) o).populationId, populationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(populationId, parent);
    }

    @Override
    public String toString() {
        return parent ? "PARENT" : populationId == null ? "UNGATED" : populationId;
    }
}
