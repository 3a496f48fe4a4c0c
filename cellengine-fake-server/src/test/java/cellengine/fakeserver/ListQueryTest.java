package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The query language and list parameters, over HTTP, on one fixed set of experiments. */
class ListQueryTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake().keepDataBetweenTests();

    private static String deletedId;

    @BeforeAll
    static void start() {
        fake.api().post("/experiments", "{\"name\":\"beta\",\"tags\":[\"x\",\"y\"]}").expect(201);
        fake.api().post("/experiments", "{\"name\":\"alpha\",\"tags\":[\"y\"]}").expect(201);
        fake.api().post("/experiments", "{\"name\":\"say \\\"hi\\\" \\\\ bye\"}").expect(201);
        fake.api().post("/experiments", "{\"name\":\"gamma delta\"}").expect(201);
        deletedId = fake.experiment("{\"name\":\"alpha\"}");
        fake.api().delete("/experiments/" + deletedId).expect(204);
    }

    private static List<String> names(String params) {
        return fake.api().get("/experiments?" + params).expect(200).strings("name");
    }

    private static List<String> query(String query) {
        return names("query=" + Api.q(query));
    }

    @Test
    void eq_matches_a_string_field() {
        assertEquals(List.of("alpha", "alpha"), query("eq(name,\"alpha\")"));
    }

    @Test
    void the_python_by_name_lookup_finds_only_the_live_experiment() {
        String sent = "query=and%28eq%28name%2C%22alpha%22%29%2Ceq%28deleted%2Cnull%29%29&limit=2";
        List<JsonObject> found = fake.api().get("/experiments?" + sent).expect(200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(1, found.size());
        assertTrue(found.get(0).isNull("deleted"));
    }

    @Test
    void whitespace_after_commas_and_plus_encoded_spaces_are_accepted() {
        assertEquals(List.of("gamma delta"), query("eq(name, \"gamma delta\")"));
        assertEquals(List.of("gamma delta"), names("query=eq(name,+%22gamma+delta%22)"));
    }

    @Test
    void ne_also_matches_documents_that_lack_the_field() {
        assertEquals(List.of("beta", "say \"hi\" \\ bye", "gamma delta"), query("ne(name,\"alpha\")"));
        assertEquals(5, query("ne(nonexistent,\"x\")").size());
    }

    @Test
    void or_and_in_combine_conditions() {
        assertEquals(List.of("beta", "gamma delta"), query("or(eq(name,\"beta\"),eq(name,\"gamma delta\"))"));
        assertEquals(List.of("beta", "alpha", "alpha"), query("in(name,[\"alpha\",\"beta\"])"));
        assertEquals(List.of(), query("in(name,[])"));
        assertEquals(List.of("alpha"), query("and(in(name, [\"alpha\", \"beta\"]), eq(deleted, null), eq(tags, \"y\"), ne(tags, \"x\"))"));
    }

    @Test
    void escaped_quotes_and_backslashes_match_exactly() {
        assertEquals(List.of("say \"hi\" \\ bye"), query("eq(name,\"say \\\"hi\\\" \\\\ bye\")"));
    }

    @Test
    void a_missing_field_equals_null() {
        assertEquals(5, query("eq(noSuchField,null)").size());
        assertEquals(4, query("eq(deleted,null)").size());
    }

    @Test
    void booleans_numbers_and_dotted_paths_match() {
        assertEquals(5, query("eq(locked,false)").size());
        assertEquals(0, query("eq(locked,true)").size());
        assertEquals(5, query("eq(activeCompensation,0)").size());
        assertEquals(5, query("eq(activeCompensation,0.0)").size());
        assertEquals(5, query("eq(permissions.grantee._id,\"" + fake.server().userId() + "\")").size());
        assertEquals(5, query("eq(retentionPolicy.history,[])").size());
    }

    @Test
    void limit_and_skip_page_in_natural_order() {
        assertEquals(List.of("beta", "alpha"), names("limit=2"));
        assertEquals(List.of("alpha", "say \"hi\" \\ bye"), names("skip=1&limit=2"));
        assertEquals(5, names("limit=0").size());
        assertEquals(List.of(), names("skip=10"));
        assertEquals("\"limit\" must be a non-negative integer, was \"-1\".",
                fake.api().get("/experiments?limit=-1").expect(400).error());
        assertEquals("\"skip\" must be a non-negative integer, was \"x\".",
                fake.api().get("/experiments?skip=x").expect(400).error());
    }

    @Test
    void sort_orders_ascending_descending_and_by_several_keys() {
        assertEquals(List.of("alpha", "alpha", "beta", "gamma delta", "say \"hi\" \\ bye"), names("sort=name"));
        assertEquals(List.of("say \"hi\" \\ bye", "gamma delta", "beta", "alpha", "alpha"), names("sort=-name"));
        assertEquals(List.of("beta", "alpha", "say \"hi\" \\ bye", "gamma delta", "alpha"), names("sort=%2Bcreated"));
        List<JsonObject> byDeleted = fake.api().get("/experiments?sort=-deleted,name").expect(200).array()
                .getValuesAs(JsonObject.class);
        assertEquals(deletedId, byDeleted.get(0).getString("_id"));
        assertEquals("alpha", byDeleted.get(1).getString("name"));
    }

    @Test
    void fields_includes_or_excludes_and_always_keeps_the_id() {
        JsonObject included = fake.api().get("/experiments?fields=%2Bname&limit=1").expect(200).array()
                .getJsonObject(0);
        assertEquals(Set.of("_id", "name"), included.keySet());
        JsonObject spaced = fake.api().get("/experiments?fields=+name,+tags&limit=1").expect(200).array()
                .getJsonObject(0);
        assertEquals(Set.of("_id", "name", "tags"), spaced.keySet());
        JsonObject excluded = fake.api().get("/experiments?fields=-name,-_id&limit=1").expect(200).array()
                .getJsonObject(0);
        assertTrue(excluded.containsKey("_id") && !excluded.containsKey("name") && excluded.containsKey("tags"));
        assertTrue(fake.api().get("/experiments?fields=%2Bname,-tags").expect(400).error()
                .startsWith("\"fields\" cannot mix"));
    }

    @Test
    void bad_query_syntax_is_400_naming_the_problem_and_position() {
        assertEquals("Invalid query at position 0: unknown operator \"like\" (supported: and, or, eq, ne, in). "
                + "Query: like(name,\"a\")", fake.api().get("/experiments?query=" + Api.q("like(name,\"a\")"))
                .expect(400).error());
        String unterminated = fake.api().get("/experiments?query=" + Api.q("eq(name,\"abc)")).expect(400).error();
        assertTrue(unterminated.startsWith("Invalid query at position 8: unterminated string"), unterminated);
        String bare = fake.api().get("/experiments?query=" + Api.q("eq(name,alpha)")).expect(400).error();
        assertTrue(bare.startsWith("Invalid query at position 8: expected a value"), bare);
        String trailing = fake.api().get("/experiments?query=" + Api.q("eq(name,\"a\")x")).expect(400).error();
        assertTrue(trailing.startsWith("Invalid query at position 12: unexpected 'x'"), trailing);
    }

    @Test
    void folder_lists_take_the_same_parameters() {
        fake.api().post("/folders", "{\"name\":\"one\"}").expect(201);
        fake.api().post("/folders", "{\"name\":\"two\"}").expect(201);
        assertEquals(List.of("two"), fake.api().get("/folders?query=" + Api.q("eq(name,\"two\")")).expect(200)
                .strings("name"));
        assertEquals(List.of("two", "one"), fake.api().get("/folders?sort=-name").expect(200).strings("name"));
        fake.api().get("/folders?query=" + Api.q("eq(")).expect(400);
    }
}
