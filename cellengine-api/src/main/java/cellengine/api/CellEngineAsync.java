package cellengine.api;

import cellengine.analysis.fcs.FcsData;
import cellengine.api.model.Attachment;
import cellengine.api.model.ChannelScale;
import cellengine.api.model.Compensation;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Folder;
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
import cellengine.api.param.ExperimentCreate;
import cellengine.api.param.ExperimentUpdate;
import cellengine.api.param.FcsFileCreate;
import cellengine.api.param.FcsFileUpdate;
import cellengine.api.param.FolderCreate;
import cellengine.api.param.FolderUpdate;
import cellengine.api.param.GateSpec;
import cellengine.api.param.ImportResources;
import cellengine.api.param.ListOptions;
import cellengine.api.param.PlotRequest;
import cellengine.api.param.PopulationCreate;
import cellengine.api.param.PopulationUpdate;
import cellengine.api.param.StatisticsRequest;
import cellengine.api.param.ZipExport;
import cellengine.api.spi.RequestBody;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The asynchronous twin of a {@link CellEngine}: one method per API method of the client, with the same name and
 * parameters, returning a {@link CompletableFuture}. Get one from {@link CellEngine#async()} or
 * {@link CellEngine#async(Executor)}.
 *
 * <pre>{@code
 * CellEngineAsync async = client.async();
 * CompletableFuture<List<FcsFile>> files = async.getExperimentByName("Run 7")
 *         .thenCompose(e -> async.getFcsFiles(e.id()));
 * }</pre>
 *
 * <h2>Where calls run</h2>
 * Each call runs the client's whole call pipeline (sign-in, request id, retries with their backoff, timeouts,
 * JSON binding) as one task on this view's executor: {@link CellEngine#async(Executor)}'s, or for
 * {@link CellEngine#async()} a shared cached pool of daemon threads named {@code cellengine-async-N} (the same
 * policy as {@code HttpClient}'s default executor: threads are made as needed and end after 60 s idle). The
 * pipeline in this version is blocking, so a call holds one executor thread until it completes; size a bounded
 * executor for the number of calls in flight. Transports offer non-blocking sends through
 * {@link cellengine.api.spi.Transport#sendAsync}, which the JDK transport implements with
 * {@code HttpClient.sendAsync}; the pipeline does not use it yet.
 *
 * <p>A future fails with the exception the blocking method would throw ({@link ApiException},
 * {@link TransportException}, {@link IllegalArgumentException}, ...), seen as the cause of the
 * {@link java.util.concurrent.CompletionException} from {@link CompletableFuture#join()} or the
 * {@link java.util.concurrent.ExecutionException} from {@link CompletableFuture#get()}. Arguments are checked when
 * the task runs, not when the method is called. Cancelling a future does not stop a call that already started.
 * The view is immutable and thread-safe; closing the client makes later calls fail with
 * {@link IllegalStateException}.
 *
 * @since 0.1
 */
public final class CellEngineAsync {

    private static final ExecutorService SHARED = Executors.newCachedThreadPool(new DaemonThreads());

    private final CellEngine client;
    private final Executor executor;

    CellEngineAsync(CellEngine client, Executor executor) {
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    static Executor defaultExecutor() {
        return SHARED;
    }

    /** {@return the blocking client this view calls} */
    public CellEngine client() {
        return client;
    }

    /** {@return the executor calls run on} */
    public Executor executor() {
        return executor;
    }

    /**
     * Runs {@link CellEngine#signIn()} on this view's executor.
     *
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> signIn() {
        return run(() -> client.signIn());
    }

    /**
     * Runs {@link CellEngine#getExperiments()} on this view's executor.
     *
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Experiment>> getExperiments() {
        return call(() -> client.getExperiments());
    }

    /**
     * Runs {@link CellEngine#getExperiments(ListOptions)} on this view's executor.
     *
     * @param options query, fields, limit, skip and sort
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Experiment>> getExperiments(ListOptions options) {
        return call(() -> client.getExperiments(options));
    }

    /**
     * Runs {@link CellEngine#getExperiment(String)} on this view's executor.
     *
     * @param id the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> getExperiment(String id) {
        return call(() -> client.getExperiment(id));
    }

    /**
     * Runs {@link CellEngine#getExperimentByName(String)} on this view's executor.
     *
     * @param name the exact name; quotes and backslashes are escaped in the query
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> getExperimentByName(String name) {
        return call(() -> client.getExperimentByName(name));
    }

    /**
     * Runs {@link CellEngine#postExperiment(String)} on this view's executor.
     *
     * @param name the name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> postExperiment(String name) {
        return call(() -> client.postExperiment(name));
    }

    /**
     * Runs {@link CellEngine#postExperiment(ExperimentCreate)} on this view's executor.
     *
     * @param body the keys to set
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> postExperiment(ExperimentCreate body) {
        return call(() -> client.postExperiment(body));
    }

    /**
     * Runs {@link CellEngine#updateExperiment(String,ExperimentUpdate)} on this view's executor.
     *
     * @param id the experiment's 24-hex id
     * @param update the keys to change; see {@link ExperimentUpdate#diff}
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> updateExperiment(String id, ExperimentUpdate update) {
        return call(() -> client.updateExperiment(id, update));
    }

    /**
     * Runs {@link CellEngine#deleteExperiment(String)} on this view's executor.
     *
     * @param id the experiment's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteExperiment(String id) {
        return run(() -> client.deleteExperiment(id));
    }

    /**
     * Runs {@link CellEngine#cloneExperiment(String)} on this view's executor.
     *
     * @param id the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> cloneExperiment(String id) {
        return call(() -> client.cloneExperiment(id));
    }

    /**
     * Runs {@link CellEngine#cloneExperiment(String,CloneOptions)} on this view's executor.
     *
     * @param id the experiment's 24-hex id
     * @param options the clone's name and folder path
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> cloneExperiment(String id, CloneOptions options) {
        return call(() -> client.cloneExperiment(id, options));
    }

    /**
     * Runs {@link CellEngine#saveExperimentRevision(String,String)} on this view's executor.
     *
     * @param id the experiment's 24-hex id
     * @param description the revision's description
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Experiment> saveExperimentRevision(String id, String description) {
        return call(() -> client.saveExperimentRevision(id, description));
    }

    /**
     * Runs {@link CellEngine#importExperimentResources(String,ImportResources)} on this view's executor.
     *
     * @param dstExperimentId the destination experiment's 24-hex id
     * @param request the source experiment, channel map, destination population and what to import
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> importExperimentResources(String dstExperimentId, ImportResources request) {
        return call(() -> client.importExperimentResources(dstExperimentId, request));
    }

    /**
     * Runs {@link CellEngine#getFolders()} on this view's executor.
     *
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Folder>> getFolders() {
        return call(() -> client.getFolders());
    }

    /**
     * Runs {@link CellEngine#getFolders(ListOptions)} on this view's executor.
     *
     * @param options query, fields, limit, skip and sort
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Folder>> getFolders(ListOptions options) {
        return call(() -> client.getFolders(options));
    }

    /**
     * Runs {@link CellEngine#getFolder(String)} on this view's executor.
     *
     * @param id the folder's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Folder> getFolder(String id) {
        return call(() -> client.getFolder(id));
    }

    /**
     * Runs {@link CellEngine#getFolderByName(String)} on this view's executor.
     *
     * @param name the exact name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Folder> getFolderByName(String name) {
        return call(() -> client.getFolderByName(name));
    }

    /**
     * Runs {@link CellEngine#postFolder(String)} on this view's executor.
     *
     * @param name the name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Folder> postFolder(String name) {
        return call(() -> client.postFolder(name));
    }

    /**
     * Runs {@link CellEngine#postFolder(FolderCreate)} on this view's executor.
     *
     * @param body name and parent path
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Folder> postFolder(FolderCreate body) {
        return call(() -> client.postFolder(body));
    }

    /**
     * Runs {@link CellEngine#updateFolder(String,FolderUpdate)} on this view's executor.
     *
     * @param id the folder's 24-hex id
     * @param update the keys to change
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Folder> updateFolder(String id, FolderUpdate update) {
        return call(() -> client.updateFolder(id, update));
    }

    /**
     * Runs {@link CellEngine#deleteFolder(String)} on this view's executor.
     *
     * @param id the folder's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteFolder(String id) {
        return run(() -> client.deleteFolder(id));
    }

    /**
     * Runs {@link CellEngine#getAttachments(String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Attachment>> getAttachments(String experimentId) {
        return call(() -> client.getAttachments(experimentId));
    }

    /**
     * Runs {@link CellEngine#getAttachment(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the attachment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Attachment> getAttachment(String experimentId, String id) {
        return call(() -> client.getAttachment(experimentId, id));
    }

    /**
     * Runs {@link CellEngine#getAttachmentByName(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the exact file name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Attachment> getAttachmentByName(String experimentId, String filename) {
        return call(() -> client.getAttachmentByName(experimentId, filename));
    }

    /**
     * Runs {@link CellEngine#downloadAttachment(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the attachment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<byte[]> downloadAttachment(String experimentId, String id) {
        return call(() -> client.downloadAttachment(experimentId, id));
    }

    /**
     * Runs {@link CellEngine#downloadAttachment(String,String,OutputStream)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the attachment's 24-hex id
     * @param out the destination
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> downloadAttachment(String experimentId, String id, OutputStream out) {
        return run(() -> client.downloadAttachment(experimentId, id, out));
    }

    /**
     * Runs {@link CellEngine#downloadAttachment(String,String,Path)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the attachment's 24-hex id
     * @param target the file to create or replace
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> downloadAttachment(String experimentId, String id, Path target) {
        return run(() -> client.downloadAttachment(experimentId, id, target));
    }

    /**
     * Runs {@link CellEngine#uploadAttachment(String,Path)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param file a readable regular file
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Attachment> uploadAttachment(String experimentId, Path file) {
        return call(() -> client.uploadAttachment(experimentId, file));
    }

    /**
     * Runs {@link CellEngine#uploadAttachment(String,String,byte[])} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the name to give it
     * @param data the content
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Attachment> uploadAttachment(String experimentId, String filename, byte[] data) {
        return call(() -> client.uploadAttachment(experimentId, filename, data));
    }

    /**
     * Runs {@link CellEngine#uploadAttachment(String,String,InputStream,long)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the name to give it
     * @param data the content
     * @param length the exact number of bytes, or negative when unknown (sent chunked)
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Attachment> uploadAttachment(String experimentId, String filename, InputStream data,
                                                          long length) {
        return call(() -> client.uploadAttachment(experimentId, filename, data, length));
    }

    /**
     * Runs {@link CellEngine#uploadAttachment(String,String,RequestBody)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the name to give it
     * @param body the content
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Attachment> uploadAttachment(String experimentId, String filename, RequestBody body) {
        return call(() -> client.uploadAttachment(experimentId, filename, body));
    }

    /**
     * Runs {@link CellEngine#updateAttachment(String,String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the attachment's 24-hex id
     * @param newFilename the new name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Attachment> updateAttachment(String experimentId, String id, String newFilename) {
        return call(() -> client.updateAttachment(experimentId, id, newFilename));
    }

    /**
     * Runs {@link CellEngine#deleteAttachment(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the attachment's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteAttachment(String experimentId, String id) {
        return run(() -> client.deleteAttachment(experimentId, id));
    }

    /**
     * Runs {@link CellEngine#getCompensations(String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Compensation>> getCompensations(String experimentId) {
        return call(() -> client.getCompensations(experimentId));
    }

    /**
     * Runs {@link CellEngine#getCompensation(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the compensation's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Compensation> getCompensation(String experimentId, String id) {
        return call(() -> client.getCompensation(experimentId, id));
    }

    /**
     * Runs {@link CellEngine#getCompensationByName(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param name the exact name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Compensation> getCompensationByName(String experimentId, String name) {
        return call(() -> client.getCompensationByName(experimentId, name));
    }

    /**
     * Runs {@link CellEngine#postCompensation(String,String,List,double[])} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param name its name
     * @param channels the N channel names, in matrix order
     * @param spillMatrix the N² spill values, row-major
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Compensation> postCompensation(String experimentId, String name, List<String> channels,
                                                            double[] spillMatrix) {
        return call(() -> client.postCompensation(experimentId, name, channels, spillMatrix));
    }

    /**
     * Runs {@link CellEngine#postCompensation(String,CompensationCreate)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param body name, channels and matrix
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Compensation> postCompensation(String experimentId, CompensationCreate body) {
        return call(() -> client.postCompensation(experimentId, body));
    }

    /**
     * Runs {@link CellEngine#updateCompensation(String,String,CompensationUpdate)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the compensation's 24-hex id
     * @param update name, channels, spill matrix
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Compensation> updateCompensation(String experimentId, String id,
                                                              CompensationUpdate update) {
        return call(() -> client.updateCompensation(experimentId, id, update));
    }

    /**
     * Runs {@link CellEngine#deleteCompensation(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param id the compensation's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteCompensation(String experimentId, String id) {
        return run(() -> client.deleteCompensation(experimentId, id));
    }

    /**
     * Runs {@link CellEngine#getFcsFiles(String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<FcsFile>> getFcsFiles(String experimentId) {
        return call(() -> client.getFcsFiles(experimentId));
    }

    /**
     * Runs {@link CellEngine#getFcsFiles(String,ListOptions)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<FcsFile>> getFcsFiles(String experimentId, ListOptions options) {
        return call(() -> client.getFcsFiles(experimentId, options));
    }

    /**
     * Runs {@link CellEngine#getFcsFiles(String,ListOptions,boolean)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     * @param includeControls whether control files are included
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<FcsFile>> getFcsFiles(String experimentId, ListOptions options,
                                                        boolean includeControls) {
        return call(() -> client.getFcsFiles(experimentId, options, includeControls));
    }

    /**
     * Runs {@link CellEngine#getFcsFile(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> getFcsFile(String experimentId, String fcsFileId) {
        return call(() -> client.getFcsFile(experimentId, fcsFileId));
    }

    /**
     * Runs {@link CellEngine#getFcsFileByName(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the exact file name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> getFcsFileByName(String experimentId, String filename) {
        return call(() -> client.getFcsFileByName(experimentId, filename));
    }

    /**
     * Runs {@link CellEngine#uploadFcsFile(String,Path)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param file a readable regular file
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> uploadFcsFile(String experimentId, Path file) {
        return call(() -> client.uploadFcsFile(experimentId, file));
    }

    /**
     * Runs {@link CellEngine#uploadFcsFile(String,String,byte[])} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the name to give it
     * @param data the FCS bytes
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> uploadFcsFile(String experimentId, String filename, byte[] data) {
        return call(() -> client.uploadFcsFile(experimentId, filename, data));
    }

    /**
     * Runs {@link CellEngine#uploadFcsFile(String,String,InputStream,long)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the name to give it
     * @param data the FCS bytes
     * @param length the exact number of bytes, or negative when unknown (sent chunked)
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> uploadFcsFile(String experimentId, String filename, InputStream data,
                                                    long length) {
        return call(() -> client.uploadFcsFile(experimentId, filename, data, length));
    }

    /**
     * Runs {@link CellEngine#uploadFcsFile(String,String,RequestBody)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the name to give it
     * @param body the FCS bytes
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> uploadFcsFile(String experimentId, String filename, RequestBody body) {
        return call(() -> client.uploadFcsFile(experimentId, filename, body));
    }

    /**
     * Runs {@link CellEngine#uploadFcsFile(String,Path,ProgressListener)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param file a readable regular file
     * @param progress hears the bytes sent and the file's size
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> uploadFcsFile(String experimentId, Path file, ProgressListener progress) {
        return call(() -> client.uploadFcsFile(experimentId, file, progress));
    }

    /**
     * Runs {@link CellEngine#uploadFcsFile(String,String,InputStream,long,ProgressListener)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the name to give it
     * @param data the FCS bytes
     * @param length the exact number of bytes, or negative when unknown (sent chunked)
     * @param progress hears the bytes sent and {@code length}
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> uploadFcsFile(String experimentId, String filename, InputStream data,
                                                    long length, ProgressListener progress) {
        return call(() -> client.uploadFcsFile(experimentId, filename, data, length, progress));
    }

    /**
     * Runs {@link CellEngine#downloadFcsFile(String,String,EventExport,OutputStream,ProgressListener)} on this
     * view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options what to export
     * @param out receives the bytes; not closed
     * @param progress hears the bytes received and the total when known
     * @return a future that completes when the download is written, or failed with what it throws
     */
    public CompletableFuture<Void> downloadFcsFile(String experimentId, String fcsFileId, EventExport options,
                                                   OutputStream out, ProgressListener progress) {
        return run(() -> client.downloadFcsFile(experimentId, fcsFileId, options, out, progress));
    }

    /**
     * Runs {@link CellEngine#downloadFcsFile(String,String,EventExport,Path,ProgressListener)} on this view's
     * executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options what to export
     * @param target the file to write, replaced atomically
     * @param progress hears the bytes received and the total when known
     * @return a future that completes when the file is in place, or failed with what it throws
     */
    public CompletableFuture<Void> downloadFcsFile(String experimentId, String fcsFileId, EventExport options,
                                                   Path target, ProgressListener progress) {
        return run(() -> client.downloadFcsFile(experimentId, fcsFileId, options, target, progress));
    }

    /**
     * Runs {@link CellEngine#createFcsFile(String,FcsFileCreate)} on this view's executor.
     *
     * @param experimentId the destination experiment's 24-hex id
     * @param body the sources and options
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> createFcsFile(String experimentId, FcsFileCreate body) {
        return call(() -> client.createFcsFile(experimentId, body));
    }

    /**
     * Runs {@link CellEngine#updateFcsFile(String,String,FcsFileUpdate)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param update the keys to change; see {@link FcsFileUpdate#diff}
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsFile> updateFcsFile(String experimentId, String fcsFileId, FcsFileUpdate update) {
        return call(() -> client.updateFcsFile(experimentId, fcsFileId, update));
    }

    /**
     * Runs {@link CellEngine#deleteFcsFile(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteFcsFile(String experimentId, String fcsFileId) {
        return run(() -> client.deleteFcsFile(experimentId, fcsFileId));
    }

    /**
     * Runs {@link CellEngine#downloadFcsFile(String,String,EventExport)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options format, compensation, population, subsampling, ...
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<byte[]> downloadFcsFile(String experimentId, String fcsFileId, EventExport options) {
        return call(() -> client.downloadFcsFile(experimentId, fcsFileId, options));
    }

    /**
     * Runs {@link CellEngine#downloadFcsFile(String,String,EventExport,OutputStream)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options format, compensation, population, subsampling, ...
     * @param out the destination
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> downloadFcsFile(String experimentId, String fcsFileId, EventExport options,
                                                   OutputStream out) {
        return run(() -> client.downloadFcsFile(experimentId, fcsFileId, options, out));
    }

    /**
     * Runs {@link CellEngine#downloadFcsFile(String,String,EventExport,Path)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options format, compensation, population, subsampling, ...
     * @param target the file to create or replace
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> downloadFcsFile(String experimentId, String fcsFileId, EventExport options,
                                                   Path target) {
        return run(() -> client.downloadFcsFile(experimentId, fcsFileId, options, target));
    }

    /**
     * Runs {@link CellEngine#getEvents(String,String,EventExport)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options the export options; the format must be FCS
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<FcsData> getEvents(String experimentId, String fcsFileId, EventExport options) {
        return call(() -> client.getEvents(experimentId, fcsFileId, options));
    }

    /**
     * Runs {@link CellEngine#exportEventsZip(String,ZipExport,Path)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param request files, populations, format and options
     * @param target the ZIP file to create or replace
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> exportEventsZip(String experimentId, ZipExport request, Path target) {
        return run(() -> client.exportEventsZip(experimentId, request, target));
    }

    /**
     * Runs {@link CellEngine#exportEventsZip(String,ZipExport,OutputStream)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param request files, populations, format and options
     * @param out the destination
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> exportEventsZip(String experimentId, ZipExport request, OutputStream out) {
        return run(() -> client.exportEventsZip(experimentId, request, out));
    }

    /**
     * Runs {@link CellEngine#getScaleset(String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<ScaleSet> getScaleset(String experimentId) {
        return call(() -> client.getScaleset(experimentId));
    }

    /**
     * Runs {@link CellEngine#updateScaleset(String,String,List)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param scaleSetId the scale set's 24-hex id
     * @param scales every channel's scale
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<ScaleSet> updateScaleset(String experimentId, String scaleSetId,
                                                      List<ChannelScale> scales) {
        return call(() -> client.updateScaleset(experimentId, scaleSetId, scales));
    }

    /**
     * Runs {@link CellEngine#getGates(String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Gate>> getGates(String experimentId) {
        return call(() -> client.getGates(experimentId));
    }

    /**
     * Runs {@link CellEngine#getGates(String,ListOptions)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Gate>> getGates(String experimentId, ListOptions options) {
        return call(() -> client.getGates(experimentId, options));
    }

    /**
     * Runs {@link CellEngine#getGate(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateId the gate's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Gate> getGate(String experimentId, String gateId) {
        return call(() -> client.getGate(experimentId, gateId));
    }

    /**
     * Runs {@link CellEngine#postGate(String,GateSpec)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param spec the gate, from the builders of {@link cellengine.api.param.Gates}
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<GateCreated> postGate(String experimentId, GateSpec spec) {
        return call(() -> client.postGate(experimentId, spec));
    }

    /**
     * Runs {@link CellEngine#postGates(String,List)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param specs the gates; their {@code createPopulation} is ignored
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Gate>> postGates(String experimentId, List<GateSpec> specs) {
        return call(() -> client.postGates(experimentId, specs));
    }

    /**
     * Runs {@link CellEngine#updateGate(String,String,Map)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateId the gate's 24-hex id
     * @param changes the keys to change; values are JSON-P values, gates' parts, maps, lists, strings, numbers or booleans; nulls are sent as JSON null
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Gate> updateGate(String experimentId, String gateId, Map<String, ?> changes) {
        return call(() -> client.updateGate(experimentId, gateId, changes));
    }

    /**
     * Runs {@link CellEngine#deleteGate(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateId the gate's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteGate(String experimentId, String gateId) {
        return run(() -> client.deleteGate(experimentId, gateId));
    }

    /**
     * Runs {@link CellEngine#deleteGateFamily(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gid the family gid
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteGateFamily(String experimentId, String gid) {
        return run(() -> client.deleteGateFamily(experimentId, gid));
    }

    /**
     * Runs {@link CellEngine#deleteGateFamily(String,String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gid the family gid
     * @param excludeGateId the id of the member to keep
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteGateFamily(String experimentId, String gid, String excludeGateId) {
        return run(() -> client.deleteGateFamily(experimentId, gid, excludeGateId));
    }

    /**
     * Runs {@link CellEngine#deleteGates(String,List)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateIds the gates' 24-hex ids (all checked before the first request)
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteGates(String experimentId, List<String> gateIds) {
        return run(() -> client.deleteGates(experimentId, gateIds));
    }

    /**
     * Runs {@link CellEngine#updateGateFamily(String,String,Map)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gid the family gid
     * @param changes the keys to set, such as {@code Map.of("name", "new")}
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Integer> updateGateFamily(String experimentId, String gid, Map<String, ?> changes) {
        return call(() -> client.updateGateFamily(experimentId, gid, changes));
    }

    /**
     * Runs {@link CellEngine#applyTailoring(String,Gate,List)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gate the gate to apply, as read from the server
     * @param fcsFileIds the files' 24-hex ids
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<TailoringResult> applyTailoring(String experimentId, Gate gate,
                                                             List<String> fcsFileIds) {
        return call(() -> client.applyTailoring(experimentId, gate, fcsFileIds));
    }

    /**
     * Runs {@link CellEngine#resetGates(String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> resetGates(String experimentId) {
        return run(() -> client.resetGates(experimentId));
    }

    /**
     * Runs {@link CellEngine#getPopulations(String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Population>> getPopulations(String experimentId) {
        return call(() -> client.getPopulations(experimentId));
    }

    /**
     * Runs {@link CellEngine#getPopulations(String,ListOptions)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<List<Population>> getPopulations(String experimentId, ListOptions options) {
        return call(() -> client.getPopulations(experimentId, options));
    }

    /**
     * Runs {@link CellEngine#getPopulation(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Population> getPopulation(String experimentId, String populationId) {
        return call(() -> client.getPopulation(experimentId, populationId));
    }

    /**
     * Runs {@link CellEngine#getPopulationByName(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param name the exact name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Population> getPopulationByName(String experimentId, String name) {
        return call(() -> client.getPopulationByName(experimentId, name));
    }

    /**
     * Runs {@link CellEngine#postPopulation(String,PopulationCreate)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param body the population, for example {@code PopulationCreate.of("T", Expr.and(a, b))}
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Population> postPopulation(String experimentId, PopulationCreate body) {
        return call(() -> client.postPopulation(experimentId, body));
    }

    /**
     * Runs {@link CellEngine#updatePopulation(String,String,PopulationUpdate)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     * @param update the keys to change
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<Population> updatePopulation(String experimentId, String populationId,
                                                          PopulationUpdate update) {
        return call(() -> client.updatePopulation(experimentId, populationId, update));
    }

    /**
     * Runs {@link CellEngine#deletePopulation(String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deletePopulation(String experimentId, String populationId) {
        return run(() -> client.deletePopulation(experimentId, populationId));
    }

    /**
     * Runs {@link CellEngine#deletePopulation(String,String,boolean)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     * @param deleteBranch whether to delete the whole branch
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deletePopulation(String experimentId, String populationId, boolean deleteBranch) {
        return run(() -> client.deletePopulation(experimentId, populationId, deleteBranch));
    }

    /**
     * Runs {@link CellEngine#getStatistics(String,StatisticsRequest)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param request the statistics, channels, files, populations, compensation, layout and format
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<StatisticsResult> getStatistics(String experimentId, StatisticsRequest request) {
        return call(() -> client.getStatistics(experimentId, request));
    }

    /**
     * Runs {@link CellEngine#getPlot(String,PlotRequest)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param request the file, channels, plot type, population, compensation and drawing options
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<byte[]> getPlot(String experimentId, PlotRequest request) {
        return call(() -> client.getPlot(experimentId, request));
    }

    /**
     * Runs {@link CellEngine#getPlot(String,PlotRequest,Path)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param request the plot
     * @param target the file to create or replace
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> getPlot(String experimentId, PlotRequest request, Path target) {
        return run(() -> client.getPlot(experimentId, request, target));
    }

    /**
     * Runs {@link CellEngine#experimentByName(String)} on this view's executor.
     *
     * @param name the exact name
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<ExperimentView> experimentByName(String name) {
        return call(() -> client.experimentByName(name));
    }

    /**
     * Runs {@link CellEngine#updateEntity(String,String,String,Map)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param entityId the entity's 24-hex id
     * @param entityPath the collection, such as {@code "gates"}, {@code "populations"} or {@code "fcsfiles"}
     * @param body the keys to change; null values are sent as JSON null
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> updateEntity(String experimentId, String entityId, String entityPath,
                                                     Map<String, ?> body) {
        return call(() -> client.updateEntity(experimentId, entityId, entityPath, body));
    }

    /**
     * Runs {@link CellEngine#deleteEntity(String,String,String)} on this view's executor.
     *
     * @param experimentId the experiment's 24-hex id
     * @param entityPath the collection, such as {@code "gates"}
     * @param entityId the entity's 24-hex id
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> deleteEntity(String experimentId, String entityPath, String entityId) {
        return run(() -> client.deleteEntity(experimentId, entityPath, entityId));
    }

    /**
     * Runs {@link CellEngine#get(String)} on this view's executor.
     *
     * @param path the path below {@code /api/v1}, such as {@code "/experiments"}; segments unencoded
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> get(String path) {
        return call(() -> client.get(path));
    }

    /**
     * Runs {@link CellEngine#get(String,Map)} on this view's executor.
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param query parameters, form-encoded; null values left out, lists as repeated keys
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> get(String path, Map<String, ?> query) {
        return call(() -> client.get(path, query));
    }

    /**
     * Runs {@link CellEngine#post(String,Object)} on this view's executor.
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, a {@link Map}, or {@code null} for none
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> post(String path, Object body) {
        return call(() -> client.post(path, body));
    }

    /**
     * Runs {@link CellEngine#post(String,Object,CallOptions)} on this view's executor.
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, a {@link Map}, or {@code null} for none
     * @param options idempotency and call timeout
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> post(String path, Object body, CallOptions options) {
        return call(() -> client.post(path, body, options));
    }

    /**
     * Runs {@link CellEngine#patch(String,Object,CallOptions)} on this view's executor.
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, or a {@link Map}
     * @param options idempotency and call timeout
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> patch(String path, Object body, CallOptions options) {
        return call(() -> client.patch(path, body, options));
    }

    /**
     * Runs {@link CellEngine#patch(String,Object)} on this view's executor.
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, or a {@link Map}
     * @return a future of that method's result, or failed with what it throws
     */
    public CompletableFuture<JsonValue> patch(String path, Object body) {
        return call(() -> client.patch(path, body));
    }

    /**
     * Runs {@link CellEngine#delete(String)} on this view's executor.
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @return a future that completes with {@code null} once the call succeeded, or fails as that method throws
     */
    public CompletableFuture<Void> delete(String path) {
        return run(() -> client.delete(path));
    }

    @Override
    public String toString() {
        return "CellEngineAsync[" + client + ", executor=" + (executor == SHARED ? "shared daemon pool" : executor)
                + "]";
    }

    private <T> CompletableFuture<T> call(Supplier<T> body) {
        return CompletableFuture.supplyAsync(body, executor);
    }

    private CompletableFuture<Void> run(Runnable body) {
        return CompletableFuture.runAsync(body, executor);
    }

    /** Daemon threads, so that an idle pool never keeps the JVM alive. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "cellengine-async-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
