package cellengine.api;

import cellengine.analysis.fcs.FcsData;
import cellengine.api.model.Attachment;
import cellengine.api.model.ChannelScale;
import cellengine.api.model.Compensation;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Gate;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.StatisticsResult;
import cellengine.api.model.TailoringResult;
import cellengine.api.param.CloneOptions;
import cellengine.api.param.CompensationCreate;
import cellengine.api.param.CompensationUpdate;
import cellengine.api.param.EventExport;
import cellengine.api.param.ExperimentUpdate;
import cellengine.api.param.FcsFileCreate;
import cellengine.api.param.FcsFileUpdate;
import cellengine.api.param.GateSpec;
import cellengine.api.param.ImportResources;
import cellengine.api.param.ListOptions;
import cellengine.api.param.PlotRequest;
import cellengine.api.param.PopulationCreate;
import cellengine.api.param.PopulationUpdate;
import cellengine.api.param.StatisticsRequest;
import cellengine.api.param.ZipExport;
import jakarta.json.JsonValue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One experiment seen through a client, the twin of the Python client's {@code Experiment} object: every
 * experiment-scoped method of {@link CellEngine}, with the same name and the experiment id filled in. Made by
 * {@link CellEngine#experiment(String)} (no request) or {@link CellEngine#experimentByName(String)} (one lookup).
 * Immutable and thread-safe, as the client is.
 *
 * <pre>{@code
 * ExperimentView run = client.experimentByName("Run 7");          // Python: exp = Experiment.get(name="Run 7")
 * FcsFile a1 = run.uploadFcsFile(Path.of("A1.fcs"));               // exp.upload_fcs_file("A1.fcs")
 * GateCreated lymphs = run.postGate(Gates.rectangle("FSC-A", "SSC-A", "lymphs", 1e4, 1e5, 1e4, 1e5).build());
 * StatisticsResult stats = run.getStatistics(StatisticsRequest.builder()
 *         .statistics(Statistic.EVENT_COUNT, Statistic.PERCENT).populationIds(lymphs.population().id()).build());
 * run.saveExperimentRevision("gated");                              // exp.save_revision("gated")
 * }</pre>
 *
 * <p>The methods are exactly the client's methods whose first parameter is {@code experimentId} (a test checks
 * that both ways), so each one's contract, errors included, is the client method's.
 *
 * @since 0.1
 */
public final class ExperimentView {

    private final CellEngine client;
    private final String experimentId;

    ExperimentView(CellEngine client, String id) {
        this.client = Objects.requireNonNull(client, "client");
        this.experimentId = cellengine.api.internal.http.Ids.require(id, "experimentId");
    }

    /** {@return the experiment's 24-hex id} */
    public String id() {
        return experimentId;
    }

    /** {@return the client this view calls through} */
    public CellEngine client() {
        return client;
    }

    /**
     * {@return what {@link CellEngine#getExperiment(String)} returns for this experiment}
     */
    public Experiment getExperiment() {
        return client.getExperiment(experimentId);
    }

    /**
     * {@return what {@link CellEngine#updateExperiment(String, ExperimentUpdate)} returns for this experiment}
     *
     * @param update as there
     */
    public Experiment updateExperiment(ExperimentUpdate update) {
        return client.updateExperiment(experimentId, update);
    }

    /**
     * Calls {@link CellEngine#deleteExperiment(String)} for this experiment.
     */
    public void deleteExperiment() {
        client.deleteExperiment(experimentId);
    }

    /**
     * {@return what {@link CellEngine#cloneExperiment(String)} returns for this experiment}
     */
    public Experiment cloneExperiment() {
        return client.cloneExperiment(experimentId);
    }

    /**
     * {@return what {@link CellEngine#cloneExperiment(String, CloneOptions)} returns for this experiment}
     *
     * @param options as there
     */
    public Experiment cloneExperiment(CloneOptions options) {
        return client.cloneExperiment(experimentId, options);
    }

    /**
     * {@return what {@link CellEngine#saveExperimentRevision(String, String)} returns for this experiment}
     *
     * @param description as there
     */
    public Experiment saveExperimentRevision(String description) {
        return client.saveExperimentRevision(experimentId, description);
    }

    /**
     * {@return what {@link CellEngine#importExperimentResources(String, ImportResources)} returns for this experiment}
     *
     * @param request as there
     */
    public JsonValue importExperimentResources(ImportResources request) {
        return client.importExperimentResources(experimentId, request);
    }

    /**
     * {@return what {@link CellEngine#getAttachments(String)} returns for this experiment}
     */
    public List<Attachment> getAttachments() {
        return client.getAttachments(experimentId);
    }

