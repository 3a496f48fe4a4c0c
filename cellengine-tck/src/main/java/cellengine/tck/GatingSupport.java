package cellengine.tck;

import cellengine.api.model.FcsFile;
import cellengine.api.model.GateCreated;
import cellengine.api.model.Population;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.Gates;
import cellengine.api.param.StatisticsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Shared steps of the gating, statistics and plot rules: a grid file uploaded into the rule's experiment, the
 * fixture gates created through the SDK, and expected member sets computed with {@link GatingFixtures}.
 */
abstract class GatingSupport extends ExperimentScopedSupport {

    /** The grid file of the running rule. */
    protected TckData grid;
    /** The uploaded grid file. */
    protected FcsFile gridFile;

    /** Uploads the grid file. */
    protected final void uploadGrid() {
        grid = TckData.grid("grid.fcs", 17);
        gridFile = upload(grid);
    }

    /**
     * {@return the rectangle fixture as a gate with its population}
     *
     * @param name the gate's name
     * @param parentPopulationId the parent population's id, or {@code null} for Ungated
     */
    protected final GateCreated createRectangle(String name, String parentPopulationId) {
        double[] r = GatingFixtures.RECTANGLE;
        return client().postGate(eid(), Gates.rectangle("FSC-A", "SSC-A", name, r[0], r[1], r[2], r[3])
                .parentPopulation(parentPopulationId).build());
    }

    /**
     * {@return the indexes of the grid events that satisfy the predicate}
     *
     * @param inside selects grid events by index
     */
    protected final int[] members(IntPredicate inside) {
        List<Integer> idx = new ArrayList<>();
        for (int e = 0; e < grid.eventCount(); e++) {
            if (inside.test(e)) {
                idx.add(e);
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@return x of grid event e}
     *
     * @param e the event's index
     */
    protected final double x(int e) {
        return grid.column("FSC-A")[e];
    }

    /**
     * {@return y of grid event e}
     *
     * @param e the event's index
     */
    protected final double y(int e) {
        return grid.column("SSC-A")[e];
    }

    /**
     * {@return the values of a channel for the given events}
     *
     * @param channel the channel's {@code $PnN}
     * @param events the events' indexes
     */
    protected final double[] values(String channel, int[] events) {
        double[] column = grid.column(channel);
        double[] out = new double[events.length];
        for (int i = 0; i < events.length; i++) {
            out[i] = column[events[i]];
        }
        return out;
    }

    /**
     * {@return the event count the server reports for a population of the grid file (Ungated for null)}
     *
     * @param population the population, or {@code null} for Ungated
     */
    protected final long eventCount(Population population) {
        List<StatisticsRow> rows = client().getStatistics(eid(), StatisticsRequest.builder()
                .statistics(Statistic.EVENT_COUNT).fcsFileIds(List.of(gridFile.id()))
                .populationIds(java.util.Collections.singletonList(population == null ? null : population.id()))
                .build()).rows();
        if (rows.size() != 1) {
            throw new AssertionError("one statistics row expected, got " + rows);
        }
        return rows.get(0).eventCount();
    }
}
