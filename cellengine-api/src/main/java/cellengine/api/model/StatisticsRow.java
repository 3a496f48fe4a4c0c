package cellengine.api.model;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * One JSON row of a statistics answer (docs/wire.md#medium-rows), with typed accessors for the reference's keys and
 * the raw object, whose key order is the server's. Accessors return {@code null} for keys the row does not have
 * (for example {@code channel} in a row without channel statistics) and for JSON nulls (Ungated's
 * {@code populationId}, an empty population's {@code mean}).
 *
 * @param raw the row as the server sent it
 * @since 0.1
 */
public record StatisticsRow(JsonObject raw) {

    /**
     * Checks the row.
     *
     * @param raw the row object
     */
    public StatisticsRow {
        Objects.requireNonNull(raw, "raw");
    }

    /** {@return {@code fcsFileId}} */
    public String fcsFileId() {
        return string("fcsFileId");
    }

    /** {@return {@code filename}} */
    public String filename() {
        return string("filename");
    }

    /** {@return {@code populationId}; {@code null} for Ungated} */
    public String populationId() {
        return string("populationId");
    }

    /** {@return {@code population}, the name, {@code "Ungated"} for Ungated} */
    public String population() {
        return string("population");
    }

    /** {@return {@code uniquePopulationName}} */
    public String uniquePopulationName() {
        return string("uniquePopulationName");
    }

    /** {@return {@code parentPopulation}, the parent's name} */
    public String parentPopulation() {
        return string("parentPopulation");
    }

    /** {@return {@code parentPopulationId}; {@code null} for a child of Ungated} */
    public String parentPopulationId() {
        return string("parentPopulationId");
    }

    /** {@return {@code annotations} as an object of name → value; empty when the row has none} */
    public JsonObject annotations() {
        JsonValue v = raw.get("annotations");
        return v instanceof JsonObject ? (JsonObject) v : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** {@return {@code percentOfId}; {@code null} for percent of Ungated} */
    public String percentOfId() {
        return string("percentOfId");
    }

    /** {@return {@code percentOf}, the reference population's name} */
    public String percentOf() {
        return string("percentOf");
    }

    /** {@return {@code percentOfUniqueName}} */
    public String percentOfUniqueName() {
        return string("percentOfUniqueName");
    }

    /** {@return {@code percent} (0–100); {@code null} when the reference population is empty} */
    public Double percent() {
        return number("percent");
    }

    /** {@return {@code eventCount}} */
    public Long eventCount() {
        JsonValue v = raw.get("eventCount");
        return v instanceof JsonNumber ? ((JsonNumber) v).longValue() : null;
    }

    /** {@return {@code channel}} */
    public String channel() {
        return string("channel");
    }

    /** {@return {@code reagent}, the panel reagent of the channel, possibly {@code null}} */
    public String reagent() {
        return string("reagent");
    }

    /** {@return the tall-skinny layout's {@code statistic} key, such as {@code "mean"}} */
    public String statisticName() {
        return string("statistic");
    }

    /** {@return the tall-skinny layout's {@code value}} */
    public Double value() {
        return number("value");
    }

    /**
     * {@return the value of a statistic column; {@code null} when the server answered null}
     *
     * @param statistic the statistic
     * @throws NoSuchElementException when the row has no such column, listing the columns it has
     */
    public Double statistic(Statistic statistic) {
        return statistic(statistic.key());
    }

    /**
     * {@return the value of a column by its key, such as {@code "mean"} or {@code "geometricMean"}; {@code null}
     * when the server answered null}
     *
     * @param name the key (exact case)
     * @throws NoSuchElementException when the row has no such column, listing the columns it has
     */
    public Double statistic(String name) {
        Objects.requireNonNull(name, "name");
        if (!raw.containsKey(name)) {
            throw new NoSuchElementException("this statistics row has no '" + name + "'; it has " + raw.keySet());
        }
        return number(name);
    }

    private String string(String key) {
        JsonValue v = raw.get(key);
        return v instanceof JsonString ? ((JsonString) v).getString() : null;
    }

    private Double number(String key) {
        JsonValue v = raw.get(key);
        return v instanceof JsonNumber ? ((JsonNumber) v).doubleValue() : null;
    }
}
