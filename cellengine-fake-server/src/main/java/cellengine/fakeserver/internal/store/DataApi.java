package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.Timestamps;
import cellengine.fakeserver.internal.query.Booleans;
import cellengine.fakeserver.internal.query.ListOptions;
import cellengine.fakeserver.internal.upload.Multipart;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The experiment-data side of the API (docs/wire.md#attachments, docs/wire.md#compensations, docs/wire.md#fcs-files,
 * docs/wire.md#scale-sets; issue 4): attachments, compensations, FCS files, the scale set and resource import ({@code
 * AnalysisApi} has the exports and derived files). Every call first
 * checks that the caller may see the experiment and that it is live (docs/semantics.md#deletion,
 * docs/semantics.md#permissions); a resource id that is unknown or belongs to another experiment is a 404.
 */
public final class DataApi {

    private final Experiments experiments;
    private final Attachments attachments;
    private final Compensations compensations;
    private final FcsFiles fcsFiles;
    private final ScaleSets scaleSets;
    private final Clock clock;
    private final ImportResources imports;
    private final GatingImport gatingImport;

    public DataApi(Experiments experiments, Attachments attachments, Compensations compensations, FcsFiles fcsFiles,
            ScaleSets scaleSets, Clock clock, GatingImport gatingImport) {
        this.experiments = experiments;
        this.attachments = attachments;
        this.compensations = compensations;
        this.fcsFiles = fcsFiles;
        this.scaleSets = scaleSets;
        this.clock = clock;
        this.imports = new ImportResources(experiments, compensations, fcsFiles, gatingImport);
        this.gatingImport = gatingImport;
    }

    private String experiment(Account caller, String eid) {
        return experiments.get(caller, eid).getString("_id");
    }

    // Attachments

    public List<JsonObject> attachments(Account caller, String eid, ListOptions options) {
        return attachments.list(experiment(caller, eid), options);
    }

    public JsonObject uploadAttachment(Account caller, String eid, Multipart.UploadedFile file) {
        return attachments.upload(experiment(caller, eid), file);
    }

    public byte[] attachmentContent(Account caller, String eid, String id) {
        return attachments.content(experiment(caller, eid), id);
    }

    public JsonObject attachment(Account caller, String eid, String id) {
        return attachments.get(experiment(caller, eid), id);
    }

    public JsonObject patchAttachment(Account caller, String eid, String id, JsonObject body) {
        return attachments.patch(experiment(caller, eid), id, body);
    }

    public void deleteAttachment(Account caller, String eid, String id) {
        attachments.delete(experiment(caller, eid), id);
    }

    // Compensations

    public List<JsonObject> compensations(Account caller, String eid, ListOptions options) {
        return compensations.list(experiment(caller, eid), options);
    }

    public JsonObject createCompensation(Account caller, String eid, JsonObject body) {
        return compensations.create(experiment(caller, eid), body);
    }

    public JsonObject compensation(Account caller, String eid, String id) {
        return compensations.get(experiment(caller, eid), id);
    }

    public JsonObject patchCompensation(Account caller, String eid, String id, JsonObject body) {
        return compensations.patch(experiment(caller, eid), id, body);
    }

    /**
     * Deletes a compensation, unless the experiment's {@code activeCompensation} or a file's
     * {@code compensation} still names it (409, the suggested default of docs/semantics.md#deleting-gates).
     */
    public void deleteCompensation(Account caller, String eid, String id) {
        JsonObject experiment = experiments.get(caller, eid);
        String experimentId = experiment.getString("_id");
        compensations.get(experimentId, id);
        JsonValue idValue = Json.createValue(id);
        if (idValue.equals(experiment.get("activeCompensation"))) {
            throw new ApiError.Conflict("Compensation " + id + " is the experiment's activeCompensation; set "
                    + "another one before deleting it.");
        }
        for (JsonObject file : fcsFiles.inExperiment(experimentId)) {
            if (idValue.equals(file.get("compensation"))) {
                throw new ApiError.Conflict("Compensation " + id + " is the compensation of FCS file "
                        + file.getString("_id") + "; change it before deleting the compensation.");
            }
        }
        compensations.delete(experimentId, id);
    }

    // FCS files

    public List<JsonObject> fcsFiles(Account caller, String eid, Map<String, List<String>> params) {
        List<String> controls = params.getOrDefault("includeControls", List.of());
        boolean includeControls = !controls.isEmpty() && Booleans.parse("includeControls", controls.get(0), false);
        return fcsFiles.list(experiment(caller, eid), ListOptions.from(params), includeControls);
    }

    public JsonObject uploadFcsFile(Account caller, String eid, Multipart.UploadedFile file) {
        return fcsFiles.upload(experiment(caller, eid), file);
    }

    public JsonObject fcsFile(Account caller, String eid, String fid) {
        return fcsFiles.get(experiment(caller, eid), fid);
    }

    public JsonObject patchFcsFile(Account caller, String eid, String fid, JsonObject body) {
        String experimentId = experiment(caller, eid);
        return fcsFiles.patch(experimentId, fid, body, id -> compensations.find(experimentId, id).isPresent());
    }

    /** Soft-deletes a file and deletes its tailored gates (the suggested rule of docs/semantics.md#deleting-gates). */
    public void deleteFcsFile(Account caller, String eid, String fid) {
        String experimentId = experiment(caller, eid);
        fcsFiles.delete(experimentId, fid, Timestamps.format(clock.instant()));
        gatingImport.deleteTailoredGates(experimentId, fid);
    }

    // Scale sets and import

    public JsonArray scaleSets(Account caller, String eid) {
        return Json.createArrayBuilder().add(scaleSets.forExperiment(experiment(caller, eid))).build();
    }

    public JsonObject patchScaleSet(Account caller, String eid, String id, JsonObject body) {
        return Json.createObjectBuilder()
                .add("scaleSet", scaleSets.patch(experiment(caller, eid), id, body))
                .build();
    }

    public JsonObject importResources(Account caller, String eid, JsonObject body) {
        return imports.importInto(caller, eid, body);
    }
}
