package cellengine.api.model;

import cellengine.analysis.population.PopulationExpression;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A population, with every field of docs/wire.md#population-fields. Its membership is the boolean expression over gids
 * in {@code gates}, a JSON <em>string</em> the server returns unparsed; {@link #expression()} parses it. Ungated is
 * not stored: it has no id and the expression {@code {"$and": []}}.
 *
 * <p>Bound with JSON-B: unknown fields are ignored, missing ones are {@code null}.
 *
 * @param id the population's {@code _id}
 * @param experimentId the experiment it belongs to
 * @param name the name; by-name lookups match it (names are not unique)
 * @param gates the expression as JSON text, such as {@code {"$and":["<gid>"]}}
 * @param parentId the parent population, or {@code null} for a child of Ungated
 * @param terminalGateGid the gid setting it apart from its parent (a sector gid for compound gates), or
 *         {@code null} for boolean populations
 * @param uniqueName the server's unique name (ancestor names prepended until unique)
 * @param version the storage version key {@code __v}, or {@code null}
 * @since 0.1
 */
public record Population(
        @JsonbProperty("_id") String id,
        @JsonbProperty("experimentId") String experimentId,
        @JsonbProperty("name") String name,
        @JsonbProperty("gates") String gates,
        @JsonbProperty("parentId") String parentId,
        @JsonbProperty("terminalGateGid") String terminalGateGid,
        @JsonbProperty("uniqueName") String uniqueName,
        @JsonbProperty("__v") Integer version) {

    /**
     * {@return the parsed {@code gates} expression; Ungated's {@code {"$and": []}} when {@code gates} is absent}
     *
     * @throws IllegalArgumentException when {@code gates} is not a valid expression, naming the offending node
     */
    public PopulationExpression expression() {
        return gates == null ? PopulationExpression.UNGATED : Expr.parse(gates);
    }

    /**
     * {@return a copy with another name}
     *
     * @param value the name
     */
    public Population withName(String value) {
        return new Population(id, experimentId, value, gates, parentId, terminalGateGid, uniqueName, version);
    }
}
