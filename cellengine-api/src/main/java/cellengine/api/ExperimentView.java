package cellengine.api;

import cellengine.api.model.Compensation;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Gate;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.ScaleSet;
import cellengine.api.param.GateSpec;
import cellengine.api.param.PlotRequest;
import cellengine.api.param.PopulationCreate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One experiment seen through a client, for code that works in one experiment at a time: every method is the
 * client's call with the experiment id filled in. Made by {@link CellEngine#experiment(String)} (no request) or
 * {@link CellEngine#experimentByName(String)} (one lookup). Immutable and thread-safe, as the client is.
 *
 * <pre>{@code
 * ExperimentView run = client.experimentByName("Run 7");
 * FcsFile a1 = run.fcsFile("A1.fcs");
 * GateCreated lymphs = run.postGate(Gates.rectangle("FSC-A", "SSC-A", "lymphs", 1e4, 1e5, 1e4, 1e5).build());
 * StatisticsResult stats = run.statistics().statistics(Statistic.EVENT_COUNT, Statistic.PERCENT)
 *         .populationIds(lymphs.population().id()).get();
 * }</pre>
 *
 * @since 0.1
 */
public final class ExperimentView {

    private final CellEngine client;
    private final String id;

    ExperimentView(CellEngine client, String id) {
        this.client = Objects.requireNonNull(client, "client");
        this.id = cellengine.api.internal.http.Ids.require(id, "experimentId");
    }

    /** {@return the experiment's 24-hex id} */
    public String id() {
        return id;
    }

    /** {@return the client this view calls through} */
    public CellEngine client() {
        return client;
    }

    /** {@return the experiment, fetched now} */
    public Experiment experiment() {
        return client.getExperiment(id);
    }

    /** {@return the experiment's FCS files} */
    public List<FcsFile> fcsFiles() {
        return client.getFcsFiles(id);
    }

    /**
     * {@return the one FCS file with this name (cached id lookup)}
     *
     * @param filename the exact file name
     * @throws NameLookupException when none or more than one match
     */
    public FcsFile fcsFile(String filename) {
        return client.getFcsFileByName(id, filename);
    }

    /** {@return the experiment's gates} */
    public List<Gate> gates() {
        return client.getGates(id);
    }

    /**
     * {@return the created gate and its populations}
     *
     * @param spec the gate, from {@link cellengine.api.param.Gates}
     */
    public GateCreated postGate(GateSpec spec) {
        return client.postGate(id, spec);
    }

    /** {@return the experiment's populations} */
    public List<Population> populations() {
        return client.getPopulations(id);
    }

    /**
     * {@return the one population with this name (cached id lookup)}
     *
     * @param name the exact name
     * @throws NameLookupException when none or more than one match
     */
    public Population population(String name) {
        return client.getPopulationByName(id, name);
    }

    /**
     * {@return the new population}
     *
     * @param body the population
     */
    public Population postPopulation(PopulationCreate body) {
        return client.postPopulation(id, body);
    }

    /** {@return the experiment's compensations} */
    public List<Compensation> compensations() {
        return client.getCompensations(id);
    }

    /** {@return the experiment's scale set} */
    public ScaleSet scaleSet() {
        return client.getScaleset(id);
    }

    /** {@return a statistics request bound to this experiment; finish it with {@link StatisticsQuery#get()}} */
    public StatisticsQuery statistics() {
        return StatisticsQuery.of(client, id);
    }

    /**
     * {@return a plot's PNG bytes}
     *
     * @param request the plot
     */
    public byte[] plot(PlotRequest request) {
        return client.getPlot(id, request);
    }

    /**
     * Downloads a plot's PNG to a file or a stream.
     *
     * @param request the plot
     * @param target where the image goes, such as {@code Download.toFile(path)}
     */
    public void plot(PlotRequest request, Download target) {
        client.getPlot(id, request, target);
    }

    @Override
    public String toString() {
        return "ExperimentView[" + id + "]";
    }
}
