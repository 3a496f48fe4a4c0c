package cellengine.fakeserver.internal.http;

import java.util.Set;
import java.util.TreeSet;

/**
 * What one route accepts besides the {@code token} query parameter: its top-level body fields and its query
 * parameters. Each route is registered with its shape ({@link RouteTable}); strict mode refuses anything else.
 *
 * @param bodyFields the top-level body fields, or null when the route checks its body itself (a gate body may be an
 *     object or an array, docs/wire.md#gates)
 * @param queryParameters the query parameters, or null when the route checks its query itself
 */
record Shape(Set<String> bodyFields, Set<String> queryParameters) {

    /** The query parameters of list routes (docs/wire.md#list-queries). */
    static final Set<String> LIST_QUERY = Set.of("query", "fields", "limit", "skip", "sort");

    /** No body fields and no query parameters. */
    static final Shape NOTHING = new Shape(Set.of(), Set.of());

    /** A list route: the list parameters and no body. */
    static final Shape LIST = query(LIST_QUERY);

    /**
     * For a route that answers every request with an error of its own, such as an unsupported operation, whatever
     * the request holds.
     */
    static final Shape ANSWERED_BY_ROUTE = new Shape(null, null);

    Shape {
        bodyFields = bodyFields == null ? null : Set.copyOf(bodyFields);
        queryParameters = queryParameters == null ? null : Set.copyOf(queryParameters);
    }

    /** {@return a route that takes these query parameters and no body} */
    static Shape query(Set<String> parameters) {
        return new Shape(Set.of(), parameters);
    }

    /** {@return a route that takes a body with these top-level fields and no query parameters} */
    static Shape body(Set<String> fields) {
        return new Shape(fields, Set.of());
    }

    /** {@return a route that checks its own body and takes these query parameters} */
    static Shape bodyCheckedByRoute(Set<String> queryParameters) {
        return new Shape(null, queryParameters);
    }

    /** {@return every name in the given sets} */
    @SafeVarargs
    static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
