package cellengine.api.param;

import cellengine.api.model.Gate;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.SplitGate;

import java.util.Objects;

/**
 * A gate to create and how to create it: the gate body, whether the server creates its population(s) (query
 * {@code createPopulation}) and under which parent (query {@code parentPopulationId}, spelled correctly,
 * docs/wire.md#quirk-parent-population-id). A parent or tailored file given by name is looked up by the client when the
 * gate is created.
 *
 * <p>The builders of {@link Gates} make one from geometry; {@link #builder(Gate)} wraps a gate that exists already,
 * such as one read from another experiment; {@link #toBuilder()} changes how a spec is created, for example to post
 * the same gate under another parent:
 *
 * <pre>{@code
 * GateSpec lymphs = Gates.rectangle("FSC-A", "SSC-A", "lymphs", 1e4, 1e5, 1e4, 1e5).build();
 * client.postGate(eid, lymphs.toBuilder().parentPopulation(singletsId).build());
 * client.postGate(otherEid, GateSpec.builder(existingGate).createPopulation(false).build());
 * }</pre>
 *
 * @since 0.1
 */
public final class GateSpec {

    private final Gate gate;
    private final boolean createPopulation;
    private final String parentPopulationId;
    private final String parentPopulationName;
    private final String fcsFileName;

    private GateSpec(Builder b) {
        this.gate = b.gate;
        this.createPopulation = b.createPopulation;
        this.parentPopulationId = b.parentPopulationId;
        this.parentPopulationName = b.parentPopulationName;
        this.fcsFileName = b.fcsFileName;
    }

    /**
     * {@return a builder that posts this gate as it is (a new id is assigned by the server), creating its
     * population(s) under Ungated unless set otherwise}
     *
     * @param gate the gate; its {@code _id} and {@code experimentId} are ignored when posting
     */
    public static Builder builder(Gate gate) {
        return new Builder(gate);
    }

    /**
     * {@return a spec that posts an existing gate as it is, creating its population(s) under Ungated}
     *
     * @param gate the gate
     */
    public static GateSpec of(Gate gate) {
        return builder(gate).build();
    }

    /** {@return a builder holding this spec's values, to derive a changed copy} */
    public Builder toBuilder() {
        Builder b = new Builder(gate);
        b.createPopulation = createPopulation;
        b.parentPopulationId = parentPopulationId;
        b.parentPopulationName = parentPopulationName;
        b.fcsFileName = fcsFileName;
        return b;
    }

    /** {@return the gate; its {@code _id} and {@code experimentId} are ignored when posting} */
    public Gate gate() {
        return gate;
    }

    /** {@return whether the server creates the population(s)} */
    public boolean createPopulation() {
        return createPopulation;
    }

    /** {@return the parent's id, or {@code null} (Ungated, or given by name)} */
    public String parentPopulationId() {
        return parentPopulationId;
    }

    /** {@return the parent's name, looked up at creation, or {@code null}} */
    public String parentPopulationName() {
        return parentPopulationName;
    }

    /** {@return the tailored file's name, looked up at creation, or {@code null}} */
    public String fcsFileName() {
        return fcsFileName;
    }

    /** {@return whether this is a compound gate without labels, which the client fills in from the scale set} */
    public boolean needsLabels() {
        return needsLabels(gate);
    }

    private static boolean needsLabels(Gate gate) {
        return gate instanceof QuadrantGate ? ((QuadrantGate) gate).labels().isEmpty()
                : gate instanceof SplitGate && ((SplitGate) gate).labels().isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof GateSpec)) {
            return false;
        }
        GateSpec s = (GateSpec) o;
        return s.gate.equals(gate) && s.createPopulation == createPopulation
                && Objects.equals(s.parentPopulationId, parentPopulationId)
                && Objects.equals(s.parentPopulationName, parentPopulationName)
                && Objects.equals(s.fcsFileName, fcsFileName);
    }

    @Override
    public int hashCode() {
        return Objects.hash(gate, createPopulation, parentPopulationId, parentPopulationName, fcsFileName);
    }

    @Override
    public String toString() {
        return "GateSpec[gate=" + gate + ", createPopulation=" + createPopulation + ", parentPopulationId="
                + parentPopulationId + ", parentPopulationName=" + parentPopulationName + ", fcsFileName="
                + fcsFileName + "]";
    }

    /**
     * Builds a {@link GateSpec}, with the words of {@link GateBuilder} for how a gate is created. Setters refuse bad
     * values at once; a parent or file given one way replaces the other, so every combination is valid. Not
     * thread-safe.
     */
    public static final class Builder {
        private Gate gate;
        private boolean createPopulation = true;
        private String parentPopulationId;
        private String parentPopulationName;
        private String fcsFileName;

        private Builder(Gate gate) {
            this.gate = Objects.requireNonNull(gate, "gate");
        }

        /**
         * Sets whether the server creates the gate's population(s) (default {@code true}).
         *
         * @param value whether to create populations
         * @return this builder
         */
        public Builder createPopulation(boolean value) {
            this.createPopulation = value;
            return this;
        }

        /**
         * Sets the parent of the created population(s), replacing a parent given by name.
         *
         * @param populationId the parent's 24-hex id, or {@code null} for Ungated
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder parentPopulation(String populationId) {
            this.parentPopulationId = populationId == null ? null
                    : JsonFields.requireId(populationId, "parentPopulationId");
            this.parentPopulationName = null;
            return this;
        }

        /**
         * Sets the parent of the created population(s) by name, replacing a parent given by id; the client looks the
         * id up (cached) when the gate is created.
         *
         * @param populationName the parent's exact name
         * @return this builder
         */
        public Builder parentPopulationByName(String populationName) {
            this.parentPopulationName = Objects.requireNonNull(populationName, "populationName");
            this.parentPopulationId = null;
            return this;
        }

        /**
         * Makes the gate a file-specific family member: {@code tailoredPerFile=true}, {@code fcsFileId=<id>},
         * replacing a file given by name.
         *
         * @param fileId the FCS file's 24-hex id
         * @return this builder
         * @throws IllegalArgumentException when the id is not 24 hex characters
         */
        public Builder tailoredTo(String fileId) {
            this.gate = gate.withTailoring(true, JsonFields.requireId(fileId, "fcsFileId"));
            this.fcsFileName = null;
            return this;
        }

        /**
         * Makes the gate a file-specific family member for the file with this name, replacing a file given by id;
         * the client looks the id up (cached) when the gate is created.
         *
         * @param filename the FCS file's exact name
         * @return this builder
         */
        public Builder tailoredToFile(String filename) {
            this.fcsFileName = Objects.requireNonNull(filename, "filename");
            this.gate = gate.withTailoring(true, null);
            return this;
        }

        /**
         * Gives a compound gate without labels the default labels computed from the scale set (see
         * {@link CompoundGateBuilder}); simple gates and gates with labels are unchanged.
         *
         * @param scales the experiment's scale set
         * @return this builder
         * @throws IllegalArgumentException when the scale set has no scale for a channel of the gate
         */
        public Builder labelsFrom(ScaleSet scales) {
            Objects.requireNonNull(scales, "scales");
            if (needsLabels(gate)) {
                this.gate = GateLabels.withDefaults(gate, scales);
            }
            return this;
        }

        /** {@return the spec} */
        public GateSpec build() {
            return new GateSpec(this);
        }
    }
}
