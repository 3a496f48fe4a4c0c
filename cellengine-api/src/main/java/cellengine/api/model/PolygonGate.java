package cellengine.api.model;

import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.PolygonGeometry;
import cellengine.api.internal.model.GateChecks;

import java.util.List;
import java.util.Objects;

/**
 * A polygon gate: {@code model.polygon.vertices = [[x, y], …]} on two channels, closed implicitly (the first vertex
 * is not repeated; docs/wire.md#gate-fields).
 *
 * @param id the {@code _id}, or {@code null} before creation
 * @param experimentId the experiment, or {@code null} before creation
 * @param gid the family gid
 * @param name the name
 * @param xChannel the x channel
 * @param yChannel the y channel
 * @param tailoredPerFile whether tailored per file
 * @param fcsFileId the file of a file-specific member, or {@code null}
 * @param locked {@code model.locked}
 * @param label {@code model.label}, or {@code null} when absent
 * @param vertices the vertices, in order
 * @param version {@code __v}, or {@code null}
 * @since 0.1
 */
public record PolygonGate(String id, String experimentId, String gid, String name, String xChannel,
                          String yChannel, boolean tailoredPerFile, String fcsFileId, boolean locked, Point label,
                          List<Point> vertices, Integer version) implements Gate {

    /** The JSON {@code type}. */
    public static final String TYPE = "PolygonGate";

    /**
     * Checks the required components and copies the vertices.
     *
     * @param id the {@code _id}
     * @param experimentId the experiment
     * @param gid the family gid
     * @param name the name
     * @param xChannel the x channel
     * @param yChannel the y channel
     * @param tailoredPerFile whether tailored per file
     * @param fcsFileId the file of a file-specific member
     * @param locked {@code model.locked}
     * @param label {@code model.label}
     * @param vertices the vertices
     * @param version {@code __v}
     * @throws NullPointerException when the gid, a channel or the vertices are missing
     */
    public PolygonGate {
        Objects.requireNonNull(gid, "gid");
        GateChecks.channel(TYPE, "xChannel", xChannel);
        GateChecks.channel(TYPE, "yChannel", yChannel);
        vertices = List.copyOf(Objects.requireNonNull(vertices, "vertices"));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<String> populationGids() {
        return List.of(gid);
    }

    @Override
    public List<String> displayNames() {
        return name == null ? List.of() : List.of(name);
    }

    @Override
    public PolygonGate withId(String value) {
        return new PolygonGate(value, experimentId, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, label, vertices, version);
    }

    @Override
    public PolygonGate withExperimentId(String value) {
        return new PolygonGate(id, value, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId, locked,
                label, vertices, version);
    }

    @Override
    public PolygonGate withTailoring(boolean tailored, String fileId) {
        return new PolygonGate(id, experimentId, gid, name, xChannel, yChannel, tailored,
                tailored ? fileId : null, locked, label, vertices, version);
    }

    /**
     * {@return a copy with other vertices}
     *
     * @param value the vertices
     */
    public PolygonGate withVertices(List<Point> value) {
        return new PolygonGate(id, experimentId, gid, name, xChannel, yChannel, tailoredPerFile, fcsFileId,
                locked, label, value, version);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when the polygon has fewer than three vertices
     */
    @Override
    public GateDefinition toAnalysis() {
        double[] xs = new double[vertices.size()];
        double[] ys = new double[vertices.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = vertices.get(i).x();
            ys[i] = vertices.get(i).y();
        }
        return new GateDefinition(gid, List.of(), fcsFileId, tailoredPerFile, xChannel, yChannel,
                PolygonGeometry.of(xs, ys));
    }
}
