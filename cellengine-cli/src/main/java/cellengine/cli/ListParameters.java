package cellengine.cli;

import cellengine.api.param.ListOptions;
import picocli.CommandLine.Option;

/** The options of list commands that the server applies: an RQL query, limit, skip and sort. */
final class ListParameters {

    @Option(names = "--query", paramLabel = "RQL", description = "An RQL filter, such as eq(name,\"Run 7\").")
    String query;

    @Option(names = "--limit", paramLabel = "N", description = "Return at most N items.")
    Integer limit;

    @Option(names = "--skip", paramLabel = "N", description = "Skip the first N items.")
    Integer skip;

    @Option(names = "--sort", paramLabel = "FIELD",
            description = "Sort by a field; a leading - sorts descending, such as -created.")
    String sort;

    /** {@return the options for the SDK's list call} */
    ListOptions toListOptions() {
        ListOptions.Builder builder = ListOptions.builder();
        if (query != null) {
            builder.query(query);
        }
        if (limit != null) {
            builder.limit(limit);
        }
        if (skip != null) {
            builder.skip(skip);
        }
        if (sort != null) {
            builder.sort(sort);
        }
        return builder.build();
    }
}
