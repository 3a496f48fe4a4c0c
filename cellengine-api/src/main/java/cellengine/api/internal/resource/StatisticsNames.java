package cellengine.api.internal.resource;

import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Rql;
import cellengine.api.model.FcsFile;
import cellengine.api.model.Population;
import cellengine.api.param.PercentOf;
import cellengine.api.param.StatisticsRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves the names in a statistics request (R's {@code getStatistics(fcsFiles=, populations=, percentOf=)}) to
 * ids, with one list call per kind: files by {@code filename} (controls included, deleted ones not), populations by
 * {@code name} for both the requested populations and the {@code percentOf} references. Each name must match exactly
 * one resource; the first that does not is reported with its kind and how many matched.
 */
final class StatisticsNames {

    private StatisticsNames() {
    }

    static StatisticsRequest resolve(ApiCaller caller, String eid, StatisticsRequest request) {
        if (!request.hasNames()) {
            return request;
        }
        StatisticsRequest.Builder resolved = request.toBuilder();
        if (!request.fcsFileNames().isEmpty()) {
            Map<String, String> ids = lookUp(caller, FcsFilesApi.files(eid), "filename", request.fcsFileNames(),
                    FcsFile.class, FcsFile::filename, FcsFile::id, "FCS file", Map.of("includeControls", true));
            resolved.fcsFileIds(new ArrayList<>(ids.values()));
        }
        Set<String> populationNames = new LinkedHashSet<>(request.populationNames());
        request.percentOf().forEach(p -> p.populationName().ifPresent(populationNames::add));
        if (!populationNames.isEmpty()) {
            Map<String, String> ids = lookUp(caller, PopulationsApi.populations(eid), "name",
                    List.copyOf(populationNames), Population.class, Population::name, Population::id, "population",
                    Map.of());
            if (!request.populationNames().isEmpty()) {
                List<String> populationIds = new ArrayList<>();
                request.populationNames().forEach(n -> populationIds.add(ids.get(n)));
                resolved.populationIds(populationIds);
            }
            List<PercentOf> percentOf = new ArrayList<>();
            request.percentOf().forEach(p -> percentOf.add(p.populationName().map(ids::get)
                    .map(PercentOf::population).orElse(p)));
            if (request.percentOfAsList()) {
                resolved.percentOf(percentOf);
            } else {
                resolved.percentOf(percentOf.get(0));
            }
        }
        return resolved.build();
    }

    /** {@return each name's one id, in the names' order}; one list call finds them all */
    private static <T> Map<String, String> lookUp(ApiCaller caller, ApiPath list, String field, List<String> names,
            Class<T> type, Function<T, String> nameOf, Function<T, String> idOf, String kind,
            Map<String, Object> extra) {
        Set<String> distinct = new LinkedHashSet<>(names);
        Map<String, Object> query = new LinkedHashMap<>(extra);
        query.put("query", Rql.byNames(field, distinct));
        Map<String, List<String>> found = new LinkedHashMap<>();
        for (T item : caller.list("GET", list, query, type)) {
            found.computeIfAbsent(nameOf.apply(item), k -> new ArrayList<>()).add(idOf.apply(item));
        }
        Map<String, String> ids = new LinkedHashMap<>();
        for (String n : distinct) {
            ids.put(n, ByName.exactlyOne(kind, n, found.getOrDefault(n, List.of())));
        }
        return ids;
    }
}
