package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;
import java.util.Objects;

/**
 * The answer to creating one gate (docs/wire.md#gates, docs/wire.md#other-response-shapes): the gate and the
 * populations the server created with it: one for a simple gate, one per sector (2 or 4) for a compound gate, none when
 * {@code createPopulation} was false.
 *
 * @param gate the created gate
 * @param populations the created populations, in sector order for compound gates
 * @since 0.1
 */
public record GateCreated(
        @JsonbProperty("gate") Gate gate,
        @JsonbProperty("populations") List<Population> populations) {

    /**
     * Checks and copies.
     *
     * @param gate the created gate
     * @param populations the created populations
     */
    public GateCreated {
        Objects.requireNonNull(gate, "gate");
        populations = Values.list(populations);
    }

    /**
     * {@return the one population created with a simple gate}
     *
     * @throws IllegalStateException when there is not exactly one (a compound gate, or no populations created)
     */
    public Population population() {
        if (populations.size() != 1) {
            throw new IllegalStateException("the " + gate.type() + " " + gate.displayNames() + " was created with "
                    + populations.size() + " populations; use populations()");
        }
        return populations.get(0);
    }
}
