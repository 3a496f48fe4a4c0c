package cellengine.api.param;

import cellengine.api.ObjectIds;
import cellengine.api.internal.http.Ids;
import cellengine.api.internal.model.GateChecks;
import cellengine.api.model.EllipseGate;
import cellengine.api.model.Gate;
import cellengine.api.model.RangeGate;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.SplitGate;

import java.util.Objects;

/**
 * What every gate builder sets (docs/wire.md#gate-builders): the family gid (a new client-generated id unless given),
 * {@code model.locked}, tailoring, and the query parameters of the create call ({@code createPopulation} and the
 * parent population). Each setter returns the builder; {@link #build()} checks the combination. Builders are not
 * thread-safe.
 *
 * <p>{@code createPopulation} defaults to {@code true}, as in both official clients, except for a file-specific
 * family member ({@link #tailoredTo} or {@link #tailoredToFile}), which joins a family whose populations exist
 * already and so defaults to {@code false} (docs/wire.md#tailoring-workflow).
 *
 * @param <B> the concrete builder
 * @since 0.1
 */
public abstract class GateBuilder<B extends GateBuilder<B>> {

    /** The gate type, such as {@code RectangleGate}. */
    final String type;
    /** The gate's name (simple gates) or the prefix of its sector names (compound gates). */
    final String name;
    /** The x channel. */
    final String xChannel;
    /** The y channel, or {@code null} for range and split gates. */
    final String yChannel;
    /** How to read the coordinates given: scaled (the default) or raw. */
    Coordinates coordinates = Coordinates.SCALED;
    private String gid;
    private boolean locked;
    private boolean tailoredPerFile;
    private String fcsFileId;
    private String fcsFileName;
    private Boolean createPopulation;
    private String parentPopulationId;
    private String parentPopulationName;

    GateBuilder(String type, String name, String xChannel, String yChannel) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a gate name must not be blank");
        }
        this.type = type;
        this.name = name;
        this.xChannel = GateChecks.channel(type, "xChannel", xChannel);
        boolean oneDimensional = RangeGate.TYPE.equals(type) || SplitGate.TYPE.equals(type);
        this.yChannel = oneDimensional ? null : GateChecks.channel(type, "yChannel", yChannel);
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
     * Reads the coordinates given to the {@link Gates} method as raw channel values, and converts them to the
     * channel's scaled space (where the server gates) with the scale set's scale for each channel. Without this
     * call, coordinates are scaled values.
     *
     * <p>What is converted: rectangle bounds, polygon vertices, range bounds, the quadrant's centre and the split
     * position; the default labels are then computed from the converted geometry. A range's bar height and a
     * split's line height (display fractions) and labels given with {@code label(...)} or {@code labels(...)} stay
     * as given. Each value goes through the scale's formula without clamping: a value outside the scale's
     * {@code [minimum, maximum]} keeps its place beyond the range (a bound below the minimum lies below every event,
     * since the server clamps events into the range before gating), and a log scale takes values at or below
     * {@code FLT_MIN} (including 0 and negatives) to {@code log10(FLT_MIN)}, about -37.93. A polygon's vertices are
     * converted one by one, so its edges are straight in scaled space.
     *
     * <pre>{@code
     * ScaleSet scales = client.getScaleset(eid);
     * client.postGate(eid, Gates.rectangle("FSC-A", "CD3", "T cells", 35000, 90000, 1000, 100000)
     *         .inRawUnits(scales).build());   // CD3 on an arcsinh scale: asinh(1000 / cofactor) …
     * }</pre>
     *
     * @param scales the experiment's scale set ({@code CellEngine.getScaleset})
     * @return this builder
     * @throws IllegalArgumentException when the scale set has no scale for one of the gate's channels
     * @throws IllegalStateException for an ellipse, whose axes do not map through a non-linear scale
     */
    public B inRawUnits(ScaleSet scales) {
        if (EllipseGate.TYPE.equals(type)) {
            throw new IllegalStateException("an EllipseGate cannot be given in raw units: its axes and angle do not "
                    + "map through a non-linear scale; give it in scaled units, or use a polygon");
        }
        this.coordinates = Coordinates.raw(scales, type, xChannel, yChannel);
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
        GateSpec.Builder spec = GateSpec.builder(gate).createPopulation(create);
        if (parentPopulationName != null) {
            spec.parentPopulationByName(parentPopulationName);
        } else {
            spec.parentPopulation(parentPopulationId);
        }
        if (fcsFileName != null) {
            spec.tailoredToFile(fcsFileName);
        }
        return spec.build();
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
