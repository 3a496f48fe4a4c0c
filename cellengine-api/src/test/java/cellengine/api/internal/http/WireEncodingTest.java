package cellengine.api.internal.http;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireEncodingTest {

    @Test
    void by_name_query_matches_the_documented_python_request() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("query", Rql.byName("name", "test_experiment"));
        q.put("limit", 2);
        assertEquals("query=and%28eq%28name%2C%22test_experiment%22%29%2Ceq%28deleted%2Cnull%29%29&limit=2",
                QueryString.encode(q));
    }

    @Test
    void quotes_and_backslashes_in_names_are_escaped_inside_the_literal() {
        assertEquals("\"a\\\"b\\\\c\"", Rql.quote("a\"b\\c"));
        String query = QueryString.encode(Map.of("query", Rql.byName("name", "say \"hi\" \\o/")));
        String decoded = URLDecoder.decode(query.substring("query=".length()), StandardCharsets.UTF_8);
        assertEquals("and(eq(name,\"say \\\"hi\\\" \\\\o/\"),eq(deleted,null))", decoded);
        assertTrue(query.contains("+"), "spaces are form-encoded as +: " + query);
    }

    @Test
    void query_values_follow_the_clients_conventions() {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("flag", true);
        q.put("absent", null);
        q.put("ids", List.of("a", "b"));
        q.put("arr", new String[] {"c"});
        q.put("unicode", "é&=");
        assertEquals("flag=true&ids=a&ids=b&arr=c&unicode=%C3%A9%26%3D", QueryString.encode(q));
        assertThrows(IllegalArgumentException.class, () -> QueryString.encode(Map.of("m", Map.of())));
    }

    @Test
    void ids_are_checked_naming_the_parameter() {
        assertEquals("5d64abe2ca9df61349ed8e79", Ids.require("5d64abe2ca9df61349ed8e79", "experimentId"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Ids.require("../folders", "experimentId"));
        assertEquals("experimentId must be a 24-character hex id, was '../folders'", e.getMessage());
        NullPointerException npe = assertThrows(NullPointerException.class, () -> Ids.require(null, "folderId"));
        assertEquals("folderId", npe.getMessage());
    }

    @Test
    void path_segments_are_percent_encoded() {
        assertEquals("/experiments/a%20b%2Fc%3F%23/x.fcs", ApiPath.of("experiments", "a b/c?#", "x.fcs").encoded());
        assertEquals("/experiments/%C3%A9", ApiPath.parse("/experiments/é").encoded());
        assertEquals("/experiments", ApiPath.parse("/experiments/").encoded());
    }

    @Test
    void raw_paths_are_checked() {
        for (String bad : Arrays.asList("experiments", "/experiments?x=1", "/a//b", "/a/../b", "/api/v1/experiments")) {
            assertThrows(IllegalArgumentException.class, () -> ApiPath.parse(bad), bad);
        }
    }

    @Test
    void urls_in_messages_lose_user_info_and_credential_parameters() {
        String safe = SafeUrls.redact(URI.create("https://u:p@cellengine.com/api/v1/x?token=abc&limit=2"));
        assertEquals("https://cellengine.com/api/v1/x?token=<redacted>&limit=2", safe);
        assertFalse(safe.contains("abc"));
    }

    @Test
    void user_agent_names_the_sdk_and_its_version() {
        assertTrue(UserAgent.value().startsWith("cellengine-java/"), UserAgent.value());
        assertFalse(UserAgent.version().contains("${"), UserAgent.version());
    }

    @Test
    void error_bodies_yield_the_server_text() {
        assertEquals("\"otp\" is required.", ErrorMapper.serverMessage(
                "{\"error\": \"\\\"otp\\\" is required.\"}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("Unauthorized", ErrorMapper.serverMessage("Unauthorized".getBytes(StandardCharsets.UTF_8)));
        assertEquals("nested", ErrorMapper.serverMessage(
                "{\"error\": {\"message\": \"nested\"}}".getBytes(StandardCharsets.UTF_8)));
        assertEquals("{not json", ErrorMapper.serverMessage("{not json".getBytes(StandardCharsets.UTF_8)));
        assertEquals("", ErrorMapper.serverMessage(new byte[0]));
    }
}