    /**
     * {@return what {@link CellEngine#getAttachment(String, String)} returns for this experiment}
     *
     * @param attachmentId as there
     */
    public Attachment getAttachment(String attachmentId) {
        return client.getAttachment(experimentId, attachmentId);
    }

    /**
     * {@return what {@link CellEngine#getAttachmentByName(String, String)} returns for this experiment}
     *
     * @param filename as there
     */
    public Attachment getAttachmentByName(String filename) {
        return client.getAttachmentByName(experimentId, filename);
    }

    /**
     * {@return what {@link CellEngine#downloadAttachment(String, String)} returns for this experiment}
     *
     * @param attachmentId as there
     */
    public byte[] downloadAttachment(String attachmentId) {
        return client.downloadAttachment(experimentId, attachmentId);
    }

    /**
     * Calls {@link CellEngine#downloadAttachment(String, String, Download)} for this experiment.
     *
     * @param attachmentId as there
     * @param target as there
     */
    public void downloadAttachment(String attachmentId, Download target) {
        client.downloadAttachment(experimentId, attachmentId, target);
    }

    /**
     * {@return what {@link CellEngine#downloadAttachmentByName(String, String)} returns for this experiment}
     *
     * @param filename as there
     */
    public byte[] downloadAttachmentByName(String filename) {
        return client.downloadAttachmentByName(experimentId, filename);
    }

    /**
     * Calls {@link CellEngine#downloadAttachmentByName(String, String, Download)} for this experiment.
     *
     * @param filename as there
     * @param target as there
     */
    public void downloadAttachmentByName(String filename, Download target) {
        client.downloadAttachmentByName(experimentId, filename, target);
    }

    /**
     * {@return what {@link CellEngine#uploadAttachment(String, Path)} returns for this experiment}
     *
     * @param file as there
     */
    public Attachment uploadAttachment(Path file) {
        return client.uploadAttachment(experimentId, file);
    }

    /**
     * {@return what {@link CellEngine#uploadAttachment(String, Upload)} returns for this experiment}
     *
     * @param upload as there
     */
    public Attachment uploadAttachment(Upload upload) {
        return client.uploadAttachment(experimentId, upload);
    }

    /**
     * {@return what {@link CellEngine#updateAttachment(String, String, String)} returns for this experiment}
     *
     * @param attachmentId as there
     * @param newFilename as there
     */
    public Attachment updateAttachment(String attachmentId, String newFilename) {
        return client.updateAttachment(experimentId, attachmentId, newFilename);
    }

    /**
     * Calls {@link CellEngine#deleteAttachment(String, String)} for this experiment.
     *
     * @param attachmentId as there
     */
    public void deleteAttachment(String attachmentId) {
        client.deleteAttachment(experimentId, attachmentId);
    }

    /**
     * Calls {@link CellEngine#deleteAttachmentByName(String, String)} for this experiment.
     *
     * @param filename as there
     */
    public void deleteAttachmentByName(String filename) {
        client.deleteAttachmentByName(experimentId, filename);
    }

    /**
     * {@return what {@link CellEngine#getCompensations(String)} returns for this experiment}
     */
    public List<Compensation> getCompensations() {
        return client.getCompensations(experimentId);
    }

    /**
     * {@return what {@link CellEngine#getCompensation(String, String)} returns for this experiment}
     *
     * @param compensationId as there
     */
    public Compensation getCompensation(String compensationId) {
        return client.getCompensation(experimentId, compensationId);
    }

    /**
     * {@return what {@link CellEngine#getCompensationByName(String, String)} returns for this experiment}
     *
     * @param name as there
     */
    public Compensation getCompensationByName(String name) {
        return client.getCompensationByName(experimentId, name);
    }

    /**
     * {@return what {@link CellEngine#postCompensation(String, String, List, double[])} returns for this experiment}
     *
     * @param name as there
     * @param channels as there
     * @param spillMatrix as there
     */
    public Compensation postCompensation(String name, List<String> channels, double[] spillMatrix) {
        return client.postCompensation(experimentId, name, channels, spillMatrix);
    }

    /**
     * {@return what {@link CellEngine#postCompensation(String, CompensationCreate)} returns for this experiment}
     *
     * @param body as there
     */
    public Compensation postCompensation(CompensationCreate body) {
        return client.postCompensation(experimentId, body);
    }

