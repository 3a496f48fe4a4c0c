package cellengine.fakeserver;

import java.util.Set;
import java.util.TreeSet;

/**
 * A fake server's API routes, as {@code "GET /api/v1/experiments/{eid}"} templates, and the ones that requests have
 * reached (whatever the answer, errors included).
 *
 * @param routes every registered route under {@code /api/v1}
 * @param hit the routes at least one request matched
 * @since 0.1
 */
public record RouteCoverage(Set<String> routes, Set<String> hit) {

    /** Copies both sets, sorted. */
    public RouteCoverage {
        routes = Set.copyOf(routes);
        hit = Set.copyOf(hit);
    }

    /** {@return the routes no request has reached, sorted} */
    public Set<String> missed() {
        Set<String> missed = new TreeSet<>(routes);
        missed.removeAll(hit);
        return missed;
    }

    /**
     * {@return the coverage of two servers together, such as one reached over a socket and one in memory}
     *
     * @param other the other server's coverage
     */
    public RouteCoverage union(RouteCoverage other) {
        Set<String> allRoutes = new TreeSet<>(routes);
        allRoutes.addAll(other.routes);
        Set<String> allHit = new TreeSet<>(hit);
        allHit.addAll(other.hit);
        return new RouteCoverage(allRoutes, allHit);
    }
}
