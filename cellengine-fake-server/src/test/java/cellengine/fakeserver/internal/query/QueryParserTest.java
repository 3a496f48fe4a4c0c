package cellengine.fakeserver.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cellengine.fakeserver.internal.ApiError;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueryParserTest {

    private static String error(String query) {
        return assertThrows(ApiError.BadRequest.class, () -> QueryParser.parse(query)).getMessage();
    }

    @Test
    void a_blank_query_matches_everything() {
        assertSame(Filter.ALL, QueryParser.parse(null));
        assertSame(Filter.ALL, QueryParser.parse("  "));
    }

    @Test
    void operators_parse_into_the_filter_tree() {
        assertEquals(new Filter.And(List.of(
                        new Filter.Eq(FieldPath.of("name"), Json.createValue("x")),
                        new Filter.Eq(FieldPath.of("deleted"), JsonValue.NULL))),
                QueryParser.parse("and(eq(name,\"x\"),eq(deleted,null))"));
        assertEquals(new Filter.Or(List.of(
                        new Filter.Ne(FieldPath.of("a.b"), JsonValue.TRUE),
                        new Filter.In(FieldPath.of("n"), List.of(Json.createValue(new BigDecimal("1")),
                                Json.createValue(new BigDecimal("-2.5e3")))))),
                QueryParser.parse(" or( ne( a.b , true ) ,\tin(n, [1, -2.5e3]) ) "));
    }

    @Test
    void strings_take_json_escapes() {
        assertEquals(new Filter.Eq(FieldPath.of("name"), Json.createValue("a\"b\\c\n\u00e9/")),
                QueryParser.parse("eq(name,\"a\\\"b\\\\c\\n\\u00e9\\/\")"));
    }

    @Test
    void errors_name_the_problem_and_its_position() {
        assertEquals("Invalid query at position 0: expected an operator (and, or, eq, ne, in), found '('. Query: (x)",
                error("(x)"));
        assertEquals("Invalid query at position 2: expected '(' after \"eq\", found the end of the query. Query: eq",
                error("eq"));
        assertEquals("Invalid query at position 3: expected a field name, found ','. Query: eq(,\"a\")",
                error("eq(,\"a\")"));
        assertEquals("Invalid query at position 7: expected ',' after the field name, found ')'. Query: eq(name)",
                error("eq(name)"));
        assertEquals("Invalid query at position 9: unknown escape \"\\q\" in a string (use \\\" for a quote and \\\\ "
                + "for a backslash). Query: eq(name,\"\\q\")", error("eq(name,\"\\q\")"));
        assertEquals("Invalid query at position 8: malformed number \"01\". Query: eq(name,01)", error("eq(name,01)"));
        assertEquals("Invalid query at position 6: expected a list such as [\"a\",\"b\"], found '\"'. Query: in(n, \"a\")",
                error("in(n, \"a\")"));
        assertEquals("Invalid query at position 3: field name \"a..b\" has an empty path segment. Query: eq(a..b,1)",
                error("eq(a..b,1)"));
        assertEquals("Invalid query at position 10: expected ']' to close the list, found '\"'. Query: in(n,[\"a\" \"b\"])",
                error("in(n,[\"a\" \"b\"])"));
    }

    @Test
    void nesting_is_bounded() {
        String ok = "and(".repeat(QueryParser.MAX_DEPTH - 3) + "eq(a,[[1]])" + ")".repeat(QueryParser.MAX_DEPTH - 3);
        assertEquals(Filter.And.class, QueryParser.parse(ok).getClass());
        String deep = "and(".repeat(QueryParser.MAX_DEPTH) + "eq(a,1)" + ")".repeat(QueryParser.MAX_DEPTH);
        assertEquals("Invalid query at position " + 4 * QueryParser.MAX_DEPTH + ": expressions nest deeper than "
                + QueryParser.MAX_DEPTH + " levels. Query: " + deep, error(deep));
    }
}
