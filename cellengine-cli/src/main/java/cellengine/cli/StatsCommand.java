package cellengine.cli;

import cellengine.api.CellEngine;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsFormat;
import cellengine.api.model.StatisticsResult;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.PercentOf;
import cellengine.api.param.StatisticsRequest;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cellengine stats}: population statistics with the options of {@code getStatistics}, printed as a table,
 * CSV or the server's JSON rows.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Compute statistics for populations of an experiment's files (getStatistics).",
                "Example: cellengine stats -e \"Run 7\" -s mean -s eventCount -c FSC-A -p Lymphocytes -o csv"})
final class StatsCommand extends ApiCommand {

    @Mixin
    ExperimentOption experiment;

    @Option(names = {"-s", "--statistic"}, paramLabel = "STAT", required = true, split = ",",
            description = "mean, median, quantile, stddev, cv, mad, geometricMean, eventCount or percent; "
                    + "repeat or separate with commas.")
    List<String> statistics;

    @Option(names = {"-c", "--channel"}, paramLabel = "CHANNEL", split = ",",
            description = "Channels ($PnN) for the channel statistics; repeat or separate with commas.")
    List<String> channels = new ArrayList<>();

    @Option(names = {"-p", "--population"}, paramLabel = "POPULATION",
            description = "A population id or exact name, or 'ungated'; repeat for more. Default: ungated only.")
    List<String> populations = new ArrayList<>();

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = "An FCS file id or exact file name; repeat for more. Default: every non-control file.")
    List<String> files = new ArrayList<>();

    @Option(names = "--q", paramLabel = "Q", description = "The quantile level for 'quantile', from 0 to 1.")
    Double q;

    @Option(names = "--compensation", paramLabel = "COMP",
            description = "uncompensated (default), file-internal, per-file, or a compensation id.")
    String compensation;

    @Option(names = "--percent-of", paramLabel = "REF",
            description = "parent (default), ungated, or a population id or exact name; repeat for several.")
    List<String> percentOf = new ArrayList<>();

    @Option(names = "--annotations", description = "Add the files' annotations to each row.")
    boolean annotations;

    @Option(names = "--layout", paramLabel = "LAYOUT",
            description = "medium (the server's default), tall-skinny or short-wide.")
    String layout;

    @Mixin
    FormatOption output;

    @Override
    int run(CellEngine client) {
        StatisticsRequest.Builder request = StatisticsRequest.builder();
        List<Statistic> parsed = new ArrayList<>();
        for (String name : statistics) {
            parsed.add(Statistic.fromKey(name.strip()));
        }
        request.statistics(parsed).channels(channels).annotations(annotations).format(StatisticsFormat.JSON);
        if (q != null) {
            request.q(q);
        }
        if (compensation != null) {
            request.compensationId(FilesCommand.compensation(compensation));
        }
        if (layout != null) {
            request.layout(layout(layout));
        }
        String eid = experiment.id(client);
        if (!populations.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (String population : populations) {
                ids.add(population.equalsIgnoreCase("ungated") ? null : population(client, eid, population));
            }
            request.populationIds(ids);
        }
        if (!files.isEmpty()) {
            List<String> ids = new ArrayList<>();
            for (String file : files) {
                ids.add(Refs.fcsFile(client, eid, file));
            }
            request.fcsFileIds(ids);
        }
        if (percentOf.size() == 1) {
            request.percentOf(percentOf(client, eid, percentOf.get(0)));
        } else if (percentOf.size() > 1) {
            List<PercentOf> refs = new ArrayList<>();
            for (String ref : percentOf) {
                refs.add(percentOf(client, eid, ref));
            }
            request.percentOf(refs);
        }
        StatisticsResult result = client.getStatistics(eid, request.build());
        print(result.rows());
        return ExitCodes.OK;
    }

    private void print(List<StatisticsRow> rows) {
        if (output.format == OutputFormat.JSON) {
            JsonArrayBuilder array = Printer.JSON.createArrayBuilder();
            rows.forEach(row -> array.add(row.raw()));
            new Printer(out(), OutputFormat.JSON).value(array.build());
            return;
        }
        // The columns are the rows' keys in the server's order, with the annotations spread into their own columns.
        Set<String> keys = new LinkedHashSet<>();
        Set<String> annotationNames = new LinkedHashSet<>();
        for (StatisticsRow row : rows) {
            keys.addAll(row.raw().keySet());
            annotationNames.addAll(row.annotations().keySet());
        }
        List<Column<StatisticsRow>> columns = new ArrayList<>();
        for (String key : keys) {
            if (key.equals("annotations")) {
                annotationNames.forEach(name -> columns.add(Column.of(name, row -> plain(row.annotations()
                        .get(name)))));
            } else {
                columns.add(Column.of(key, row -> plain(row.raw().get(key))));
            }
        }
        output.printer(out()).list(columns, rows);
    }

    /** {@return a JSON value as the Java value {@link Printer} shows: string, number, boolean or null} */
    private static Object plain(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.isIntegral() ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        return value.toString();
    }

    private static String population(CellEngine client, String eid, String idOrName) {
        return Refs.isId(idOrName) ? idOrName : client.getPopulationByName(eid, idOrName).id();
    }

    private static PercentOf percentOf(CellEngine client, String eid, String ref) {
        String lower = ref.toLowerCase(Locale.ROOT);
        if (lower.equals("parent")) {
            return PercentOf.parent();
        }
        if (lower.equals("ungated")) {
            return PercentOf.ungated();
        }
        return PercentOf.population(population(client, eid, ref));
    }

    private static StatisticsRequest.Layout layout(String text) {
        for (StatisticsRequest.Layout value : StatisticsRequest.Layout.values()) {
            if (value.wire().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw new CliException(ExitCodes.USAGE, "--layout must be medium, tall-skinny or short-wide, was '" + text
                + "'");
    }
}
