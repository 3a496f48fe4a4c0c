package cellengine.api.param;

import cellengine.api.model.Gate;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.SplitGate;

import java.util.Objects;

/**
 * A gate to create and how to create it, as the builders of {@link Gates} make it: the gate body, whether the
 * server creates its population(s) (query {@code createPopulation}) and under which parent (query
 * {@code parentPopulationId}, spelled correctly, cellengine-api.md §7 item 1). A parent or tailored file given by
 * name is looked up by the client when the gate is created.
 *
 * @param gate the gate; its {@code _id} and {@code experimentId} are ignored when posting
 * @param createPopulation whether the server creates the population(s)
 * @param parentPopulationId the parent's id, or {@code null} (Ungated, or given by name)
 * @param parentPopulationName the parent's name, looked up at creation, or {@code null}
 * @param fcsFileName the tailored file's name, looked up at creation, or {@code null}
 * @since 0.1
 */
public record GateSpec(Gate gate, boolean createPopulation, String parentPopulationId, String parentPopulationName,
                       String fcsFileName) {

    /**
     * Checks the combination.
     *
     * @param gate the gate
     * @param createPopulation whether to create populations
     * @param parentPopulationId the parent's id, or {@code null}
     * @param parentPopulationName the parent's name, or {@code null}
     * @param fcsFileName the tailored file's name, or {@code null}
     * @throws IllegalArgumentException when the parent is given both ways, or a file name is given for a gate that
     *         is not tailored or already has a file id
     */
    public GateSpec {
        Objects.requireNonNull(gate, "gate");
        if (parentPopulationId != null) {
            JsonFields.requireId(parentPopulationId, "parentPopulationId");
            if (parentPopulationName != null) {
                throw new IllegalArgumentException("give the parent population by id or by name, not both");
            }
        }
        if (fcsFileName != null && (!gate.tailoredPerFile() || gate.fcsFileId() != null)) {
            throw new IllegalArgumentException("a tailored file name needs a gate tailored per file without an "
                    + "fcsFileId, was " + gate.fcsFileId());
        }
    }

    /**
     * {@return a spec that posts an existing gate as it is (a new id is assigned by the server), creating its
     * population(s) under Ungated}
     *
     * @param gate the gate
     */
    public static GateSpec of(Gate gate) {
        return new GateSpec(gate, true, null, null, null);
    }

    /** {@return whether this is a compound gate without labels, which the client fills in from the scale set} */
    public boolean needsLabels() {
        return gate instanceof QuadrantGate ? ((QuadrantGate) gate).labels().isEmpty()
                : gate instanceof SplitGate && ((SplitGate) gate).labels().isEmpty();
    }

    /**
     * {@return a copy whose compound gate has the default labels computed from the scale set} (see
     * {@link CompoundGateBuilder}); simple gates and gates with labels are unchanged
     *
     * @param scales the experiment's scale set
     * @throws IllegalArgumentException when the scale set has no scale for a channel of the gate
     */
    public GateSpec withLabelsFrom(ScaleSet scales) {
        Objects.requireNonNull(scales, "scales");
        return needsLabels() ? new GateSpec(GateLabels.withDefaults(gate, scales), createPopulation,
                parentPopulationId, parentPopulationName, fcsFileName) : this;
    }

    /**
     * {@return a copy with another {@code createPopulation}}
     *
     * @param value whether the server creates the population(s)
     */
    public GateSpec withCreatePopulation(boolean value) {
        return new GateSpec(gate, value, parentPopulationId, parentPopulationName, fcsFileName);
    }

    /**
     * {@return a copy with the file id the file name was resolved to}
     *
     * @param fileId the tailored file's id
     */
    public GateSpec withResolvedFile(String fileId) {
        return new GateSpec(gate.withTailoring(true, JsonFields.requireId(fileId, "fcsFileId")), createPopulation,
                parentPopulationId, parentPopulationName, null);
    }

    /**
     * {@return a copy with the parent id the parent name was resolved to}
     *
     * @param populationId the parent's id
     */
    public GateSpec withResolvedParent(String populationId) {
        return new GateSpec(gate, createPopulation, populationId, null, fcsFileName);
    }
}
