package cellengine.fakeserver.internal.query;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the RQL-like {@code query} parameter (docs/wire.md#list-queries):
 *
 * <pre>
 * expr   := and(expr, ...) | or(expr, ...) | eq(field, value) | ne(field, value) | in(field, [value, ...])
 * field  := letters, digits, '_', '$', '-', '.' (a dotted path)
 * value  := "string" | number | true | false | null | [value, ...]
 * </pre>
 *
 * Strings take JSON escapes ({@code \"}, {@code \\}, {@code \n}, {@code \u00e9} ...). Whitespace is allowed
 * between tokens. Every syntax error is a 400 naming the problem and its 0-based position.
 */
final class QueryParser {

    private static final String OPERATORS = "and, or, eq, ne, in";
    /** Deeper nesting has no use and would risk a stack overflow in parsing and matching. */
    static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int depth;

    private QueryParser(String text) {
        this.text = text;
    }

    /** {@return the filter for {@code text}; {@link Filter#ALL} for a blank query} */
    static Filter parse(String text) {
        if (text == null || text.isBlank()) {
            return Filter.ALL;
        }
        QueryParser parser = new QueryParser(text);
        Filter filter = parser.expression();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected " + parser.found() + " after the end of the expression");
        }
        return filter;
    }

    private Filter expression() {
        skipSpace();
        int start = pos;
        if (++depth > MAX_DEPTH) {
            throw error("expressions nest deeper than " + MAX_DEPTH + " levels");
        }
        String name = word();
        if (name.isEmpty()) {
            throw error("expected an operator (" + OPERATORS + "), found " + found());
        }
        skipSpace();
        expect('(', "after \"" + name + "\"");
        Filter filter;
        switch (name) {
            case "and":
                filter = new Filter.And(operands());
                break;
            case "or":
                filter = new Filter.Or(operands());
                break;
            case "eq":
                filter = new Filter.Eq(field(), afterComma(this::value));
                break;
            case "ne":
                filter = new Filter.Ne(field(), afterComma(this::value));
                break;
            case "in":
                filter = new Filter.In(field(), afterComma(this::list));
                break;
            default:
                throw new ApiError.BadRequest(message(start, "unknown operator \"" + name
                        + "\" (supported: " + OPERATORS + ")"));
        }
        skipSpace();
        expect(')', "to close \"" + name + "(\"");
        depth--;
        return filter;
    }

    private List<Filter> operands() {
        List<Filter> operands = new ArrayList<>();
        operands.add(expression());
        skipSpace();
        while (peek() == ',') {
            pos++;
            operands.add(expression());
            skipSpace();
        }
        return operands;
    }

    private FieldPath field() {
        skipSpace();
        int start = pos;
        String name = word();
        if (name.isEmpty()) {
            throw error("expected a field name, found " + found());
        }
        if (name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            throw new ApiError.BadRequest(message(start, "field name \"" + name + "\" has an empty path segment"));
        }
        return FieldPath.of(name);
    }

    private <T> T afterComma(java.util.function.Supplier<T> next) {
        skipSpace();
        expect(',', "after the field name");
        skipSpace();
        return next.get();
    }

    private List<JsonValue> list() {
        if (peek() != '[') {
            throw error("expected a list such as [\"a\",\"b\"], found " + found());
        }
        return value().asJsonArray();
    }

    private JsonValue value() {
        skipSpace();
        char c = peek();
        if (c == '"') {
            return Json.createValue(string());
        }
        if (c == '[') {
            if (++depth > MAX_DEPTH) {
                throw error("lists nest deeper than " + MAX_DEPTH + " levels");
            }
            pos++;
            var array = Json.createArrayBuilder();
            skipSpace();
            if (peek() == ']') {
                pos++;
                depth--;
                return array.build();
            }
            while (true) {
                array.add(value());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']', "to close the list");
                    depth--;
                    return array.build();
                }
            }
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        int start = pos;
        String word = word();
        switch (word) {
            case "null":
                return JsonValue.NULL;
            case "true":
                return JsonValue.TRUE;
            case "false":
                return JsonValue.FALSE;
            default:
                pos = start;
                throw error("expected a value (a double-quoted string, a number, true, false, null or a "
                        + "[list]), found " + found());
        }
    }

    private String string() {
        int start = pos;
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char escaped = text.charAt(pos++);
            switch (escaped) {
                case '"':
                case '\\':
                case '/':
                    out.append(escaped);
                    break;
                case 'b':
                    out.append('\b');
                    break;
                case 'f':
                    out.append('\f');
                    break;
                case 'n':
                    out.append('\n');
                    break;
                case 'r':
                    out.append('\r');
                    break;
                case 't':
                    out.append('\t');
                    break;
                case 'u':
                    out.append(unicodeEscape());
                    break;
                default:
                    throw new ApiError.BadRequest(message(pos - 2, "unknown escape \"\\" + escaped
                            + "\" in a string (use \\\" for a quote and \\\\ for a backslash)"));
            }
        }
        throw new ApiError.BadRequest(message(start, "unterminated string"));
    }

    private char unicodeEscape() {
        int start = pos - 2;
        if (pos + 4 > text.length()) {
            throw new ApiError.BadRequest(message(start, "\\u must be followed by 4 hex digits"));
        }
        try {
            char c = (char) Integer.parseInt(text.substring(pos, pos + 4), 16);
            pos += 4;
            return c;
        } catch (NumberFormatException e) {
            throw new ApiError.BadRequest(message(start, "\\u must be followed by 4 hex digits"));
        }
    }

    private JsonValue number() {
        int start = pos;
        while (pos < text.length() && "+-.eE0123456789".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String digits = text.substring(start, pos);
        if (!digits.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new ApiError.BadRequest(message(start, "malformed number \"" + digits + "\""));
        }
        return Json.createValue(new BigDecimal(digits));
    }

    private String word() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.' || c == '-') {
                pos++;
            } else {
                break;
            }
        }
        return text.substring(start, pos);
    }

    private void expect(char wanted, String context) {
        if (peek() != wanted) {
            throw error("expected '" + wanted + "' " + context + ", found " + found());
        }
        pos++;
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private String found() {
        return pos < text.length() ? "'" + text.charAt(pos) + "'" : "the end of the query";
    }

    private ApiError.BadRequest error(String problem) {
        return new ApiError.BadRequest(message(pos, problem));
    }

    private String message(int position, String problem) {
        return "Invalid query at position " + position + ": " + problem + ". Query: " + text;
    }
}
