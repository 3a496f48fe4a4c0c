package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {

    private static FakeCellEngine server;
    private static Api anonymous;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start(c -> c.addUser("otp@example.com", "otp-password", "123456"));
        anonymous = Api.of(server).withToken(null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static void assertPlainUnauthorized(Reply reply) {
        reply.expect(401);
        assertEquals("Unauthorized", reply.body);
        assertTrue(reply.header("Content-Type").replace(" ", "").equalsIgnoreCase("text/plain;charset=utf-8"),
                reply.header("Content-Type"));
    }

    @Test
    void signin_answers_the_token_user_id_admin_and_flags_and_sets_the_token_cookie() {
        Reply reply = anonymous.post("/signin", "{\"username\":\"" + server.username() + "\",\"password\":\""
                + server.password() + "\"}").expect(200);
        JsonObject body = reply.object();
        assertEquals(server.userId(), body.getString("userId"));
        assertEquals(JsonValue.FALSE, body.get("admin"));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, body.getJsonObject("flags"));
        String token = body.getString("token");
        assertNotEquals(server.token(), token);
        String cookie = reply.header("Set-Cookie");
        assertNotNull(cookie);
        assertTrue(cookie.startsWith("token=" + token + ";"), cookie);
        assertTrue(cookie.contains("Path=/") && cookie.contains("HttpOnly"), cookie);
        anonymous.withToken(token).get("/experiments").expect(200);
    }

    @Test
    void signin_matches_the_username_case_insensitively() {
        anonymous.post("/signin", "{\"username\":\"DEMO@example.com\",\"password\":\"" + server.password() + "\"}")
                .expect(200);
    }

    @Test
    void signin_with_a_wrong_password_or_unknown_user_is_a_plain_401() {
        assertPlainUnauthorized(anonymous.post("/signin",
                "{\"username\":\"" + server.username() + "\",\"password\":\"nope\"}"));
        assertPlainUnauthorized(anonymous.post("/signin", "{\"username\":\"who@example.com\",\"password\":\"x\"}"));
    }

    @Test
    void signin_without_username_or_password_is_400_naming_the_field() {
        assertEquals("\"username\" is required.", anonymous.post("/signin", "{\"password\":\"x\"}").expect(400).error());
        assertEquals("\"password\" is required.", anonymous.post("/signin", "{\"username\":\"x\"}").expect(400).error());
        assertEquals("\"password\" must be a string, was a number.",
                anonymous.post("/signin", "{\"username\":\"x\",\"password\":1}").expect(400).error());
        anonymous.post("/signin", "{\"username\":").expect(400);
    }

    @Test
    void an_otp_user_without_a_code_gets_the_exact_otp_is_required_400() {
        Reply reply = anonymous.post("/signin", "{\"username\":\"otp@example.com\",\"password\":\"otp-password\"}");
        reply.expect(400);
        assertEquals("{\"error\":\"\\\"otp\\\" is required.\"}", reply.body);
    }

    @Test
    void an_otp_user_with_a_wrong_code_is_401_and_with_the_right_code_signs_in() {
        assertPlainUnauthorized(anonymous.post("/signin",
                "{\"username\":\"otp@example.com\",\"password\":\"otp-password\",\"otp\":\"000000\"}"));
        String token = anonymous.post("/signin",
                "{\"username\":\"otp@example.com\",\"password\":\"otp-password\",\"otp\":\"123456\"}")
                .expect(200).object().getString("token");
        anonymous.withToken(token).get("/experiments").expect(200);
    }

    @Test
    void the_otp_code_can_be_changed_and_turned_off() {
        FakeUser user = server.addUser("otp2@example.com", "pw", "111111");
        assertEquals("otp2@example.com", user.username());
        server.setOtpCode("otp2@example.com", "222222");
        anonymous.post("/signin", "{\"username\":\"otp2@example.com\",\"password\":\"pw\",\"otp\":\"222222\"}")
                .expect(200);
        server.setOtpCode("otp2@example.com", null);
        anonymous.post("/signin", "{\"username\":\"otp2@example.com\",\"password\":\"pw\"}").expect(200);
    }

    @Test
    void requests_without_credentials_are_a_plain_401() {
        assertPlainUnauthorized(anonymous.get("/experiments"));
        assertPlainUnauthorized(anonymous.post("/experiments", "{}"));
        assertPlainUnauthorized(anonymous.get("/folders"));
        assertPlainUnauthorized(anonymous.post("/signout", null));
    }

    @Test
    void an_unknown_token_or_a_non_bearer_scheme_is_a_plain_401() {
        assertPlainUnauthorized(anonymous.withToken("not-a-token").get("/experiments"));
        assertPlainUnauthorized(anonymous.send("GET", "/experiments", null, "Authorization", "Basic abc"));
        assertPlainUnauthorized(anonymous.send("GET", "/experiments", null, "Cookie", "token=wrong"));
    }

    @Test
    void the_token_cookie_the_bearer_header_and_the_token_query_parameter_all_authenticate() {
        anonymous.send("GET", "/experiments", null, "Cookie", "token=" + server.token()).expect(200);
        anonymous.send("GET", "/experiments", null, "Cookie", "other=1; token=" + server.token()).expect(200);
        Api.of(server).get("/experiments").expect(200);
        anonymous.get("/experiments?token=" + server.token()).expect(200);
    }

    @Test
    void signout_revokes_the_presented_token_and_clears_the_cookie() {
        String token = anonymous.post("/signin", "{\"username\":\"" + server.username() + "\",\"password\":\""
                + server.password() + "\"}").expect(200).object().getString("token");
        Reply out = anonymous.send("POST", "/signout", null, "Cookie", "token=" + token).expect(200);
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, out.object());
        assertTrue(out.header("Set-Cookie").startsWith("token=;"), out.header("Set-Cookie"));
        assertPlainUnauthorized(anonymous.withToken(token).get("/experiments"));
        Api.of(server).get("/experiments").expect(200);
    }

    @Test
    void no_response_or_string_form_reveals_a_password_or_another_token() {
        Reply failed = anonymous.post("/signin", "{\"username\":\"" + server.username() + "\",\"password\":\"nope\"}");
        assertFalse(failed.body.contains(server.password()));
        assertFalse(server.toString().contains(server.token()));
        assertFalse(server.defaultUser().toString().contains(server.token()));
        assertTrue(server.defaultUser().toString().contains(server.username()));
    }
}
