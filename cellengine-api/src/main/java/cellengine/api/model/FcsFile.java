package cellengine.api.model;

import cellengine.analysis.fcs.Spillover;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An FCS file of an experiment, with every field of docs/wire.md#fcs-file-fields.
 *
 * <p>Bound with JSON-B: unknown fields are ignored, missing ones are {@code null} (lists: empty; {@code data}: an
 * empty object; booleans: {@code false}). List results may leave out {@code header} and {@code spillString}; the
 * methods that need them say so and name the call that fetches them ({@code CellEngine.getFcsFile}).
 *
 * @param id the file's {@code _id}
 * @param experimentId the experiment it belongs to
 * @param filename the file name; by-name lookups match it
 * @param md5 the MD5 of the uploaded bytes, lower-case hex
 * @param crc32c the CRC-32C of the uploaded bytes, 8 lower-case hex digits
 * @param size the size in bytes
 * @param gatesLocked whether its gates are locked
 * @param deleted when it was soft-deleted, or {@code null}
 * @param isControl whether it is a control file (left out of default statistics and lists)
 * @param panelName the panel's name, such as {@code "Panel 1"}
 * @param panel the channels: index, {@code $PnN} and {@code $PnS}
 * @param compensation its per-file compensation (0, -1 or an id), or {@code null}
 * @param annotations its annotations, such as the plate well
 * @param eventCount the number of events
 * @param hasFileInternalComp whether the file has a spillover keyword
 * @param spillString its spillover as {@code "N,ch1,…,chN,v11,…,vNN"}, or {@code null}
 * @param header the FCS TEXT keywords as a JSON string, or {@code null} when left out
 * @param data free-form data, such as {@code sourceFiles} after a concatenation
 * @param sampleName the sample name, or {@code null}
 * @param version the storage version key {@code __v}, or {@code null}
 * @since 0.1
 */
