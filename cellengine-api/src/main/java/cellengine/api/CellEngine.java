package cellengine.api;

import cellengine.analysis.fcs.FcsData;
import cellengine.api.internal.auth.Session;
import cellengine.api.internal.cache.NameCache;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.CallOptions;
import cellengine.api.internal.http.CallSettings;
import cellengine.api.internal.http.UserAgent;
import cellengine.api.internal.interceptor.AuthInterceptor;
import cellengine.api.internal.interceptor.InterceptorChain;
import cellengine.api.internal.interceptor.LoggingInterceptor;
import cellengine.api.internal.interceptor.StandardHeadersInterceptor;
import cellengine.api.internal.resource.AttachmentsApi;
import cellengine.api.internal.resource.CompensationsApi;
import cellengine.api.internal.resource.EntitiesApi;
import cellengine.api.internal.resource.ExperimentsApi;
import cellengine.api.internal.resource.FcsFilesApi;
import cellengine.api.internal.resource.FoldersApi;
import cellengine.api.internal.resource.GatesApi;
import cellengine.api.internal.resource.PlotsApi;
import cellengine.api.internal.resource.PopulationsApi;
import cellengine.api.internal.resource.ScaleSetsApi;
import cellengine.api.internal.resource.Sinks;
import cellengine.api.internal.resource.StatisticsApi;
import cellengine.api.model.Attachment;
import cellengine.api.model.CacheInfo;
import cellengine.api.model.ChannelScale;
import cellengine.api.model.Compensation;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Folder;
import cellengine.api.model.Gate;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.RawResponse;
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
import cellengine.api.param.RawRequest;
import cellengine.api.param.StatisticsRequest;
import cellengine.api.param.ZipExport;
import cellengine.api.spi.Transport;
import jakarta.json.JsonValue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The CellEngine API client. Method names follow the Python {@code APIClient} in camelCase.
 *
 * <pre>{@code
 * try (CellEngine client = CellEngine.builder().baseUrl("https://cellengine.com").token(token).build()) {
 *     Experiment experiment = client.getExperimentByName("Run 7");
 *     client.updateExperiment(experiment.id(), ExperimentUpdate.builder().tags(List.of("final")).build());
 * }
 * }</pre>
 *
 * <p>A client is immutable and thread-safe; its {@link CellEngineBuilder} is not. Errors are unchecked: an
 * {@link ApiException} subclass when the server answered with an error, a {@link TransportException} when it did
 * not answer, a {@link NameLookupException} when a by-name lookup does not find exactly one resource: every failure
 * of the server, the network or the SDK's setup is a {@link CellEngineException}. Mistakes in the calling code are
 * found before any request and are standard exceptions: a malformed id is an {@link IllegalArgumentException} naming
 * the parameter, a missing argument a {@link NullPointerException}, a closed client an
 * {@link IllegalStateException}; your own files an {@link java.io.UncheckedIOException} (docs/sdk.md, "Errors",
 * lists them all). Neither {@link #toString()}
 * nor any message or log line shows the token or the password.
 *
 * @since 0.1
 */
public final class CellEngine implements AutoCloseable {

    /** The default origin. */
    public static final String DEFAULT_BASE_URL = "https://cellengine.com";

    private static final System.Logger LOGGER = System.getLogger("cellengine.api");

    private final String baseUrl;
    private final Session session;
    private final ApiCaller caller;
    private final ExperimentsApi experiments;
    private final FoldersApi folders;
    private final NameCache nameCache = new NameCache();
    private final AttachmentsApi attachments;
    private final CompensationsApi compensations;
    private final FcsFilesApi fcsFiles;
    private final ScaleSetsApi scaleSets;
    private final EntitiesApi entities;
    private final GatesApi gates;
    private final PopulationsApi populations;
    private final StatisticsApi statistics;
    private final PlotsApi plots;
    private final Transport transport;
    private final boolean ownsTransport;
    private final boolean bearer;
    private final RetryPolicy retryPolicy;
    private final AtomicBoolean closed = new AtomicBoolean();

    CellEngine(CellEngineBuilder b, Transport transport, boolean ownsTransport) {
        this.baseUrl = b.baseUrl;
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.bearer = b.bearer;
        // The order is documented on Interceptor: standard headers, auth, the caller's interceptors, logging.
        Interceptor headers = new StandardHeadersInterceptor(UserAgent.value());
        Interceptor logging = new LoggingInterceptor(LOGGER);
        CallSettings settings = new CallSettings(b.requestTimeout, b.readTimeout, b.callTimeout, b.retryPolicy);
        this.retryPolicy = b.retryPolicy;
        if (b.username != null) {
            ApiCaller anonymous = new ApiCaller(baseUrl, new InterceptorChain(
                    chain(headers, null, b.interceptors, logging), transport), settings);
            this.session = Session.ofPassword(b.username, b.password.clone(), b.otpSupplier, anonymous);
        } else {
            this.session = Session.ofToken(b.token);
        }
        InterceptorChain authenticated = new InterceptorChain(
                chain(headers, new AuthInterceptor(session, b.bearer), b.interceptors, logging), transport);
        this.caller = new ApiCaller(baseUrl, authenticated, settings);
        this.experiments = new ExperimentsApi(caller);
        this.folders = new FoldersApi(caller);
        this.attachments = new AttachmentsApi(caller, nameCache);
        this.compensations = new CompensationsApi(caller);
        this.fcsFiles = new FcsFilesApi(caller, nameCache);
        this.scaleSets = new ScaleSetsApi(caller);
        this.entities = new EntitiesApi(caller, nameCache);
        this.populations = new PopulationsApi(caller, nameCache);
        this.gates = new GatesApi(caller, fcsFiles, populations, scaleSets);
        this.statistics = new StatisticsApi(caller);
        this.plots = new PlotsApi(caller);
    }

    /**
     * {@return a new builder with the defaults}: {@value #DEFAULT_BASE_URL}, 10 s to connect, 60 s to the response
     * headers, 60 s per body read, no call timeout, {@link RetryPolicy#defaults()}
     */
    public static CellEngineBuilder builder() {
        return new CellEngineBuilder();
    }

    /**
     * {@return a client configured from the process environment}: {@code CELLENGINE_BASE_URL} (default
     * {@value #DEFAULT_BASE_URL}), {@code CELLENGINE_AUTH_TOKEN}, {@code CELLENGINE_USERNAME},
     * {@code CELLENGINE_PASSWORD} and {@code CELLENGINE_TRANSPORT}, and the network settings ({@code HTTPS_PROXY},
     * {@code http_proxy}, {@code NO_PROXY}, {@code CELLENGINE_PROXY_USERNAME}, {@code CELLENGINE_PROXY_PASSWORD},
     * {@code CELLENGINE_CA_BUNDLE}, {@code CELLENGINE_CLIENT_CERT}, {@code CELLENGINE_CLIENT_CERT_PASSWORD},
     * {@code CELLENGINE_TLS_PROTOCOLS}) unless a JVM system property sets them (docs/restricted-networks.md)
     *
     * @throws IllegalStateException when neither a token nor a user name is set, naming the variables
     * @throws NoTransportException when no transport is found
     */
    public static CellEngine fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    /**
     * {@return a client configured from the given variables, as {@link #fromEnvironment()} does}
     *
     * @param environment variable names to values
     * @throws IllegalStateException when neither a token nor a user name is set, naming the variables
     * @throws NoTransportException when no transport is found
     */
    public static CellEngine fromEnvironment(Map<String, String> environment) {
        return builder().environment(environment).build();
    }

    /** {@return the SDK version, such as {@code 0.1.0}} */
    public static String version() {
        return UserAgent.version();
    }

    // ---- state ----

    /** {@return the origin this client talks to, such as {@code https://cellengine.com}} */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@return the user name of the password flow; empty in the token flow} */
    public Optional<String> username() {
        return session.username();
    }

    /** {@return the user id returned by sign-in; empty in the token flow and before sign-in} */
    public Optional<String> userId() {
        return session.userId();
    }

    /**
     * {@return whether the client holds a token}: always in the token flow (the server checks it on the first
     * call), after a successful sign-in in the password flow
     */
    public boolean authenticated() {
        return session.authenticated();
    }

    /**
     * Signs in now (password flow); does nothing in the token flow or when already signed in. Without this call
     * the password flow signs in on the first API call.
     *
     * @throws UnauthorizedException when the credentials are wrong
     * @throws BadRequestException when a one-time code is needed and no supplier gives one
     * @throws TransportException when the server does not answer
     */
    public void signIn() {
        if (session.passwordFlow()) {
            session.signIn();
        }
    }

    // ---- async ----

    /**
     * {@return a future of one call of this client, run on a shared pool of daemon threads}
     *
     * <pre>{@code
     * CompletableFuture<Experiment> e = client.async(c -> c.getExperimentByName("Run 7"));
     * CompletableFuture<List<FcsFile>> files = e.thenCompose(x -> client.async(c -> c.getFcsFiles(x.id())));
     * }</pre>
     *
     * <p>The call runs the client's whole blocking pipeline (sign-in, retries with their backoff, timeouts,
     * binding) as one task, so it holds a thread until it ends. The shared pool makes threads as needed
     * ({@code cellengine-async-N}, ended after 60 s idle); to bound them, or to use virtual threads on Java 21
     * ({@code Executors.newVirtualThreadPerTaskExecutor()}), pass an executor to {@link #async(Function, Executor)}.
     * The future fails with what the blocking call throws ({@link ApiException}, {@link TransportException},
     * {@link IllegalArgumentException} for a bad argument, ...), seen as the cause of {@code join()}'s
     * {@code CompletionException}. {@code cancel(true)} interrupts the running call, which then ends with its
     * request abandoned; {@code cancel(false)} only stops a call that has not started.
     *
     * @param call what to do with this client, such as {@code c -> c.getExperiment(id)}
     * @param <T> the call's result
     */
    public <T> CompletableFuture<T> async(Function<? super CellEngine, ? extends T> call) {
        return async(call, AsyncCall.SHARED);
    }

    /**
     * {@return a future of one call of this client, run on the given executor} (see {@link #async(Function)})
     *
     * @param call what to do with this client
     * @param executor where the call runs, such as a fixed pool sized for the calls made at once, or on Java 21
     *         {@code Executors.newVirtualThreadPerTaskExecutor()}
     * @param <T> the call's result
     */
    public <T> CompletableFuture<T> async(Function<? super CellEngine, ? extends T> call, Executor executor) {
        Objects.requireNonNull(call, "call");
        return AsyncCall.start(() -> call.apply(this), Objects.requireNonNull(executor, "executor"));
    }

    /**
     * {@return a future that completes with {@code null} once a call that returns nothing has run}, such as
     * {@code client.asyncRun(c -> c.deleteExperiment(id))}, on the shared pool (see {@link #async(Function)})
     *
     * @param call what to do with this client
     */
    public CompletableFuture<Void> asyncRun(Consumer<? super CellEngine> call) {
        return asyncRun(call, AsyncCall.SHARED);
    }

    /**
     * {@return a future that completes with {@code null} once a call that returns nothing has run on the given
     * executor} (see {@link #async(Function)})
     *
     * @param call what to do with this client
     * @param executor where the call runs
     */
    public CompletableFuture<Void> asyncRun(Consumer<? super CellEngine> call, Executor executor) {
        Objects.requireNonNull(call, "call");
        return async(c -> {
            call.accept(c);
            return null;
        }, executor);
    }

    // ---- experiments ----

    /** {@return every experiment visible to the caller, soft-deleted ones included (docs/wire.md#experiments)} */
    public List<Experiment> getExperiments() {
        return getExperiments(ListOptions.none());
    }

    /**
     * {@return the experiments matching the options}
     *
     * @param options query, fields, limit, skip and sort
     */
    public List<Experiment> getExperiments(ListOptions options) {
        return experiments.list(Objects.requireNonNull(options, "options"));
    }

    /**
     * {@return a lazy view of the experiments matching the options, fetched {@code pageSize} at a time (see
     * {@link Paged})}
     *
     * @param options query, fields and sort sent with every page; {@code skip} is where to start, {@code limit} the
     *         most to return
     * @param pageSize items per request, at least 1
     * @throws IllegalArgumentException when {@code pageSize} is less than 1
     */
    public Paged<Experiment> getExperimentsPaged(ListOptions options, int pageSize) {
        return new Paged<>(options, pageSize, this::getExperiments);
    }

    /**
     * {@return the experiment}
     *
     * @param experimentId the experiment's 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     * @throws NotFoundException when there is no such (or a deleted) experiment
     */
    public Experiment getExperiment(String experimentId) {
        return experiments.get(experimentId);
    }

    /**
     * {@return the one non-deleted experiment with this name (docs/wire.md#name-lookup)}
     *
     * @param name the exact name; quotes and backslashes are escaped in the query
     * @throws NameLookupException when none or more than one match
     */
    public Experiment getExperimentByName(String name) {
        return experiments.getByName(name);
    }

    /**
     * {@return a new experiment with this name}
     *
     * @param name the name
     */
    public Experiment postExperiment(String name) {
        return postExperiment(ExperimentCreate.named(name));
    }

    /**
     * {@return a new experiment; only the keys set in the body are sent}
     *
     * @param body the keys to set
     */
    public Experiment postExperiment(ExperimentCreate body) {
        return experiments.create(body);
    }

    /**
     * {@return the experiment after sending only the changed keys (docs/wire.md#partial-updates)}
     *
     * @param experimentId the experiment's 24-hex id
     * @param update the keys to change; see {@link ExperimentUpdate#diff}
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public Experiment updateExperiment(String experimentId, ExperimentUpdate update) {
        return experiments.update(experimentId, update);
    }

    /**
     * Soft-deletes an experiment ({@code DELETE}); undelete with {@code ExperimentUpdate.builder().deleted(null)}.
     *
     * @param experimentId the experiment's 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public void deleteExperiment(String experimentId) {
        try {
            experiments.delete(experimentId);
        } finally {
            nameCache.invalidateExperiment(experimentId);
        }
    }

    /**
     * {@return a deep copy of the experiment, named {@code "<name>-1"} by the server}
     *
     * @param experimentId the experiment's 24-hex id
     */
    public Experiment cloneExperiment(String experimentId) {
        return cloneExperiment(experimentId, CloneOptions.defaults());
    }

    /**
     * {@return a deep copy of the experiment, with the given name and path}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options the clone's name and folder path
     */
    public Experiment cloneExperiment(String experimentId, CloneOptions options) {
        return experiments.clone(experimentId, options);
    }

    /**
     * {@return the experiment after saving a revision; its last revision has this description}
     *
     * @param experimentId the experiment's 24-hex id
     * @param description the revision's description
     */
    public Experiment saveExperimentRevision(String experimentId, String description) {
        return experiments.saveRevision(experimentId, description);
    }

    /**
     * Imports resources of another experiment into this one (Python {@code Experiment.import_resources}): gates,
     * populations, compensations and so on, as the request says (docs/semantics.md#import-resources); no experiment is
     * created.
     *
     * @param experimentId the 24-hex id of the experiment that receives the resources
     * @param request the source experiment, channel map, destination population and what to import
     * @return the server's answer as JSON
     */
    public JsonValue importExperimentResources(String experimentId, ImportResources request) {
        return experiments.importResources(experimentId, request);
    }

    // ---- folders ----

    /** {@return every folder visible to the caller} */
    public List<Folder> getFolders() {
        return getFolders(ListOptions.none());
    }

    /**
     * {@return the folders matching the options}
     *
     * @param options query, fields, limit, skip and sort
     */
    public List<Folder> getFolders(ListOptions options) {
        return folders.list(Objects.requireNonNull(options, "options"));
    }

    /**
     * {@return the folder}
     *
     * @param id the folder's 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public Folder getFolder(String id) {
        return folders.get(id);
    }

    /**
     * {@return the one non-deleted folder with this name}
     *
     * @param name the exact name
     * @throws NameLookupException when none or more than one match
     */
    public Folder getFolderByName(String name) {
        return folders.getByName(name);
    }

    /**
     * {@return a new folder at the root}
     *
     * @param name the name
     */
    public Folder postFolder(String name) {
        return postFolder(FolderCreate.named(name));
    }

    /**
     * {@return a new folder}
     *
     * @param body name and parent path
     */
    public Folder postFolder(FolderCreate body) {
        return folders.create(body);
    }

    /**
     * {@return the folder after sending only the changed keys}
     *
     * @param id the folder's 24-hex id
     * @param update the keys to change
     */
    public Folder updateFolder(String id, FolderUpdate update) {
        return folders.update(id, update);
    }

    /**
     * Soft-deletes a folder.
     *
     * @param id the folder's 24-hex id
     */
    public void deleteFolder(String id) {
        folders.delete(id);
    }

    // ---- attachments ----

    /**
     * {@return the experiment's attachments (docs/wire.md#attachments)}
     *
     * @param experimentId the experiment's 24-hex id
     */
    public List<Attachment> getAttachments(String experimentId) {
        return attachments.list(experimentId);
    }

    /**
     * {@return one attachment's metadata, found by listing with {@code query=eq(_id,"<id>")} (a GET by id returns
     * the bytes)}
     *
     * @param experimentId the experiment's 24-hex id
     * @param attachmentId the attachment's 24-hex id
     * @throws NotFoundException when the experiment has no such attachment
     */
    public Attachment getAttachment(String experimentId, String attachmentId) {
        return attachments.get(experimentId, attachmentId);
    }

    /**
     * {@return the one attachment with this file name}; the name → id lookup is cached ({@link #cacheInfo()})
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the exact file name
     * @throws NameLookupException when none or more than one match
     */
    public Attachment getAttachmentByName(String experimentId, String filename) {
        return attachments.getByName(experimentId, filename);
    }

    /**
     * {@return an attachment's bytes}; prefer {@link #downloadAttachment(String, String, Download)} for large files
     *
     * @param experimentId the experiment's 24-hex id
     * @param attachmentId the attachment's 24-hex id
     */
    public byte[] downloadAttachment(String experimentId, String attachmentId) {
        return attachments.download(experimentId, attachmentId, Sinks.bytes());
    }

    /**
     * Downloads an attachment to a file or a stream, in constant memory (see {@link Download}).
     *
     * @param experimentId the experiment's 24-hex id
     * @param attachmentId the attachment's 24-hex id
     * @param target where the bytes go, such as {@code Download.toFile(path)}
     * @throws UncheckedIOException when writing to the target fails
     */
    public void downloadAttachment(String experimentId, String attachmentId, Download target) {
        attachments.download(experimentId, attachmentId, Objects.requireNonNull(target, "target").sink());
    }

    /**
     * {@return the bytes of the one attachment with this file name} (Python {@code download_attachment(eid,
     * name=…)}); the name → id lookup is cached
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the exact file name
     * @throws NameLookupException when none or more than one match
     */
    public byte[] downloadAttachmentByName(String experimentId, String filename) {
        return downloadAttachment(experimentId, getAttachmentByName(experimentId, filename).id());
    }

    /**
     * Downloads the one attachment with this file name to a file or a stream, in constant memory.
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the exact file name
     * @param target where the bytes go, such as {@code Download.toFile(path)}
     * @throws NameLookupException when none or more than one match
     */
    public void downloadAttachmentByName(String experimentId, String filename, Download target) {
        downloadAttachment(experimentId, getAttachmentByName(experimentId, filename).id(), target);
    }

    /**
     * {@return the attachment uploaded from a file, named by the file's name; the file is streamed, not read into
     * memory, and read again if the request is retried}
     *
     * @param experimentId the experiment's 24-hex id
     * @param file a readable regular file
     * @throws UncheckedIOException when the file cannot be read
     */
    public Attachment uploadAttachment(String experimentId, Path file) {
        return uploadAttachment(experimentId, Upload.of(file));
    }

    /**
     * {@return the uploaded attachment}
     *
     * @param experimentId the experiment's 24-hex id
     * @param upload the name and bytes, such as {@code Upload.of("plate.csv", bytes)}
     */
    public Attachment uploadAttachment(String experimentId, Upload upload) {
        Objects.requireNonNull(upload, "upload");
        return attachments.upload(experimentId, upload.filename(), upload.body());
    }

    /**
     * {@return the renamed attachment}; cached lookups of it are dropped
     *
     * @param experimentId the experiment's 24-hex id
     * @param attachmentId the attachment's 24-hex id
     * @param newFilename the new name
     */
    public Attachment updateAttachment(String experimentId, String attachmentId, String newFilename) {
        return attachments.rename(experimentId, attachmentId, newFilename);
    }

    /**
     * Deletes an attachment permanently; cached lookups of it are dropped.
     *
     * @param experimentId the experiment's 24-hex id
     * @param attachmentId the attachment's 24-hex id
     */
    public void deleteAttachment(String experimentId, String attachmentId) {
        attachments.delete(experimentId, attachmentId);
    }

    /**
     * Deletes the one attachment with this file name permanently (Python {@code delete_attachment(eid, name=…)}).
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the exact file name
     * @throws NameLookupException when none or more than one match
     */
    public void deleteAttachmentByName(String experimentId, String filename) {
        deleteAttachment(experimentId, getAttachmentByName(experimentId, filename).id());
    }

    // ---- compensations ----

    /**
     * {@return the experiment's compensations (docs/wire.md#compensations)}
     *
     * @param experimentId the experiment's 24-hex id
     */
    public List<Compensation> getCompensations(String experimentId) {
        return compensations.list(experimentId);
    }

    /**
     * {@return one compensation}
     *
     * @param experimentId the experiment's 24-hex id
     * @param compensationId the compensation's 24-hex id
     */
    public Compensation getCompensation(String experimentId, String compensationId) {
        return compensations.get(experimentId, compensationId);
    }

    /**
     * {@return the one compensation with this name}
     *
     * @param experimentId the experiment's 24-hex id
     * @param name the exact name
     * @throws NameLookupException when none or more than one match
     */
    public Compensation getCompensationByName(String experimentId, String name) {
        return compensations.getByName(experimentId, name);
    }

    /**
     * {@return a new compensation}
     *
     * @param experimentId the experiment's 24-hex id
     * @param name its name
     * @param channels the N channel names, in matrix order
     * @param spillMatrix the N² spill values, row-major
     * @throws IllegalArgumentException when the matrix does not fit the channels (checked before sending)
     */
    public Compensation postCompensation(String experimentId, String name, List<String> channels,
                                         double[] spillMatrix) {
        return postCompensation(experimentId, CompensationCreate.of(name, channels, spillMatrix));
    }

    /**
     * {@return a new compensation}
     *
     * @param experimentId the experiment's 24-hex id
     * @param body name, channels and matrix
     */
    public Compensation postCompensation(String experimentId, CompensationCreate body) {
        return compensations.create(experimentId, body);
    }

    /**
     * {@return the compensation after sending only the changed keys}
     *
     * @param experimentId the experiment's 24-hex id
     * @param compensationId the compensation's 24-hex id
     * @param update name, channels, spill matrix
     */
    public Compensation updateCompensation(String experimentId, String compensationId, CompensationUpdate update) {
        return compensations.update(experimentId, compensationId, update);
    }

    /**
     * Deletes a compensation permanently.
     *
     * @param experimentId the experiment's 24-hex id
     * @param compensationId the compensation's 24-hex id
     */
    public void deleteCompensation(String experimentId, String compensationId) {
        compensations.delete(experimentId, compensationId);
    }

    // ---- FCS files ----

    /**
     * {@return the experiment's FCS files, soft-deleted ones included (docs/wire.md#fcs-files)}
     *
     * @param experimentId the experiment's 24-hex id
     */
    public List<FcsFile> getFcsFiles(String experimentId) {
        return getFcsFiles(experimentId, ListOptions.none());
    }

    /**
     * {@return the experiment's FCS files matching the options}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     */
    public List<FcsFile> getFcsFiles(String experimentId, ListOptions options) {
        return fcsFiles.list(experimentId, Objects.requireNonNull(options, "options"), null);
    }

    /**
     * {@return the experiment's FCS files matching the options, with {@code includeControls} sent}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     * @param includeControls whether control files are included
     */
    public List<FcsFile> getFcsFiles(String experimentId, ListOptions options, boolean includeControls) {
        return fcsFiles.list(experimentId, Objects.requireNonNull(options, "options"), includeControls);
    }

    /**
     * {@return a lazy view of the experiment's FCS files matching the options, fetched {@code pageSize} at a time
     * (see {@link Paged})}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields and sort sent with every page; {@code skip} is where to start, {@code limit} the
     *         most to return
     * @param pageSize items per request, at least 1
     * @throws IllegalArgumentException when {@code pageSize} is less than 1
     */
    public Paged<FcsFile> getFcsFilesPaged(String experimentId, ListOptions options, int pageSize) {
        Objects.requireNonNull(experimentId, "experimentId");
        return new Paged<>(options, pageSize, page -> getFcsFiles(experimentId, page));
    }

    /**
     * {@return one FCS file, {@code header} and {@code spillString} included}
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     */
    public FcsFile getFcsFile(String experimentId, String fcsFileId) {
        return fcsFiles.get(experimentId, fcsFileId);
    }

    /**
     * {@return the one non-deleted FCS file with this name}: a lookup of its id, cached ({@link #cacheInfo()}),
     * then a GET by id, as the Python client does
     *
     * @param experimentId the experiment's 24-hex id
     * @param filename the exact file name
     * @throws NameLookupException when none or more than one match
     */
    public FcsFile getFcsFileByName(String experimentId, String filename) {
        return fcsFiles.getByName(experimentId, filename);
    }

    /**
     * {@return an FCS file's own spill matrix as an unsaved compensation}, fetched with the file (Python
     * {@code FcsFile.get_file_internal_compensation()}, which loads {@code spillString} on demand); works whatever
     * record the caller holds, since list results may leave the spill string out
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @throws IllegalStateException when the file has no internal compensation
     * @throws NotFoundException when there is no such file
     */
    public Compensation getFileInternalCompensation(String experimentId, String fcsFileId) {
        return fcsFiles.get(experimentId, fcsFileId).fileInternalCompensation();
    }

    /**
     * {@return the FCS file uploaded from a file, named by the file's name (multipart field {@code data}); the
     * file is streamed, not read into memory, and read again if the request is retried}
     *
     * @param experimentId the experiment's 24-hex id
     * @param file a readable regular file
     * @throws UncheckedIOException when the file cannot be read
     * @throws BadRequestException when the server cannot read it as FCS
     */
    public FcsFile uploadFcsFile(String experimentId, Path file) {
        return uploadFcsFile(experimentId, Upload.of(file));
    }

    /**
     * {@return the uploaded FCS file}
     *
     * @param experimentId the experiment's 24-hex id
     * @param upload the name and bytes, such as {@code Upload.of("A1.fcs", in, length).withProgress(listener)}
     * @throws BadRequestException when the server cannot read it as FCS
     */
    public FcsFile uploadFcsFile(String experimentId, Upload upload) {
        Objects.requireNonNull(upload, "upload");
        return fcsFiles.upload(experimentId, upload.filename(), upload.body());
    }

    /**
     * {@return a new FCS file made by copying, concatenating or subsampling files, or importing one from another
     * experiment or S3 (docs/wire.md#derived-fcs-files)}
     *
     * @param experimentId the destination experiment's 24-hex id
     * @param body the sources and options
     */
    public FcsFile createFcsFile(String experimentId, FcsFileCreate body) {
        return fcsFiles.create(experimentId, body);
    }

    /**
     * {@return the FCS file after sending only the changed keys}; cached lookups of it are dropped
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param update the keys to change; see {@link FcsFileUpdate#diff}
     */
    public FcsFile updateFcsFile(String experimentId, String fcsFileId, FcsFileUpdate update) {
        return fcsFiles.update(experimentId, fcsFileId, update);
    }

    /**
     * Soft-deletes an FCS file; cached lookups of it are dropped.
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     */
    public void deleteFcsFile(String experimentId, String fcsFileId) {
        fcsFiles.delete(experimentId, fcsFileId);
    }

    /**
     * {@return the exported events as bytes (FCS or TSV, docs/wire.md#event-export)}; prefer
     * {@link #downloadFcsFile(String, String, EventExport, Download)} for large files
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options format, compensation, population, subsampling, ...
     * @throws IllegalArgumentException when the options break a rule (checked before sending)
     */
    public byte[] downloadFcsFile(String experimentId, String fcsFileId, EventExport options) {
        return fcsFiles.export(experimentId, fcsFileId, options, Sinks.bytes());
    }

    /**
     * Downloads the exported events to a file or a stream, in constant memory (see {@link Download}).
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options format, compensation, population, subsampling, ...
     * @param target where the bytes go, such as {@code Download.toFile(path)}
     * @throws IllegalArgumentException when the options break a rule (checked before sending)
     * @throws UncheckedIOException when writing to the target fails
     */
    public void downloadFcsFile(String experimentId, String fcsFileId, EventExport options, Download target) {
        fcsFiles.export(experimentId, fcsFileId, options, Objects.requireNonNull(target, "target").sink());
    }

    /**
     * {@return the exported events parsed as FCS, read from the answer as it arrives}
     *
     * @param experimentId the experiment's 24-hex id
     * @param fcsFileId the file's 24-hex id
     * @param options the export options; the format must be FCS
     * @throws IllegalArgumentException when the options ask for TSV
     * @throws InvalidFcsException when the answer is not a readable FCS file (the cause names the problem)
     */
    public FcsData getEvents(String experimentId, String fcsFileId, EventExport options) {
        Objects.requireNonNull(options, "options");
        if (options.format() != cellengine.api.param.ExportFormat.FCS) {
            throw new IllegalArgumentException("getEvents parses FCS; the options ask for " + options.format()
                    + " (use downloadFcsFile for TSV)");
        }
        return fcsFiles.export(experimentId, fcsFileId, options, Sinks.events());
    }

    /**
     * Downloads a ZIP of exported events (one file per FCS file × population, R's bulk export, docs/wire.md#zip-export)
     * to a file or a stream, in constant memory.
     *
     * @param experimentId the experiment's 24-hex id
     * @param request files, populations, format and options
     * @param target where the ZIP goes, such as {@code Download.toFile(path)}
     */
    public void exportEventsZip(String experimentId, ZipExport request, Download target) {
        fcsFiles.exportZip(experimentId, request, Objects.requireNonNull(target, "target").sink());
    }

    // ---- scale sets ----

    /**
     * {@return the experiment's scale set (each experiment has exactly one)}
     *
     * @param experimentId the experiment's 24-hex id
     * @throws ApiException when the server answers an empty list
     */
    public ScaleSet getScaleset(String experimentId) {
        return scaleSets.get(experimentId);
    }

    /**
     * {@return the scale set after replacing all its scales (the whole list is sent; the answer's
     * {@code {"scaleSet": …}} is unwrapped)}
     *
     * @param experimentId the experiment's 24-hex id
     * @param scaleSetId the scale set's 24-hex id
     * @param scales every channel's scale
     */
    public ScaleSet updateScaleset(String experimentId, String scaleSetId, List<ChannelScale> scales) {
        return scaleSets.update(experimentId, scaleSetId, scales);
    }

    // ---- gates ----

    /**
     * {@return the experiment's gates, every family member included (docs/wire.md#gates)}
     *
     * @param experimentId the experiment's 24-hex id
     */
    public List<Gate> getGates(String experimentId) {
        return getGates(experimentId, ListOptions.none());
    }

    /**
     * {@return the experiment's gates matching the options}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     */
    public List<Gate> getGates(String experimentId, ListOptions options) {
        return gates.list(experimentId, Objects.requireNonNull(options, "options"));
    }

    /**
     * {@return a lazy view of the experiment's gates matching the options, fetched {@code pageSize} at a time (see
     * {@link Paged})}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields and sort sent with every page; {@code skip} is where to start, {@code limit} the
     *         most to return
     * @param pageSize items per request, at least 1
     * @throws IllegalArgumentException when {@code pageSize} is less than 1
     */
    public Paged<Gate> getGatesPaged(String experimentId, ListOptions options, int pageSize) {
        Objects.requireNonNull(experimentId, "experimentId");
        return new Paged<>(options, pageSize, page -> getGates(experimentId, page));
    }

    /**
     * {@return one gate}
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateId the gate's 24-hex id
     */
    public Gate getGate(String experimentId, String gateId) {
        return gates.get(experimentId, gateId);
    }

    /**
     * {@return the one gate with this name} (R's {@code getGate(experimentId, byName("name"))}); compound gates name
     * their sectors and are found by their populations instead
     *
     * @param experimentId the experiment's 24-hex id
     * @param name the gate's exact name
     * @throws NameLookupException when none or more than one match
     */
    public Gate getGateByName(String experimentId, String name) {
        return gates.getByName(experimentId, name);
    }

    /**
     * {@return the created gate and the populations the server created with it}:
     * {@code POST /experiments/{eid}/gates?createPopulation=…&parentPopulationId=…}. A tailored file or parent
     * population given by name is looked up first (cached), and a compound gate without labels gets the defaults
     * from the experiment's scale set (one more request; give labels to avoid it).
     *
     * @param experimentId the experiment's 24-hex id
     * @param spec the gate, from the builders of {@link cellengine.api.param.Gates}
     * @throws NameLookupException when a name given in the spec does not match exactly one file or population
     */
    public GateCreated postGate(String experimentId, GateSpec spec) {
        return gates.create(experimentId, spec);
    }

    /**
     * {@return the gates created with one POST of a JSON array; no populations are created
     * (docs/wire.md#gate-builders)}
     *
     * @param experimentId the experiment's 24-hex id
     * @param specs the gates; their {@code createPopulation} is ignored
     * @throws IllegalArgumentException when a spec names a parent population
     */
    public List<Gate> postGates(String experimentId, List<GateSpec> specs) {
        return gates.createMany(experimentId, specs);
    }

    /**
     * {@return the gate after a partial update ({@code PATCH}), such as {@code Map.of("name", "new")}}
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateId the gate's 24-hex id
     * @param changes the keys to change; values are JSON-P values, gates' parts, maps, lists, strings, numbers or
     *         booleans; nulls are sent as JSON null
     */
    public Gate updateGate(String experimentId, String gateId, Map<String, ?> changes) {
        return gates.update(experimentId, gateId, changes);
    }

    /**
     * Deletes one gate, one member of its family (Python {@code delete_gate(_id=…)}); populations are kept.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateId the gate's 24-hex id
     */
    public void deleteGate(String experimentId, String gateId) {
        gates.delete(experimentId, gateId);
    }

    /**
     * Deletes every member of a gate family: {@code DELETE /gates?gid=} (Python {@code delete_gate(gid=…)}).
     * Populations are kept; use a compound gate's top-level gid (a sector gid deletes nothing).
     *
     * @param experimentId the experiment's 24-hex id
     * @param gid the family gid
     */
    public void deleteGateFamily(String experimentId, String gid) {
        gates.deleteFamily(experimentId, gid, null);
    }

    /**
     * Deletes every member of a gate family but one: {@code DELETE /gates?gid=…&exclude=…}. The server deprecates
     * {@code exclude}; the Python client sends it malformed (docs/wire.md#quirk-exclude-separator), this one correctly.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gid the family gid
     * @param excludeGateId the id of the member to keep
     */
    public void deleteGateFamily(String experimentId, String gid, String excludeGateId) {
        gates.deleteFamily(experimentId, gid, Objects.requireNonNull(excludeGateId, "excludeGateId"));
    }

    /**
     * Deletes gates by id, one DELETE per id in order (there is no bulk delete); stops at the first failure.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gateIds the gates' 24-hex ids (all checked before the first request)
     */
    public void deleteGates(String experimentId, List<String> gateIds) {
        Objects.requireNonNull(gateIds, "gateIds");
        gateIds.forEach(id -> cellengine.api.internal.http.Ids.require(id, "gateIds"));
        for (String id : gateIds) {
            gates.delete(experimentId, id);
        }
    }

    /**
     * {@return how many members of the family the server changed ({@code nModified})}: sets the same keys on every
     * member with {@code PATCH /gates?gid=}. Where Python raises {@code Warning("No gates updated.")}, this returns 0.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gid the family gid
     * @param changes the keys to set, such as {@code Map.of("name", "new")}
     */
    public int updateGateFamily(String experimentId, String gid, Map<String, ?> changes) {
        return gates.updateFamily(experimentId, gid, changes);
    }

    /**
     * {@return the family members inserted, updated and deleted}: {@code POST /gates/applyTailored?gid=} with the
     * gate's full JSON and the files (docs/semantics.md#d8-tailoring). A file-specific gate copies its geometry to the
     * files; the global gate removes their file-specific members. Fetch the affected gates with {@link #getGate} for
     * their state.
     *
     * @param experimentId the experiment's 24-hex id
     * @param gate the gate to apply, as read from the server
     * @param fcsFileIds the files' 24-hex ids
     */
    public TailoringResult applyTailoring(String experimentId, Gate gate, List<String> fcsFileIds) {
        return gates.applyTailoring(experimentId, gate, fcsFileIds);
    }

    /**
     * Deletes every gate and population of the experiment ({@code POST /gates/reset}, Python
     * {@code delete_all_gates_and_populations}); cached population names of it are dropped.
     *
     * @param experimentId the experiment's 24-hex id
     */
    public void resetGates(String experimentId) {
        gates.reset(experimentId);
    }

    // ---- populations ----

    /**
     * {@return the experiment's populations (docs/wire.md#populations)}
     *
     * @param experimentId the experiment's 24-hex id
     */
    public List<Population> getPopulations(String experimentId) {
        return getPopulations(experimentId, ListOptions.none());
    }

    /**
     * {@return the experiment's populations matching the options}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields, limit, skip and sort
     */
    public List<Population> getPopulations(String experimentId, ListOptions options) {
        return populations.list(experimentId, Objects.requireNonNull(options, "options"));
    }

    /**
     * {@return a lazy view of the experiment's populations matching the options, fetched {@code pageSize} at a
     * time (see {@link Paged})}
     *
     * @param experimentId the experiment's 24-hex id
     * @param options query, fields and sort sent with every page; {@code skip} is where to start, {@code limit} the
     *         most to return
     * @param pageSize items per request, at least 1
     * @throws IllegalArgumentException when {@code pageSize} is less than 1
     */
    public Paged<Population> getPopulationsPaged(String experimentId, ListOptions options, int pageSize) {
        Objects.requireNonNull(experimentId, "experimentId");
        return new Paged<>(options, pageSize, page -> getPopulations(experimentId, page));
    }

    /**
     * {@return one population}
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     */
    public Population getPopulation(String experimentId, String populationId) {
        return populations.get(experimentId, populationId);
    }

    /**
     * {@return the one population with this name}: a lookup of its id, cached ({@link #cacheInfo()}), then a GET
     * by id, as the Python client does; a cached id is checked on use
     *
     * @param experimentId the experiment's 24-hex id
     * @param name the exact name
     * @throws NameLookupException when none or more than one match
     */
    public Population getPopulationByName(String experimentId, String name) {
        return populations.getByName(experimentId, name);
    }

    /**
     * {@return the new population}: {@code POST /populations} with {@code name}, {@code gates} (the expression's
     * JSON text), {@code parentId} and {@code terminalGateGid}
     *
     * @param experimentId the experiment's 24-hex id
     * @param body the population, for example {@code PopulationCreate.of("T", Expr.and(a, b))}
     */
    public Population postPopulation(String experimentId, PopulationCreate body) {
        return populations.create(experimentId, body);
    }

    /**
     * {@return the population after sending only the keys set}; cached lookups of it are dropped
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     * @param update the keys to change
     */
    public Population updatePopulation(String experimentId, String populationId, PopulationUpdate update) {
        return populations.update(experimentId, populationId, update);
    }

    /**
     * Deletes one population permanently; cached lookups of it are dropped.
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     */
    public void deletePopulation(String experimentId, String populationId) {
        deletePopulation(experimentId, populationId, false);
    }

    /**
     * Deletes one population, or with {@code deleteBranch} also its gates and every descendant gate and population
     * ({@code ?deleteBranch=true}, docs/semantics.md#deleting-populations).
     *
     * @param experimentId the experiment's 24-hex id
     * @param populationId the population's 24-hex id
     * @param deleteBranch whether to delete the whole branch
     */
    public void deletePopulation(String experimentId, String populationId, boolean deleteBranch) {
        populations.delete(experimentId, populationId, deleteBranch);
    }

    // ---- statistics and plots ----

    /**
     * {@return the statistics: typed rows for JSON, the text for CSV and TSV} ({@code POST /bulkstatistics},
     * docs/wire.md#statistics); files and populations given by name (R's {@code fcsFiles=}, {@code populations=},
     * {@code percentOf=}) are resolved first, with one list call per kind
     *
     * @param experimentId the experiment's 24-hex id
     * @param request the statistics, channels, files, populations, compensation, layout and format
     * @throws NameLookupException when a name matches no resource or several, naming its kind
     */
    public StatisticsResult getStatistics(String experimentId, StatisticsRequest request) {
        return statistics.get(experimentId, request);
    }

    /**
     * {@return a plot's PNG bytes} ({@code GET /plot}, docs/wire.md#plots)
     *
     * @param experimentId the experiment's 24-hex id
     * @param request the file, channels, plot type, population, compensation and drawing options
     * @throws ApiException when the answer is not a PNG image (2xx status kept)
     */
    public byte[] getPlot(String experimentId, PlotRequest request) {
        return plots.get(experimentId, request, Sinks.bytes());
    }

    /**
     * Downloads a plot's PNG to a file or a stream.
     *
     * @param experimentId the experiment's 24-hex id
     * @param request the plot
     * @param target where the image goes, such as {@code Download.toFile(path)}
     * @throws ApiException when the answer is not a PNG image (2xx status kept)
     */
    public void getPlot(String experimentId, PlotRequest request, Download target) {
        plots.get(experimentId, request, Objects.requireNonNull(target, "target").sink());
    }

    // ---- experiment views ----

    /**
     * {@return a view of one experiment, whose methods fill in its id}; no request is sent
     *
     * @param experimentId the experiment's 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public ExperimentView experiment(String experimentId) {
        return new ExperimentView(this, experimentId);
    }

    /**
     * {@return a view of the one non-deleted experiment with this name}
     *
     * @param name the exact name
     * @throws NameLookupException when none or more than one match
     */
    public ExperimentView experimentByName(String name) {
        return new ExperimentView(this, getExperimentByName(name).id());
    }

    // ---- generic entities ----

    /**
     * {@return the server's answer to {@code PATCH /experiments/{eid}/{entityPath}/{id}} (Python
     * {@code update_entity})}; cached lookups of the entity are dropped
     *
     * @param experimentId the experiment's 24-hex id
     * @param entityId the entity's 24-hex id
     * @param entityPath the collection, such as {@code "gates"}, {@code "populations"} or {@code "fcsfiles"}
     * @param body the keys to change; null values are sent as JSON null
     * @throws IllegalArgumentException when {@code entityPath} is not a single collection name
     */
    public JsonValue updateEntity(String experimentId, String entityId, String entityPath, Map<String, ?> body) {
        return entities.update(experimentId, entityPath, entityId, body);
    }

    /**
     * Sends {@code DELETE /experiments/{eid}/{entityPath}/{id}} (Python {@code delete_entity}); cached lookups of
     * the entity are dropped.
     *
     * @param experimentId the experiment's 24-hex id
     * @param entityPath the collection, such as {@code "gates"}
     * @param entityId the entity's 24-hex id
     * @throws IllegalArgumentException when {@code entityPath} is not a single collection name
     */
    public void deleteEntity(String experimentId, String entityPath, String entityId) {
        entities.delete(experimentId, entityPath, entityId);
    }

    // ---- name cache ----

    /**
     * {@return the hits, misses and size of the name → id cache used by {@link #getFcsFileByName},
     * {@link #getAttachmentByName}, {@link #getPopulationByName} and the names in a {@link GateSpec}
     * (docs/wire.md#name-cache)}
     */
    public CacheInfo cacheInfo() {
        return nameCache.info();
    }

    /** Empties the name → id cache and resets its counters. */
    public void cacheClear() {
        nameCache.clear();
    }

    // ---- raw calls ----

    /**
     * {@return the JSON answer of a GET} (Python {@code _get(url)})
     *
     * @param path the path below {@code /api/v1}, such as {@code "/experiments"}; segments unencoded
     * @throws IllegalArgumentException when the path is malformed
     */
    public JsonValue get(String path) {
        return get(path, Map.of());
    }

    /**
     * {@return the JSON answer of a GET with query parameters} (Python {@code _get(url, params)})
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param query parameters, form-encoded; null values left out, lists as repeated keys, booleans lower-case
     */
    public JsonValue get(String path, Map<String, ?> query) {
        return send(RawRequest.get(path).query(query).build()).json();
    }

    /**
     * {@return the JSON answer of a POST} (Python {@code _post(url, json)})
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, a {@link Map}, or {@code null} for none
     */
    public JsonValue post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /**
     * {@return the JSON answer of a POST with query parameters} (Python {@code _post(url, json, params)})
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, a {@link Map}, or {@code null} for none
     * @param query parameters, as for {@link #get(String, Map)}
     */
    public JsonValue post(String path, Object body, Map<String, ?> query) {
        return send(RawRequest.post(path).body(body).query(query).build()).json();
    }

    /**
     * {@return the JSON answer of a PATCH}; map entries with null values are sent as JSON {@code null} (Python
     * {@code _patch(url, json)})
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, or a {@link Map}
     */
    public JsonValue patch(String path, Object body) {
        return patch(path, body, Map.of());
    }

    /**
     * {@return the JSON answer of a PATCH with query parameters} (Python {@code _patch(url, json, params)})
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param body a {@link JsonValue}, a request type, an entity record, or a {@link Map}
     * @param query parameters, as for {@link #get(String, Map)}
     */
    public JsonValue patch(String path, Object body, Map<String, ?> query) {
        return send(RawRequest.patch(path).body(body).query(query).build()).json();
    }

    /**
     * Sends a DELETE and ignores the answer's body (Python {@code _delete(url)}).
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     */
    public void delete(String path) {
        delete(path, Map.of());
    }

    /**
     * Sends a DELETE with query parameters and ignores the answer's body (Python {@code _delete(url, params)}).
     *
     * @param path the path below {@code /api/v1}; segments unencoded
     * @param query parameters, as for {@link #get(String, Map)}
     */
    public void delete(String path, Map<String, ?> query) {
        send(RawRequest.delete(path).query(query).build());
    }

    /**
     * {@return the answer to any raw call, held in memory: status, headers and bytes, readable as JSON or text}
     * (Python's {@code raw=True}); retried as the client's {@link RetryPolicy} and the request's
     * {@code idempotent} mark allow
     *
     * @param request the method, path, query, body and per-call options
     * @throws ApiException when the server answers with an error status
     * @throws IllegalArgumentException when the path is malformed
     */
    public RawResponse send(RawRequest request) {
        Objects.requireNonNull(request, "request");
        ApiCaller.Answer answer = caller.exchange(request.method(), ApiPath.parse(request.path()), request.query(),
                request.body().orElse(null), new CallOptions(request.idempotent(),
                        request.callTimeout().orElse(null)));
        return new RawResponse(answer.status(), answer.headers(), answer.body(), answer.method(), answer.url(),
                answer.requestId());
    }

    /**
     * Closes the client. A transport found by discovery is closed with it; one given to
     * {@link CellEngineBuilder#transport(Transport)} belongs to the caller and stays open. Later calls throw
     * {@link IllegalStateException}. Idempotent.
     */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            caller.close();
            session.close();
            if (ownsTransport) {
                transport.close();
            }
        }
    }

    @Override
    public String toString() {
        return "CellEngine[baseUrl=" + baseUrl + ", auth=" + (session.passwordFlow()
                ? "password for '" + session.username().orElse("") + "'"
                + (session.authenticated() ? " (signed in)" : "")
                : "token (cookie" + (bearer ? " and bearer" : "") + ")")
                + ", transport=" + transport.describe() + ", retries=" + retryPolicy + (closed.get() ? ", closed" : "")
                + "]";
    }

    private static List<Interceptor> chain(Interceptor headers, Interceptor auth, List<Interceptor> callers,
                                           Interceptor logging) {
        java.util.ArrayList<Interceptor> all = new java.util.ArrayList<>();
        all.add(headers);
        if (auth != null) {
            all.add(auth);
        }
        all.addAll(callers);
        all.add(logging);
        return all;
    }
}
