package cellengine.api;

import cellengine.api.model.CompensationId;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsFormat;
import cellengine.api.model.StatisticsResult;
import cellengine.api.param.PercentOf;
import cellengine.api.param.StatisticsRequest;

import java.util.List;
import java.util.Objects;

/**
 * A statistics request bound to one experiment, from {@link ExperimentView#statistics()}: the options of
 * {@link StatisticsRequest.Builder}, then {@link #get()}. Its defaults are those of the Python
 * {@code Experiment.get_statistics}: annotations on and the medium layout (cellengine-api.md §5.2). Not
 * thread-safe.
 *
 * <pre>{@code
 * StatisticsResult r = client.experiment(eid).statistics().statistics(Statistic.MEAN).channels("FSC-A").get();
 * }</pre>
 *
 * @since 0.1
 */
public final class StatisticsQuery {

    private final CellEngine client;
    private final String experimentId;
    private final StatisticsRequest.Builder builder = StatisticsRequest.builder().annotations(true)
            .layout(StatisticsRequest.Layout.MEDIUM);

    StatisticsQuery(CellEngine client, String experimentId) {
        this.client = client;
        this.experimentId = experimentId;
    }

    /**
     * Sets the statistics.
     *
     * @param values the statistics, in request order
     * @return this query
     */
    public StatisticsQuery statistics(Statistic... values) {
        builder.statistics(values);
        return this;
    }

    /**
     * Sets the channels.
     *
     * @param values channel names ({@code $PnN})
     * @return this query
     */
    public StatisticsQuery channels(String... values) {
        builder.channels(values);
        return this;
    }

    /**
     * Sets the quantile level.
     *
     * @param value from 0 to 1
     * @return this query
     */
    public StatisticsQuery q(double value) {
        builder.q(value);
        return this;
    }

    /**
     * Sets whether rows carry annotations (default true here).
     *
     * @param value whether to include annotations
     * @return this query
     */
    public StatisticsQuery annotations(boolean value) {
        builder.annotations(value);
        return this;
    }

    /**
     * Sets the compensation (default uncompensated).
     *
     * @param value the compensation
     * @return this query
     */
    public StatisticsQuery compensationId(CompensationId value) {
        builder.compensationId(value);
        return this;
    }

    /**
     * Sets the files.
     *
     * @param ids 24-hex ids
     * @return this query
     */
    public StatisticsQuery fcsFileIds(String... ids) {
        builder.fcsFileIds(ids);
        return this;
    }

    /**
     * Sets the populations; {@code null} is Ungated.
     *
     * @param ids 24-hex ids or {@code null}
     * @return this query
     */
    public StatisticsQuery populationIds(String... ids) {
        builder.populationIds(ids);
        return this;
    }

    /**
     * Sets one percent reference.
     *
     * @param value the reference
     * @return this query
     */
    public StatisticsQuery percentOf(PercentOf value) {
        builder.percentOf(value);
        return this;
    }

    /**
     * Sets several percent references.
     *
     * @param values the references
     * @return this query
     */
    public StatisticsQuery percentOf(List<PercentOf> values) {
        builder.percentOf(values);
        return this;
    }

    /**
     * Sets the layout (default medium here).
     *
     * @param value the layout
     * @return this query
     */
    public StatisticsQuery layout(StatisticsRequest.Layout value) {
        builder.layout(value);
        return this;
    }

    /**
     * Sets the format.
     *
     * @param value JSON, CSV or TSV
     * @return this query
     */
    public StatisticsQuery format(StatisticsFormat value) {
        builder.format(value);
        return this;
    }

    /**
     * Sets whether CSV or TSV text has a header row.
     *
     * @param value whether to include a header
     * @return this query
     */
    public StatisticsQuery header(boolean value) {
        builder.header(value);
        return this;
    }

    /**
     * {@return the request as built so far}
     *
     * @throws IllegalArgumentException naming an option at fault
     */
    public StatisticsRequest request() {
        return builder.build();
    }

    /**
     * {@return the statistics, from {@link CellEngine#getStatistics}}
     *
     * @throws IllegalArgumentException naming an option at fault, before anything is sent
     */
    public StatisticsResult get() {
        return client.getStatistics(experimentId, request());
    }

    @Override
    public String toString() {
        return "StatisticsQuery[experiment " + experimentId + "]";
    }

    static StatisticsQuery of(CellEngine client, String experimentId) {
        return new StatisticsQuery(Objects.requireNonNull(client, "client"), experimentId);
    }
}