    /**
     * {@return what {@link CellEngine#updateCompensation(String, String, CompensationUpdate)} returns for this experiment}
     *
     * @param compensationId as there
     * @param update as there
     */
    public Compensation updateCompensation(String compensationId, CompensationUpdate update) {
        return client.updateCompensation(experimentId, compensationId, update);
    }

    /**
     * Calls {@link CellEngine#deleteCompensation(String, String)} for this experiment.
     *
     * @param compensationId as there
     */
    public void deleteCompensation(String compensationId) {
        client.deleteCompensation(experimentId, compensationId);
    }

    /**
     * {@return what {@link CellEngine#getFcsFiles(String)} returns for this experiment}
     */
    public List<FcsFile> getFcsFiles() {
        return client.getFcsFiles(experimentId);
    }

    /**
     * {@return what {@link CellEngine#getFcsFiles(String, ListOptions)} returns for this experiment}
     *
     * @param options as there
     */
    public List<FcsFile> getFcsFiles(ListOptions options) {
        return client.getFcsFiles(experimentId, options);
    }

    /**
     * {@return what {@link CellEngine#getFcsFiles(String, ListOptions, boolean)} returns for this experiment}
     *
     * @param options as there
     * @param includeControls as there
     */
    public List<FcsFile> getFcsFiles(ListOptions options, boolean includeControls) {
        return client.getFcsFiles(experimentId, options, includeControls);
    }

    /**
     * {@return what {@link CellEngine#getFcsFilesPaged(String, ListOptions, int)} returns for this experiment}
     *
     * @param options as there
     * @param pageSize as there
     */
    public Paged<FcsFile> getFcsFilesPaged(ListOptions options, int pageSize) {
        return client.getFcsFilesPaged(experimentId, options, pageSize);
    }

    /**
     * {@return what {@link CellEngine#getFcsFile(String, String)} returns for this experiment}
     *
     * @param fcsFileId as there
     */
    public FcsFile getFcsFile(String fcsFileId) {
        return client.getFcsFile(experimentId, fcsFileId);
    }

    /**
     * {@return what {@link CellEngine#getFcsFileByName(String, String)} returns for this experiment}
     *
     * @param filename as there
     */
    public FcsFile getFcsFileByName(String filename) {
        return client.getFcsFileByName(experimentId, filename);
    }

    /**
     * {@return what {@link CellEngine#getFileInternalCompensation(String, String)} returns for this experiment}
     *
     * @param fcsFileId as there
     */
    public Compensation getFileInternalCompensation(String fcsFileId) {
        return client.getFileInternalCompensation(experimentId, fcsFileId);
    }

    /**
     * {@return what {@link CellEngine#uploadFcsFile(String, Path)} returns for this experiment}
     *
     * @param file as there
     */
    public FcsFile uploadFcsFile(Path file) {
        return client.uploadFcsFile(experimentId, file);
    }

    /**
     * {@return what {@link CellEngine#uploadFcsFile(String, Upload)} returns for this experiment}
     *
     * @param upload as there
     */
    public FcsFile uploadFcsFile(Upload upload) {
        return client.uploadFcsFile(experimentId, upload);
    }

    /**
     * {@return what {@link CellEngine#createFcsFile(String, FcsFileCreate)} returns for this experiment}
     *
     * @param body as there
     */
    public FcsFile createFcsFile(FcsFileCreate body) {
        return client.createFcsFile(experimentId, body);
    }

    /**
     * {@return what {@link CellEngine#updateFcsFile(String, String, FcsFileUpdate)} returns for this experiment}
     *
     * @param fcsFileId as there
     * @param update as there
     */
    public FcsFile updateFcsFile(String fcsFileId, FcsFileUpdate update) {
        return client.updateFcsFile(experimentId, fcsFileId, update);
    }

    /**
     * Calls {@link CellEngine#deleteFcsFile(String, String)} for this experiment.
     *
     * @param fcsFileId as there
     */
    public void deleteFcsFile(String fcsFileId) {
        client.deleteFcsFile(experimentId, fcsFileId);
    }

    /**
     * {@return what {@link CellEngine#downloadFcsFile(String, String, EventExport)} returns for this experiment}
     *
     * @param fcsFileId as there
     * @param options as there
     */
    public byte[] downloadFcsFile(String fcsFileId, EventExport options) {
        return client.downloadFcsFile(experimentId, fcsFileId, options);
    }

    /**
     * Calls {@link CellEngine#downloadFcsFile(String, String, EventExport, Download)} for this experiment.
     *
     * @param fcsFileId as there
     * @param options as there
     * @param target as there
     */
    public void downloadFcsFile(String fcsFileId, EventExport options, Download target) {
        client.downloadFcsFile(experimentId, fcsFileId, options, target);
    }

