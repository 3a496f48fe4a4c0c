package cellengine.fakeserver;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictModeTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake(c -> c.maxJsonBytes = 64 * 1024);

    @Test
    void an_unknown_body_field_is_a_400_naming_it() {
        assertEquals("\"colour\" is not allowed.",
                fake.api().post("/experiments", "{\"name\":\"x\",\"colour\":\"red\"}").expect(400).error());
        assertEquals("\"parent_id\" is not allowed.",
                fake.api().post("/folders", "{\"name\":\"x\",\"parent_id\":\"a\"}").expect(400).error());
        assertEquals("\"remember\" is not allowed.", fake.api().post("/signin", "{\"username\":\""
                + fake.server().username() + "\",\"password\":\"" + fake.server().password()
                + "\",\"remember\":true}").expect(400).error());
        assertEquals("\"title\" is not allowed.", fake.api().post("/experiments/" + experiment() + "/revision",
                "{\"description\":\"d\",\"title\":\"t\"}").expect(400).error());
        assertEquals(0, fake.api().get("/folders?query=" + Api.q("eq(name,\"x\")")).expect(200).array().size(),
                "nothing was created");
    }

    @Test
    void an_unknown_query_parameter_is_a_400_naming_it() {
        assertEquals("\"order\" is not allowed as a query parameter; this route takes [fields, limit, query, skip, "
                + "sort].", fake.api().get("/experiments?order=name").expect(400).error());
        assertEquals("\"fields\" is not allowed as a query parameter here.",
                fake.api().get("/experiments/" + experiment() + "?fields=%2Bname").expect(400).error());
    }

    @Test
    void authentication_is_checked_before_validation() {
        Reply reply = fake.api().withToken(null).post("/experiments", "{\"colour\":1}");
        assertEquals(401, reply.status);
        assertEquals("Unauthorized", reply.body);
    }

    @Test
    void an_entity_echoed_back_with_its_server_owned_fields_is_accepted() {
        JsonObject created = fake.api().post("/experiments", "{\"name\":\"echo\"}").expect(201).object();
        JsonObject changed = Json.createObjectBuilder(created).add("name", "echoed").build();
        assertEquals("echoed", fake.api().patch("/experiments/" + created.getString("_id"), changed.toString())
                .expect(200).object().getString("name"));
        JsonObject folder = fake.api().post("/folders", "{\"name\":\"f\"}").expect(201).object();
        fake.api().patch("/folders/" + folder.getString("_id"), folder.toString()).expect(200);
    }

    @Test
    void what_the_official_clients_send_is_accepted() {
        // Python: comments as a plain string, only truthy values (docs/wire.md#experiment-helpers,
        // docs/wire.md#quirk-comments)
        String id = fake.experiment("{\"name\":\"py\",\"comments\":\"note\",\"tags\":[\"a\"]}");
        // Python Experiment.delete(): a naive local timestamp with microseconds
        // (docs/wire.md#quirk-naive-delete-timestamp); undelete with null
        fake.api().patch("/experiments/" + id, "{\"deleted\":\"2024-10-25T18:00:00.123456\"}").expect(200);
        fake.api().patch("/experiments/" + id, "{\"deleted\":null}").expect(200);
        // Python: Content-Type: application/json on GET and DELETE and on body-less POSTs
        // (docs/wire.md#request-encoding)
        fake.api().send("GET", "/experiments/" + id, null, "Content-Type", "application/json").expect(200);
        fake.api().post("/experiments/" + id + "/clone", null).expect(201);
        fake.api().post("/experiments/" + id + "/clone", "{}").expect(201);
        // Python by-name lookup, R list parameters, the token as a query parameter (docs/wire.md#authentication,
        // docs/wire.md#list-queries)
        fake.api().get("/experiments?query=" + Api.q("and(eq(name,\"py\"),eq(deleted,null))") + "&limit=2").expect(200);
        fake.api().get("/folders?fields=%2Bname&sort=-created&skip=0").expect(200);
        fake.api().withToken(null).get("/experiments?token=" + fake.server().token()).expect(200);
        // Sign-in with and without otp
        fake.api().post("/signin", "{\"username\":\"" + fake.server().username()
                + "\",\"password\":\"" + fake.server().password()
                + "\",\"otp\":null}").expect(200);
    }

    @Test
    void relaxed_mode_ignores_unknown_fields_as_the_live_service_does() {
        try (FakeCellEngine relaxed = FakeCellEngine.start(c -> c.strict = false)) {
            Api r = Api.of(relaxed);
            JsonObject e = r.post("/experiments?order=x", "{\"name\":\"x\",\"parent_id\":\"p\"}").expect(201).object();
            assertTrue(!e.containsKey("parent_id"));
            assertEquals("\"name\" must be a string, was a number.",
                    r.post("/experiments", "{\"name\":1}").expect(400).error(), "types are checked in both modes");
        }
    }

    @Test
    void malformed_bodies_are_400s_with_the_reference_shape_never_500s() {
        String id = experiment();
        for (String body : List.of("{", "[]", "null", "\"text\"", "{\"name\":", "{\"name\":\"a\"} trailing",
                "{'name':'a'}", "{\"name\":1e999999}", "[".repeat(5000), "{\"name\":\"\\ud800\"}",
                "{\"tags\":[1,2]}", "{\"path\":[\"not-an-id\"]}", "{\"deleted\":\"yesterday\"}",
                "{\"activeCompensation\":7}", "{\"permissions\":[{}]}", "{\"uploader\":\"nobody\"}")) {
            for (String path : List.of("/experiments", "/experiments/" + id, "/folders")) {
                Reply reply = path.equals("/experiments/" + id) ? fake.api().patch(path, body) : fake.api().post(path,
                        body);
                assertTrue(reply.status == 400 || reply.status == 201 || reply.status == 200,
                        () -> path + " " + body + " answered " + reply.status + ": " + reply.body);
                if (reply.status == 400) {
                    assertTrue(reply.error().length() > 5, () -> "a message for " + body);
                }
            }
        }
    }

    @Test
    void a_body_above_the_limit_is_a_413_naming_the_option() throws Exception {
        String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";
        Reply reply = fake.api().post("/experiments", big);
        assertEquals(413, reply.status, reply.body);
        assertEquals("Request body of " + big.length() + " bytes is larger than the limit of 65536 bytes "
                + "(FakeConfig.maxJsonBytes).", reply.error());
        // the same without Content-Length (chunked): Javalin's limit stops the read
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(fake.server().baseUrl() + "/api/v1/experiments"))
                .header("Authorization", "Bearer " + fake.server().token())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        big.getBytes()))).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().startsWith("{\"error\":"), chunked.body());
    }

    private static String experiment() {
        return fake.experiment("{\"name\":\"e\"}");
    }

}
