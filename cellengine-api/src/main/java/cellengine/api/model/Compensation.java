package cellengine.api.model;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.Spillover;
import cellengine.analysis.stats.EventTable;
import jakarta.json.bind.annotation.JsonbProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A stored compensation, with every field of docs/wire.md#compensation-fields: N channel names and an N×N
 * <em>spill</em> matrix, row-major, rows and columns in {@code channels} order. The compensation matrix is its inverse;
 * events are compensated as {@code x · S⁻¹} (docs/semantics.md#the-spill-matrix).
 *
 * <pre>{@code
 * Compensation comp = client.getCompensationByName(eid, "test_comp");
 * EventTable compensated = comp.apply(client.getEvents(eid, fid, EventExport.fcs()));
 * }</pre>
 *
 * <p>The matrix arithmetic (the inverse, compensating a table) is the analysis module's {@link CompensationMatrix},
 * which {@link #matrix()} gives; {@code apply} uses it.
 *
 * <p>Bound with JSON-B: unknown fields are ignored, missing ones are {@code null} ({@code channels} and
 * {@code spillMatrix}: empty). The matrix is copied in and out.
 *
 * @param id the compensation's {@code _id}; empty for one built from a file's spillover
 * @param experimentId the experiment it belongs to
 * @param name the name; by-name lookups match it
 * @param channels the channel names ({@code $PnN}), in matrix order
 * @param spillMatrix the N² spill values, row-major
 * @param version the storage version key {@code __v}, or {@code null}
 * @since 0.1
 */
public record Compensation(
        @JsonbProperty("_id") String id,
        @JsonbProperty("experimentId") String experimentId,
        @JsonbProperty("name") String name,
        @JsonbProperty("channels") List<String> channels,
        @JsonbProperty("spillMatrix") double[] spillMatrix,
        @JsonbProperty("__v") Integer version) {

    /**
     * Creates the record; an absent list or matrix becomes empty, and the matrix is copied.
     *
     * @param id the compensation's {@code _id}
     * @param experimentId the experiment it belongs to
     * @param name the name
     * @param channels the channel names, in matrix order
     * @param spillMatrix the N² spill values, row-major
     * @param version the storage version key {@code __v}, or {@code null}
     */
    public Compensation {
        channels = Values.list(channels);
        spillMatrix = spillMatrix == null ? new double[0] : spillMatrix.clone();
    }

    /** {@return a copy of the row-major spill matrix} */
    @Override
    public double[] spillMatrix() {
        return spillMatrix.clone();
    }

    /**
     * {@return this compensation's matrix, checked and inverted once, to compensate events with; reuse it for many
     * files}
     *
     * @throws IllegalArgumentException when the matrix is not N×N for the N channels, a channel is repeated, or a
     *         value is not finite
     * @throws cellengine.analysis.compensation.SingularMatrixException when the matrix cannot be inverted
     */
    public CompensationMatrix matrix() {
        try {
            return CompensationMatrix.of(channels, spillMatrix);
        } catch (cellengine.analysis.compensation.SingularMatrixException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("compensation '" + name + "' (" + id + "): " + e.getMessage(), e);
        }
    }

    /**
     * {@return the events compensated locally: the named channels hold {@code x · S⁻¹}, the others their FCS scale
     * values}
     *
     * @param data events, for example from {@code CellEngine.getEvents}
     * @throws cellengine.analysis.compensation.MissingChannelsException when the events lack one of the channels
     */
    public EventTable apply(FcsData data) {
        return apply(Objects.requireNonNull(data, "data").toEventTable());
    }

    /**
     * {@return the table compensated locally: the named channels hold {@code x · S⁻¹}, the others are shared}
     *
     * @param table events as FCS scale values
     * @throws cellengine.analysis.compensation.MissingChannelsException when the table lacks one of the channels
     */
    public EventTable apply(EventTable table) {
        return matrix().apply(Objects.requireNonNull(table, "table"));
    }

    /**
     * {@return an unsaved compensation (empty id, experiment id and name) holding a file's spillover}, as the
     * Python client's {@code get_file_internal_compensation} builds it
     *
     * @param spillover the file's spill matrix
     */
    public static Compensation fromSpillover(Spillover spillover) {
        Objects.requireNonNull(spillover, "spillover");
        return new Compensation("", "", "", spillover.parameterNames(), spillover.matrix(), null);
    }

    /**
     * {@return a copy with another {@code name}}
     *
     * @param value the new value
     */
    public Compensation withName(String value) {
        return new Compensation(id, experimentId, value, channels, spillMatrix, version);
    }

    /**
     * {@return a copy with other channels and spill matrix}
     *
     * @param newChannels the channel names
     * @param newSpillMatrix the N² spill values, row-major
     */
    public Compensation withMatrix(List<String> newChannels, double[] newSpillMatrix) {
        return new Compensation(id, experimentId, name, newChannels, newSpillMatrix, version);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Compensation)) {
            return false;
        }
        Compensation c = (Compensation) o;
        return Objects.equals(id, c.id) && Objects.equals(experimentId, c.experimentId)
                && Objects.equals(name, c.name) && channels.equals(c.channels)
                && Arrays.equals(spillMatrix, c.spillMatrix) && Objects.equals(version, c.version);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, experimentId, name, channels, Arrays.hashCode(spillMatrix), version);
    }

    @Override
    public String toString() {
        return "Compensation[id=" + id + ", experimentId=" + experimentId + ", name=" + name + ", channels="
                + channels + ", spillMatrix=" + Arrays.toString(spillMatrix) + ", version=" + version + "]";
    }
}
