/**
 * The HTTP side: {@code HttpApi} configures Javalin and Jetty; {@code Routes}, {@code DataRoutes} and
 * {@code GatingRoutes} register every {@code /api/v1} route once, each with what it accepts, which strict mode
 * checks; {@code ErrorMapper} turns every failure into the JSON error body. {@code Backend} builds the stores and
 * the operations the routes call.
 */
package cellengine.fakeserver.internal.http;