    /**
     * {@return what {@link CellEngine#getEvents(String, String, EventExport)} returns for this experiment}
     *
     * @param fcsFileId as there
     * @param options as there
     */
    public FcsData getEvents(String fcsFileId, EventExport options) {
        return client.getEvents(experimentId, fcsFileId, options);
    }

    /**
     * Calls {@link CellEngine#exportEventsZip(String, ZipExport, Download)} for this experiment.
     *
     * @param request as there
     * @param target as there
     */
    public void exportEventsZip(ZipExport request, Download target) {
        client.exportEventsZip(experimentId, request, target);
    }

    /**
     * {@return what {@link CellEngine#getScaleset(String)} returns for this experiment}
     */
    public ScaleSet getScaleset() {
        return client.getScaleset(experimentId);
    }

    /**
     * {@return what {@link CellEngine#updateScaleset(String, String, List)} returns for this experiment}
     *
     * @param scaleSetId as there
     * @param scales as there
     */
    public ScaleSet updateScaleset(String scaleSetId, List<ChannelScale> scales) {
        return client.updateScaleset(experimentId, scaleSetId, scales);
    }

    /**
     * {@return what {@link CellEngine#getGates(String)} returns for this experiment}
     */
    public List<Gate> getGates() {
        return client.getGates(experimentId);
    }

    /**
     * {@return what {@link CellEngine#getGates(String, ListOptions)} returns for this experiment}
     *
     * @param options as there
     */
    public List<Gate> getGates(ListOptions options) {
        return client.getGates(experimentId, options);
    }

    /**
     * {@return what {@link CellEngine#getGatesPaged(String, ListOptions, int)} returns for this experiment}
     *
     * @param options as there
     * @param pageSize as there
     */
    public Paged<Gate> getGatesPaged(ListOptions options, int pageSize) {
        return client.getGatesPaged(experimentId, options, pageSize);
    }

    /**
     * {@return what {@link CellEngine#getGate(String, String)} returns for this experiment}
     *
     * @param gateId as there
     */
    public Gate getGate(String gateId) {
        return client.getGate(experimentId, gateId);
    }

    /**
     * {@return what {@link CellEngine#getGateByName(String, String)} returns for this experiment}
     *
     * @param name as there
     */
    public Gate getGateByName(String name) {
        return client.getGateByName(experimentId, name);
    }

    /**
     * {@return what {@link CellEngine#postGate(String, GateSpec)} returns for this experiment}
     *
     * @param spec as there
     */
    public GateCreated postGate(GateSpec spec) {
        return client.postGate(experimentId, spec);
    }

    /**
     * {@return what {@link CellEngine#postGates(String, List)} returns for this experiment}
     *
     * @param specs as there
     */
    public List<Gate> postGates(List<GateSpec> specs) {
        return client.postGates(experimentId, specs);
    }

    /**
     * {@return what {@link CellEngine#updateGate(String, String, Map)} returns for this experiment}
     *
     * @param gateId as there
     * @param changes as there
     */
    public Gate updateGate(String gateId, Map<String, ?> changes) {
        return client.updateGate(experimentId, gateId, changes);
    }

    /**
     * Calls {@link CellEngine#deleteGate(String, String)} for this experiment.
     *
     * @param gateId as there
     */
    public void deleteGate(String gateId) {
        client.deleteGate(experimentId, gateId);
    }

    /**
     * Calls {@link CellEngine#deleteGateFamily(String, String)} for this experiment.
     *
     * @param gid as there
     */
    public void deleteGateFamily(String gid) {
        client.deleteGateFamily(experimentId, gid);
    }

    /**
     * Calls {@link CellEngine#deleteGateFamily(String, String, String)} for this experiment.
     *
     * @param gid as there
     * @param excludeGateId as there
     */
    public void deleteGateFamily(String gid, String excludeGateId) {
        client.deleteGateFamily(experimentId, gid, excludeGateId);
    }

    /**
     * Calls {@link CellEngine#deleteGates(String, List)} for this experiment.
     *
     * @param gateIds as there
     */
    public void deleteGates(List<String> gateIds) {
        client.deleteGates(experimentId, gateIds);
    }

    /**
     * {@return what {@link CellEngine#updateGateFamily(String, String, Map)} returns for this experiment}
     *
     * @param gid as there
     * @param changes as there
     */
    public int updateGateFamily(String gid, Map<String, ?> changes) {
        return client.updateGateFamily(experimentId, gid, changes);
    }

