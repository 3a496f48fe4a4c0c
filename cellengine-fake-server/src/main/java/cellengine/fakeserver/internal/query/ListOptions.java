package cellengine.fakeserver.internal.query;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The standard parameters of list routes (docs/wire.md#list-queries): {@code query}, {@code skip},
 * {@code limit} (0 or absent = no limit, as in MongoDB), {@code sort} ({@code name}, {@code -name},
 * {@code +created}, comma-separated) and {@code fields} ({@code +a,+b} includes, {@code -a,-b} excludes;
 * {@code _id} is always returned). Repeated {@code query} parameters are combined with {@code and};
 * repeated {@code sort} and {@code fields} parameters are joined.
 */
public record ListOptions(Filter filter, int skip, int limit, List<SortKey> sort, Projection fields) {

    public ListOptions {
        sort = List.copyOf(sort);
    }

    /** One sort key; {@code descending} for a leading {@code -}. */
    record SortKey(FieldPath path, boolean descending) {
    }

    /** A top-level field projection; an empty {@code names} set keeps every field. */
    record Projection(Set<String> names, boolean include) {
        Projection {
            names = Set.copyOf(names);
        }

        JsonObject apply(JsonObject document) {
            if (names.isEmpty()) {
                return document;
            }
            JsonObjectBuilder out = Json.createObjectBuilder();
            for (Map.Entry<String, JsonValue> e : document.entrySet()) {
                if (e.getKey().equals("_id") || names.contains(e.getKey()) == include) {
                    out.add(e.getKey(), e.getValue());
                }
            }
            return out.build();
        }
    }

    /**
     * Reads the options from decoded query parameters.
     *
     * @throws ApiError.BadRequest naming the parameter and the problem
     */
    public static ListOptions from(Map<String, List<String>> params) {
        List<Filter> filters = new ArrayList<>();
        for (String query : params.getOrDefault("query", List.of())) {
            Filter f = QueryParser.parse(query);
            if (f != Filter.ALL) {
                filters.add(f);
            }
        }
        Filter filter = filters.isEmpty() ? Filter.ALL : filters.size() == 1 ? filters.get(0) : new Filter.And(filters);
        return new ListOptions(filter,
                count(params, "skip"),
                count(params, "limit"),
                sortKeys(String.join(",", params.getOrDefault("sort", List.of()))),
                projection(String.join(",", params.getOrDefault("fields", List.of()))));
    }

    /** {@return the matching documents, sorted, paged and projected} */
    public List<JsonObject> apply(List<JsonObject> documents) {
        List<JsonObject> matching = new ArrayList<>();
        for (JsonObject d : documents) {
            if (filter.test(d)) {
                matching.add(d);
            }
        }
        if (!sort.isEmpty()) {
            matching.sort(comparator()); // stable: ties keep natural (insertion) order
        }
        int from = Math.min(skip, matching.size());
        int to = limit == 0 ? matching.size() : (int) Math.min((long) from + limit, matching.size());
        List<JsonObject> page = new ArrayList<>(to - from);
        for (JsonObject d : matching.subList(from, to)) {
            page.add(fields.apply(d));
        }
        return page;
    }

    private Comparator<JsonObject> comparator() {
        Comparator<JsonObject> result = null;
        for (SortKey key : sort) {
            Comparator<JsonObject> one = Comparator.comparing(
                    (JsonObject d) -> key.path().resolve(d).get(0), JsonOrder.ORDER);
            if (key.descending()) {
                one = one.reversed();
            }
            result = result == null ? one : result.thenComparing(one);
        }
        return result;
    }

    private static int count(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.isEmpty() || values.get(values.size() - 1).isBlank()) {
            return 0;
        }
        String text = values.get(values.size() - 1).trim();
        if (!text.matches("[0-9]+")) {
            throw new ApiError.BadRequest('"' + name + "\" must be a non-negative integer, was \"" + text + "\".");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE; // more digits than any list can hold: no effective bound
        }
    }

    private static List<SortKey> sortKeys(String text) {
        List<SortKey> keys = new ArrayList<>();
        for (String raw : text.split(",")) {
            // A form-encoded '+' arrives as a space; trimming makes "+name" and " name" the same.
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            boolean descending = item.startsWith("-");
            String name = item.startsWith("-") || item.startsWith("+") ? item.substring(1) : item;
            keys.add(new SortKey(FieldPath.of(checkedName("sort", name, true)), descending));
        }
        return keys;
    }

    private static Projection projection(String text) {
        Set<String> names = new LinkedHashSet<>();
        Boolean include = null;
        for (String raw : text.split(",")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            boolean exclude = item.startsWith("-");
            String name = item.startsWith("-") || item.startsWith("+") ? item.substring(1) : item;
            if (include != null && include == exclude) {
                throw new ApiError.BadRequest("\"fields\" cannot mix included (+name) and excluded (-name) fields: "
                        + text.trim());
            }
            include = !exclude;
            names.add(checkedName("fields", name, false));
        }
        return new Projection(names, include == null || include);
    }

    private static String checkedName(String param, String name, boolean dotted) {
        String pattern = dotted ? "[A-Za-z0-9_$]+(\\.[A-Za-z0-9_$]+)*" : "[A-Za-z0-9_$]+";
        if (!name.matches(pattern)) {
            throw new ApiError.BadRequest('"' + param + "\" has an invalid field name \"" + name + "\""
                    + (dotted ? "." : " (top-level field names only)."));
        }
        return name;
    }
}
