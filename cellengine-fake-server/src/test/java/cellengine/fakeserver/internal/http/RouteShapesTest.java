package cellengine.fakeserver.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Strict mode knows what a route accepts only from the route's registration. A route added to Javalin some other way
 * would go unchecked, so the routes Javalin serves under {@code /api/v1} must be exactly the ones registered through
 * {@link RouteTable}, each with its {@link Shape}.
 */
class RouteShapesTest {

    @Test
    void every_api_route_javalin_serves_was_registered_with_its_shape_and_every_shape_names_a_served_route() {
        try (HttpApi http = HttpApi.start(new Backend(Clock.systemUTC(), 1L), "127.0.0.1", 0)) {
            Set<String> served = http.routeLog().routes();
            Set<String> shaped = http.declaredRoutes();

            Set<String> withoutShape = new TreeSet<>(served);
            withoutShape.removeAll(shaped);
            assertEquals(Set.of(), withoutShape, "routes registered with Javalin directly, so strict mode does not "
                    + "know what they accept: register them through RouteTable with a Shape");

            Set<String> withoutRoute = new TreeSet<>(shaped);
            withoutRoute.removeAll(served);
            assertEquals(Set.of(), withoutRoute, "shapes for routes that Javalin does not serve");

            assertTrue(served.size() >= 45, "the API has its routes: " + served);
        }
    }
}
