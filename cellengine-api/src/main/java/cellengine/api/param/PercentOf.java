package cellengine.api.param;

import cellengine.api.internal.json.Json;
import jakarta.json.JsonValue;

import java.util.Objects;
import java.util.Optional;

/**
 * The reference population of the {@code percent} statistic (docs/wire.md#percent-of,
 * docs/semantics.md#percent-reference): each population's parent ({@code "PARENT"}, the default), Ungated ({@code
 * null}), or one population by id or by name (R's {@code percentOf = "Singlets"}; {@code CellEngine.getStatistics}
 * resolves names with one list call). A request may list several, giving one percent per entry.
 *
 * @since 0.1
 */
public final class PercentOf {

    private static final PercentOf PARENT = new PercentOf(null, null, true);
    private static final PercentOf UNGATED = new PercentOf(null, null, false);

    private final String populationId;
    private final String populationName;
    private final boolean parent;

    private PercentOf(String populationId, String populationName, boolean parent) {
        this.populationId = populationId;
        this.populationName = populationName;
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
        return new PercentOf(JsonFields.requireId(populationId, "percentOf population"), null, false);
    }

    /**
     * {@return percent of the one population with this name, for every requested population}; the name is resolved
     * when the request is sent, and must match exactly one population
     *
     * @param name the population's name
     * @throws IllegalArgumentException when the name is blank
     */
    public static PercentOf populationNamed(String name) {
        Objects.requireNonNull(name, "percentOf population name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("percentOf population name must not be blank");
        }
        return new PercentOf(null, name, false);
    }

    /** {@return the name of the reference population, when it was given by name} */
    public Optional<String> populationName() {
        return Optional.ofNullable(populationName);
    }

    /**
     * {@return the JSON form: {@code "PARENT"}, {@code null} or the id}
     *
     * @throws IllegalStateException when the population was given by name and not yet resolved
     */
    public JsonValue toJson() {
        if (populationName != null) {
            throw new IllegalStateException("percentOf population '" + populationName + "' is a name; "
                    + "CellEngine.getStatistics resolves it to an id");
        }
        if (parent) {
            return Json.provider().createValue("PARENT");
        }
        return populationId == null ? JsonValue.NULL : Json.provider().createValue(populationId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PercentOf && ((PercentOf) o).parent == parent
                && Objects.equals(((PercentOf) o).populationId, populationId)
                && Objects.equals(((PercentOf) o).populationName, populationName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(populationId, populationName, parent);
    }

    @Override
    public String toString() {
        return parent ? "PARENT" : populationName != null ? "named '" + populationName + "'"
                : populationId == null ? "UNGATED" : populationId;
    }
}
