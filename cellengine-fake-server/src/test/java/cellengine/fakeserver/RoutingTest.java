package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RoutingTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    @Test
    void an_unknown_route_is_a_json_404() {
        Reply reply = fake.api().get("/nothing-here").expect(404);
        assertTrue(reply.error().contains("GET /api/v1/nothing-here"), reply.body);
        assertTrue(reply.header("Content-Type").startsWith("application/json"));
    }

    @Test
    void a_wrong_method_is_a_json_405_listing_the_allowed_ones() {
        Reply reply = fake.api().send("PUT", "/experiments", "{}").expect(405);
        assertTrue(reply.error().contains("PUT"), reply.body);
        assertEquals("GET, POST", reply.header("Allow"));
    }

    @Test
    void every_response_carries_a_request_id_echoing_the_clients() {
        assertEquals("req-123", fake.api().send("GET", "/experiments", null, "X-Request-Id", "req-123").expect(200)
                .header("X-Request-Id"));
        String first = fake.api().get("/experiments").header("X-Request-Id");
        String second = fake.api().get("/nope").header("X-Request-Id");
        assertNotNull(first);
        assertNotNull(second);
        assertNotEquals(first, second);
        assertNotNull(fake.api().withToken(null).get("/experiments").expect(401).header("X-Request-Id"));
        assertNotNull(fake.api().post("/experiments", "{").expect(400).header("X-Request-Id"));
    }

    @Test
    void json_content_type_on_a_get_and_a_delete_is_accepted() {
        fake.api().send("GET", "/experiments", null, "Content-Type", "application/json").expect(200);
        String id = fake.experiment("{}");
        fake.api().send("DELETE", "/experiments/" + id, null, "Content-Type", "application/json").expect(204);
    }

    @Test
    void a_post_with_an_empty_body_counts_as_an_empty_object() {
        String id = fake.experiment("");
        assertEquals("Untitled Experiment-1",
                fake.api().post("/experiments/" + id + "/clone", null).expect(201).object().getString("name"));
    }

    @Test
    void hostile_bodies_get_4xx_json_never_a_500() {
        String deep = "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertTrue(fake.api().post("/experiments", deep).expect(400).error().contains("too deeply nested"));
        String huge = "{\"name\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}"; // above FakeConfig.maxJsonBytes
        assertEquals(413, fake.api().post("/experiments", huge).status);
        String nested = "and(".repeat(40) + "eq(a,1)" + ")".repeat(40);
        assertTrue(fake.api().get("/experiments?query=" + Api.q(nested)).expect(400).error()
                .contains("nest deeper than"));
    }
}
