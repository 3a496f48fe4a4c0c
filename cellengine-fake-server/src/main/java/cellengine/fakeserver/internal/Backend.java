package cellengine.fakeserver.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
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
        AnalysisState state = new AnalysisState(scaleSets, gates, populations);
        this.data = new DataApi(experiments, attachments, compensations, fcsFiles, scaleSets, clock,
                new StoredPopulationGating(state), new GatingImport(gates, populations, ids));
        this.gating = new GatingApi(experiments, gates, populations, fcsFiles, ids);
        this.analysis = new AnalysisApi(experiments, fcsFiles, compensations, state);
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

    /**
     * {@return the collections a snapshot saves and restores, by the name they have in the snapshot file}
     * Each new entity type adds its store here, and {@link #reset()} clears it.
     */
    Map<String, DocumentStore> collections() {
        Map<String, DocumentStore> all = new LinkedHashMap<>();
        all.put("experiments", experiments.store());
        all.put("folders", folders.store());
        return all;
    }

    Clock clock() {
        return clock;
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
