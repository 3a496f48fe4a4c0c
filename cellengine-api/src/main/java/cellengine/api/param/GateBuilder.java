package cellengine.api.param;

import cellengine.api.ObjectIds;
import cellengine.api.internal.http.Ids;
import cellengine.api.model.Gate;

import java.util.Objects;

/**
 * What every gate builder sets (cellengine-api.md §6.6): the family gid (a new client-generated id unless given),
 * {@code model.locked}, tailoring, and the query parameters of the create call ({@code createPopulation} and the
 * parent population). Each setter returns the builder; {@link #build()} checks the combination. Builders are not
 * thread-safe.
 *
 * <p>{@code createPopulation} defaults to {@code true}, as in both official clients, except for a file-specific
 * family member ({@link #tailoredTo} or {@link #tailoredToFile}), which joins a family whose populations exist
 * already and so defaults to {@code false} (reference §6.9).
 *
 * @param <B> the concrete builder
 * @since 0.1
 */
public abstract class GateBuilder<B extends GateBuilder<B>> {

    /** The gate's name (simple gates) or the prefix of its sector names (compound gates). */
    final String name;
    private String gid;
    private boolean locked;
    private boolean tailoredPerFile;
    private String fcsFileId;
    private String fcsFileName;
    private Boolean createPopulation;
    private String parentPopulationId;
    private String parentPopulationName;

    GateBuilder(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a gate name must not be blank");
        }
        this.name = name;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Uses this family gid instead of a new one (to add a file-specific member to a family, for example).
     *
     * @param value a 24-hex gid
     * @return this builder
     * @throws IllegalArgumentException when the gid is not 24 hex characters
     */
    public B gid(String value) {
        this.gid = requireGid(value, "gid");
        return self();
    }

    /**
     * Sets {@code model.locked} (default {@code false}).
     *
     * @param value whether the web UI refuses to move the gate
     * @return this builder
     */
    public B locked(boolean value) {
        this.locked = value;
        return self();
    }

    /**
     * Sets {@code tailoredPerFile} (default {@code false}); {@code true} without a file makes the family's global
     * gate.
     *
     * @param value whether the gate is tailored per file
     * @return this builder
     */
    public B tailoredPerFile(boolean value) {
        this.tailoredPerFile = value;
        return self();
    }

    /**
     * Makes a file-specific family member: {@code tailoredPerFile=true}, {@code fcsFileId=<id>}.
     *
     * @param fileId the FCS file's 24-hex id
     * @return this builder
     */
    public B tailoredTo(String fileId) {
        this.fcsFileId = JsonFields.requireId(fileId, "fcsFileId");
        this.tailoredPerFile = true;
        return self();
    }

    /**
     * Makes a file-specific family member for the file with this name; the client looks the id up (cached) when
     * the gate is created.
     *
     * @param filename the FCS file's exact name
     * @return this builder
     */
    public B tailoredToFile(String filename) {
        this.fcsFileName = Objects.requireNonNull(filename, "filename");
        this.tailoredPerFile = true;
        return self();
    }

    /**
     * Sets whether the server creates the gate's population(s) (query {@code createPopulation}).
     *
     * @param value whether to create populations
     * @return this builder
     */
    public B createPopulation(boolean value) {
        this.createPopulation = value;
        return self();
    }

    /**
     * Sets the parent of the created population(s) (query {@code parentPopulationId}); default Ungated.
     *
     * @param populationId the parent's 24-hex id, or {@code null} for Ungated
     * @return this builder
     */
    public B parentPopulation(String populationId) {
        this.parentPopulationId = populationId == null ? null : JsonFields.requireId(populationId,
                "parentPopulationId");
        this.parentPopulationName = null;
        return self();
    }

    /**
     * Sets the parent of the created population(s) by name; the client looks the id up (cached) when the gate is
     * created.
     *
     * @param populationName the parent's exact name
     * @return this builder
     */
    public B parentPopulationByName(String populationName) {
        this.parentPopulationName = Objects.requireNonNull(populationName, "populationName");
        this.parentPopulationId = null;
        return self();
    }

    /**
     * {@return the gate and how to create it}
     *
     * @throws IllegalStateException when both a file id and a file name were given, or a file was given while
     *         {@code tailoredPerFile} is false
     * @throws IllegalArgumentException when the geometry or labels do not fit the gate type
     */
    public GateSpec build() {
        if (fcsFileId != null && fcsFileName != null) {
            throw new IllegalStateException("give the tailored file by id or by name, not both (tailoredTo("
                    + fcsFileId + ") and tailoredToFile(\"" + fcsFileName + "\"))");
        }
        boolean fileSpecific = fcsFileId != null || fcsFileName != null;
        if (fileSpecific && !tailoredPerFile) {
            throw new IllegalStateException("a file-specific gate is tailored per file; tailoredPerFile(false) "
                    + "contradicts tailoredTo/tailoredToFile");
        }
        String familyGid = gid != null ? gid : ObjectIds.generate();
        Gate gate = gate(familyGid, locked, tailoredPerFile, fcsFileId);
        boolean create = createPopulation != null ? createPopulation : !fileSpecific;
        return new GateSpec(gate, create, parentPopulationId, parentPopulationName, fcsFileName);
    }

    /**
     * {@return the gate with the common fields filled in}
     *
     * @param familyGid the gid
     * @param isLocked {@code model.locked}
     * @param tailored {@code tailoredPerFile}
     * @param fileId {@code fcsFileId}, or {@code null}
     */
    abstract Gate gate(String familyGid, boolean isLocked, boolean tailored, String fileId);

    static String requireGid(String value, String what) {
        Objects.requireNonNull(value, what);
        if (!Ids.isId(value)) {
            throw new IllegalArgumentException(what + " must be a 24-character hex id, was '" + value + "'");
        }
        return value;
    }
}