public record FcsFile(
        @JsonbProperty("_id") String id,
        @JsonbProperty("experimentId") String experimentId,
        @JsonbProperty("filename") String filename,
        @JsonbProperty("md5") String md5,
        @JsonbProperty("crc32c") String crc32c,
        @JsonbProperty("size") Long size,
        @JsonbProperty("gatesLocked") boolean gatesLocked,
        @JsonbProperty("deleted") Instant deleted,
        @JsonbProperty("isControl") boolean isControl,
        @JsonbProperty("panelName") String panelName,
        @JsonbProperty("panel") List<PanelEntry> panel,
        @JsonbProperty("compensation") CompensationId compensation,
        @JsonbProperty("annotations") List<Annotation> annotations,
        @JsonbProperty("eventCount") Long eventCount,
        @JsonbProperty("hasFileInternalComp") boolean hasFileInternalComp,
        @JsonbProperty("spillString") String spillString,
        @JsonbProperty("header") String header,
        @JsonbProperty("data") JsonObject data,
        @JsonbProperty("sampleName") String sampleName,
        @JsonbProperty("__v") Integer version) {

    /**
     * Creates the record; absent lists and objects become empty ones.
     *
     * @param id the file's {@code _id}
     * @param experimentId the experiment it belongs to
     * @param filename the file name
     * @param md5 the MD5 of the uploaded bytes
     * @param crc32c the CRC-32C of the uploaded bytes
     * @param size the size in bytes
     * @param gatesLocked whether its gates are locked
     * @param deleted when it was soft-deleted, or {@code null}
     * @param isControl whether it is a control file
     * @param panelName the panel's name
     * @param panel the channels
     * @param compensation its per-file compensation, or {@code null}
     * @param annotations its annotations
     * @param eventCount the number of events
     * @param hasFileInternalComp whether the file has a spillover keyword
     * @param spillString its spillover string, or {@code null}
     * @param header the TEXT keywords as a JSON string, or {@code null}
     * @param data free-form data
     * @param sampleName the sample name, or {@code null}
     * @param version the storage version key, or {@code null}
     */
    public FcsFile {
        panel = Values.list(panel);
        annotations = Values.list(annotations);
        data = Values.object(data);
    }

    /** {@return the channel names ({@code $PnN}) of the panel, in panel order} */
    public List<String> channels() {
        List<String> names = new ArrayList<>(panel.size());
        for (PanelEntry entry : panel) {
            names.add(entry.channel());
        }
        return List.copyOf(names);
    }

    /**
     * {@return the first channel whose reagent ({@code $PnS}) is {@code reagent}, if any}
     *
     * @param reagent the reagent, such as {@code "CD3"}
     */
    public Optional<String> channelForReagent(String reagent) {
        Objects.requireNonNull(reagent, "reagent");
        for (PanelEntry entry : panel) {
            if (reagent.equals(entry.reagent())) {
                return Optional.ofNullable(entry.channel());
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the value of the annotation with this name, if the file has it}
     *
     * @param name the annotation name, such as {@code "plate well"}
     */
    public Optional<Annotation> annotation(String name) {
        Objects.requireNonNull(name, "name");
        return annotations.stream().filter(a -> name.equals(a.name())).findFirst();
    }

    /**
     * {@return the FCS TEXT keywords parsed from {@code header}, in the server's order; non-string values in their
     * JSON form}
     *
     * @throws IllegalStateException when {@code header} was left out (list results may omit it:
     *         {@code CellEngine.getFcsFile(experimentId, id)} fetches the whole record)
     * @throws cellengine.api.CellEngineException when the server's {@code header} is not a JSON object
     */
    public Map<String, String> headerKeywords() {
        if (header == null) {
            throw new IllegalStateException("FCS file " + describe() + " has no header: list results may leave it "
                    + "out; fetch the file with CellEngine.getFcsFile(experimentId, id)");
        }
        return FcsFileText.parseHeader(header, describe());
    }

    /**
     * {@return the file-internal spill matrix parsed from {@code spillString}; empty when the file has none}
     *
     * @throws IllegalStateException when the file has one but {@code spillString} was left out (list results may
     *         leave it out: {@code CellEngine.getFileInternalCompensation(experimentId, id)} fetches it whatever the
     *         record's origin)
     * @throws cellengine.api.CellEngineException when the server's {@code spillString} cannot be read
     */
    public Optional<Spillover> spillover() {
        if (spillString == null || spillString.isBlank()) {
            if (hasFileInternalComp) {
                throw new IllegalStateException("FCS file " + describe() + " has a file-internal compensation but "
                        + "no spillString: list results may leave it out; "
                        + "CellEngine.getFileInternalCompensation(experimentId, id) fetches it");
            }
            return Optional.empty();
        }
        return Optional.of(FcsFileText.parseSpillString(spillString, describe()));
    }

    /**
     * {@return the file's own spill matrix as an unsaved compensation (empty id, experiment id and name)}; for a
     * record from a list call, which may lack the spill string, use
     * {@code CellEngine.getFileInternalCompensation(experimentId, id)}
     *
     * @throws IllegalStateException when the file has no internal compensation (the Python client's
     *         {@code ValueError}), or as for {@link #spillover()}
     */
    public Compensation fileInternalCompensation() {
        return Compensation.fromSpillover(spillover().orElseThrow(() -> new IllegalStateException(
                "FCS File '" + id + "' does not have an internal compensation.")));
    }

    /**
     * {@return a copy with another {@code filename}}
     *
     * @param value the new value
     */
    public FcsFile withFilename(String value) {
        return new FcsFile(id, experimentId, value, md5, crc32c, size, gatesLocked, deleted, isControl, panelName,
                panel, compensation, annotations, eventCount, hasFileInternalComp, spillString, header, data,
                sampleName, version);
    }

    /**
     * {@return a copy with another {@code gatesLocked}}
     *
     * @param value the new value
     */
    public FcsFile withGatesLocked(boolean value) {
        return new FcsFile(id, experimentId, filename, md5, crc32c, size, value, deleted, isControl, panelName,
                panel, compensation, annotations, eventCount, hasFileInternalComp, spillString, header, data,
                sampleName, version);
    }

    /**
     * {@return a copy with another {@code deleted}}
     *
     * @param value the new value
     */
    public FcsFile withDeleted(Instant value) {
        return new FcsFile(id, experimentId, filename, md5, crc32c, size, gatesLocked, value, isControl, panelName,
                panel, compensation, annotations, eventCount, hasFileInternalComp, spillString, header, data,
                sampleName, version);
    }

    /**
     * {@return a copy with another {@code isControl}}
     *
     * @param value the new value
     */
    public FcsFile withIsControl(boolean value) {
        return new FcsFile(id, experimentId, filename, md5, crc32c, size, gatesLocked, deleted, value, panelName,
                panel, compensation, annotations, eventCount, hasFileInternalComp, spillString, header, data,
                sampleName, version);
    }

    /**
     * {@return a copy with another {@code panelName}}
     *
     * @param value the new value
     */
    public FcsFile withPanelName(String value) {
        return new FcsFile(id, experimentId, filename, md5, crc32c, size, gatesLocked, deleted, isControl, value,
                panel, compensation, annotations, eventCount, hasFileInternalComp, spillString, header, data,
                sampleName, version);
    }

    /**
     * {@return a copy with another {@code panel}}
     *
     * @param value the new value
     */
    public FcsFile withPanel(List<PanelEntry> value) {
        return new FcsFile(id, experimentId, filename, md5, crc32c, size, gatesLocked, deleted, isControl,
                panelName, value, compensation, annotations, eventCount, hasFileInternalComp, spillString, header,
                data, sampleName, version);
    }

    /**
     * {@return a copy with another {@code compensation}}
     *
     * @param value the new value
     */
    public FcsFile withCompensation(CompensationId value) {
        return new FcsFile(id, experimentId, filename, md5, crc32c, size, gatesLocked, deleted, isControl,
                panelName, panel, value, annotations, eventCount, hasFileInternalComp, spillString, header, data,
                sampleName, version);
    }

    /**
     * {@return a copy with other {@code annotations}}
     *
     * @param value the new value
     */
    public FcsFile withAnnotations(List<Annotation> value) {
        return new FcsFile(id, experimentId, filename, md5, crc32c, size, gatesLocked, deleted, isControl,
                panelName, panel, compensation, value, eventCount, hasFileInternalComp, spillString, header, data,
                sampleName, version);
    }

    private String describe() {
        return "'" + filename + "' (" + id + ")";
    }
}
