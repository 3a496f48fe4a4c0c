package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.fakeserver.RouteCoverage;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The kit checks its own reach on the server side: after every rule has run against the embedded fake servers
 * (over a socket and in memory), every {@code /api/v1} route of the fake must have been reached. Runs last
 * ({@code junit-platform.properties} orders classes by {@link Order}).
 */
@Order(Integer.MAX_VALUE)
class RouteCoverageTest {

    @Test
    void every_route_of_the_fake_server_is_reached_by_some_rule() {
        RouteCoverage coverage = ((FakeServerTarget) SharedTargets.fake()).server().routeCoverage()
                .union(((FakeServerTarget) SharedTargets.inMemory()).server().routeCoverage());
        assertTrue(coverage.routes().size() > 40, () -> "the fake reports its routes: " + coverage.routes());
        assertTrue(coverage.missed().isEmpty(), () -> "fake server routes no TCK rule reached: " + coverage.missed()
                + "; add a rule that calls them (and a line to RULES.md)");
    }
}
