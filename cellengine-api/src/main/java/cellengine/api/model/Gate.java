package cellengine.api.model;

import cellengine.analysis.gate.GateDefinition;

import java.util.List;

/**
 * A gate (docs/wire.md#gate-fields): one of six types, told apart on the wire by the JSON {@code type} key, with its
 * geometry in {@code model} (in scaled space) next to {@code model.locked} and the label(s).
 *
 * <p>Simple gates ({@link RectangleGate}, {@link PolygonGate}, {@link EllipseGate}, {@link RangeGate}) have a
 * {@code name} and one label; compound gates ({@link QuadrantGate}, {@link SplitGate}) have one name, label and
 * <em>sector gid</em> per sector, and populations refer to the sector gids. 1-D gates ({@link RangeGate},
 * {@link SplitGate}) have no y channel: {@link #yChannel()} is {@code null} and the JSON holds
 * {@code "yChannel": null}.
 *
 * <p>New gates are made with the builders of {@link cellengine.api.param.Gates}; gates read from the server keep every field the
 * reference names. {@code toString()} is the record's.
 *
 * @since 0.1
 */
public sealed interface Gate permits RectangleGate, PolygonGate, EllipseGate, RangeGate, QuadrantGate, SplitGate {

    /** {@return the gate's {@code _id}; {@code null} for a gate not yet created} */
    String id();

    /** {@return the experiment it belongs to; {@code null} for a gate not yet created} */
    String experimentId();

    /** {@return the family gid, shared by a global gate and its file-specific (tailored) copies} */
    String gid();

    /** {@return the JSON {@code type}, such as {@code "RectangleGate"}} */
    String type();

    /** {@return the x channel ({@code $PnN})} */
    String xChannel();

    /** {@return the y channel ({@code $PnN}) of a 2-D gate; {@code null} for range and split gates} */
    String yChannel();

    /** {@return whether the gate is tailored per file} */
    boolean tailoredPerFile();

    /** {@return the file this family member is tailored to; {@code null} for a global or untailored gate} */
    String fcsFileId();

    /** {@return {@code model.locked}: whether the web UI refuses to move the gate (display only)} */
    boolean locked();

    /** {@return the storage version key {@code __v}, or {@code null}} */
    Integer version();

    /**
     * {@return the gids populations refer to: the gid of a simple gate, the sector gids of a compound gate (in
     * sector order)}
     */
    List<String> populationGids();

    /**
     * {@return the display names: the name of a simple gate, the sector names of a compound gate}
     */
    List<String> displayNames();

    /**
     * {@return a copy with another {@code _id}}
     *
     * @param value the id, or {@code null} for a gate to create
     */
    Gate withId(String value);

    /**
     * {@return a copy in another experiment}
     *
     * @param value the experiment id
     */
    Gate withExperimentId(String value);

    /**
     * {@return a copy with other tailoring}; a file id is kept only when tailored (as the Python client does)
     *
     * @param tailored whether the gate is tailored per file
     * @param fileId the file of a file-specific member, or {@code null} for the global gate
     */
    Gate withTailoring(boolean tailored, String fileId);

    /**
     * {@return the analysis form of this gate, for evaluating it locally on scaled events
     * (docs/semantics.md#gate-geometry)}
     */
    GateDefinition toAnalysis();
}
