package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.analysis.AnalysisApi;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.store.Account;
import cellengine.fakeserver.internal.store.Accounts;
import cellengine.fakeserver.internal.store.Attachments;
import cellengine.fakeserver.internal.store.Compensations;
import cellengine.fakeserver.internal.store.DataApi;
import cellengine.fakeserver.internal.store.DocumentStore;
import cellengine.fakeserver.internal.store.ExperimentResources;
import cellengine.fakeserver.internal.store.Experiments;
import cellengine.fakeserver.internal.store.FcsFiles;
import cellengine.fakeserver.internal.store.Folders;
import cellengine.fakeserver.internal.store.Gates;
import cellengine.fakeserver.internal.store.GatingApi;
import cellengine.fakeserver.internal.store.GatingImport;
import cellengine.fakeserver.internal.store.Populations;
import cellengine.fakeserver.internal.store.ScaleSets;
import cellengine.fakeserver.internal.store.Snapshots;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fake server's state: users and tokens, experiments and folders, the id generator and the clock.
 * Thread-safe. With a seed, ids and tokens repeat from run to run (given the same sequence of calls and a
 * fixed clock); without one they come from {@link SecureRandom}.
 */
public final class Backend {

    private static final long TOKEN_SALT = 0x5DEECE66DL;

    private final Clock clock;
    private final Accounts accounts;
    private final Experiments experiments;
    private final Folders folders;
    private final Credentials credentials;
    private final ExperimentResources resources;
    private final DataApi data;
    private final GatingApi gating;
    private final AnalysisApi analysis;

    /**
     * @param seed seeds ids and tokens, or null for unpredictable ones
     */
    public Backend(Clock clock, Long seed) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // plots are drawn with AWT, before any AWT use
        }
        this.clock = clock;
        ObjectIds ids = new ObjectIds(clock, seed == null ? new SecureRandom() : new Random(seed));
        this.accounts = new Accounts(ids, seed == null ? new SecureRandom() : new Random(seed ^ TOKEN_SALT));
        Attachments attachments = new Attachments(ids, clock);
        Compensations compensations = new Compensations(ids);
        ScaleSets scaleSets = new ScaleSets(ids, clock);
        FcsFiles fcsFiles = new FcsFiles(ids, scaleSets);
        Gates gates = new Gates();
        Populations populations = new Populations(ids);
        this.resources = new ExperimentResources(attachments, compensations, fcsFiles, scaleSets, gates, populations,
                ids);
        this.experiments = new Experiments(ids, clock, accounts, resources);
        this.data = new DataApi(experiments, attachments, compensations, fcsFiles, scaleSets, clock,
                new GatingImport(gates, populations, ids));
        this.gating = new GatingApi(experiments, gates, populations, fcsFiles, ids);
        this.analysis = new AnalysisApi(experiments, fcsFiles, compensations, scaleSets, gates, populations);
        this.folders = new Folders(ids, clock);
        this.credentials = new Credentials(accounts);
    }

    /** {@return the users and their tokens} */
    public Accounts accounts() {
        return accounts;
    }

    /** Deletes every experiment and folder, and everything in them; users and tokens stay. */
    public void reset() {
        experiments.clear();
        folders.clear();
        resources.clear();
    }

    /** Writes the state as a snapshot ({@link Snapshots}); the stream is flushed, not closed. */
    public void exportSnapshot(OutputStream out) {
        Snapshots.export(accounts, collections(), clock.instant(), out);
    }

    /**
     * Replaces the collections with a snapshot's and adds its new users ({@link Snapshots}).
     *
     * @param source names the snapshot in error messages
     * @return the users created
     * @throws IllegalArgumentException when the snapshot is not valid, naming the source and the place
     */
    public List<Account> importSnapshot(InputStream in, String source) {
        return Snapshots.importFrom(accounts, collections(), in, source);
    }

    /**
     * {@return the collections a snapshot saves and restores, by the name they have in the snapshot file}
     * Each new entity type adds its store here, and {@link #reset()} clears it.
     */
    private Map<String, DocumentStore> collections() {
        Map<String, DocumentStore> all = new LinkedHashMap<>();
        all.put("experiments", experiments.store());
        all.put("folders", folders.store());
        return all;
    }

    Experiments experiments() {
        return experiments;
    }

    Folders folders() {
        return folders;
    }

    DataApi data() {
        return data;
    }

    GatingApi gating() {
        return gating;
    }

    AnalysisApi analysis() {
        return analysis;
    }

    Credentials credentials() {
        return credentials;
    }
}