    /**
     * {@return what {@link CellEngine#applyTailoring(String, Gate, List)} returns for this experiment}
     *
     * @param gate as there
     * @param fcsFileIds as there
     */
    public TailoringResult applyTailoring(Gate gate, List<String> fcsFileIds) {
        return client.applyTailoring(experimentId, gate, fcsFileIds);
    }

    /**
     * Calls {@link CellEngine#resetGates(String)} for this experiment.
     */
    public void resetGates() {
        client.resetGates(experimentId);
    }

    /**
     * {@return what {@link CellEngine#getPopulations(String)} returns for this experiment}
     */
    public List<Population> getPopulations() {
        return client.getPopulations(experimentId);
    }

    /**
     * {@return what {@link CellEngine#getPopulations(String, ListOptions)} returns for this experiment}
     *
     * @param options as there
     */
    public List<Population> getPopulations(ListOptions options) {
        return client.getPopulations(experimentId, options);
    }

    /**
     * {@return what {@link CellEngine#getPopulationsPaged(String, ListOptions, int)} returns for this experiment}
     *
     * @param options as there
     * @param pageSize as there
     */
    public Paged<Population> getPopulationsPaged(ListOptions options, int pageSize) {
        return client.getPopulationsPaged(experimentId, options, pageSize);
    }

    /**
     * {@return what {@link CellEngine#getPopulation(String, String)} returns for this experiment}
     *
     * @param populationId as there
     */
    public Population getPopulation(String populationId) {
        return client.getPopulation(experimentId, populationId);
    }

    /**
     * {@return what {@link CellEngine#getPopulationByName(String, String)} returns for this experiment}
     *
     * @param name as there
     */
    public Population getPopulationByName(String name) {
        return client.getPopulationByName(experimentId, name);
    }

    /**
     * {@return what {@link CellEngine#postPopulation(String, PopulationCreate)} returns for this experiment}
     *
     * @param body as there
     */
    public Population postPopulation(PopulationCreate body) {
        return client.postPopulation(experimentId, body);
    }

    /**
     * {@return what {@link CellEngine#updatePopulation(String, String, PopulationUpdate)} returns for this experiment}
     *
     * @param populationId as there
     * @param update as there
     */
    public Population updatePopulation(String populationId, PopulationUpdate update) {
        return client.updatePopulation(experimentId, populationId, update);
    }

    /**
     * Calls {@link CellEngine#deletePopulation(String, String)} for this experiment.
     *
     * @param populationId as there
     */
    public void deletePopulation(String populationId) {
        client.deletePopulation(experimentId, populationId);
    }

    /**
     * Calls {@link CellEngine#deletePopulation(String, String, boolean)} for this experiment.
     *
     * @param populationId as there
     * @param deleteBranch as there
     */
    public void deletePopulation(String populationId, boolean deleteBranch) {
        client.deletePopulation(experimentId, populationId, deleteBranch);
    }

    /**
     * {@return what {@link CellEngine#getStatistics(String, StatisticsRequest)} returns for this experiment}
     *
     * @param request as there
     */
    public StatisticsResult getStatistics(StatisticsRequest request) {
        return client.getStatistics(experimentId, request);
    }

    /**
     * {@return what {@link CellEngine#getPlot(String, PlotRequest)} returns for this experiment}
     *
     * @param request as there
     */
    public byte[] getPlot(PlotRequest request) {
        return client.getPlot(experimentId, request);
    }

    /**
     * Calls {@link CellEngine#getPlot(String, PlotRequest, Download)} for this experiment.
     *
     * @param request as there
     * @param target as there
     */
    public void getPlot(PlotRequest request, Download target) {
        client.getPlot(experimentId, request, target);
    }

    /**
     * {@return what {@link CellEngine#experiment(String)} returns for this experiment}
     */
    public ExperimentView experiment() {
        return client.experiment(experimentId);
    }

    /**
     * {@return what {@link CellEngine#updateEntity(String, String, String, Map)} returns for this experiment}
     *
     * @param entityId as there
     * @param entityPath as there
     * @param body as there
     */
    public JsonValue updateEntity(String entityId, String entityPath, Map<String, ?> body) {
        return client.updateEntity(experimentId, entityId, entityPath, body);
    }

    /**
     * Calls {@link CellEngine#deleteEntity(String, String, String)} for this experiment.
     *
     * @param entityPath as there
     * @param entityId as there
     */
    public void deleteEntity(String entityPath, String entityId) {
        client.deleteEntity(experimentId, entityPath, entityId);
    }

    @Override
    public String toString() {
        return "ExperimentView[" + experimentId + "]";
    }
}
