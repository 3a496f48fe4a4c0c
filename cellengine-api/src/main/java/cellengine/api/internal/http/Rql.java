package cellengine.api.internal.http;

import java.util.Collection;
import java.util.Objects;
import java.util.StringJoiner;

/** Builds list-query expressions (docs/wire.md#list-queries) with names quoted safely. */
public final class Rql {

    private Rql() {
    }

    /**
     * {@return the value as a double-quoted string literal, with {@code \} and {@code "} escaped}
     *
     * @param value the raw value, such as a resource name
     */
    public static String quote(String value) {
        Objects.requireNonNull(value, "value");
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }

    /**
     * {@return the by-name lookup filter {@code and(eq(<field>,"<name>"),eq(deleted,null))} (docs/wire.md#name-lookup),
     * the name escaped}
     *
     * @param field the field compared, such as {@code name} or {@code filename}
     * @param name the name looked up
     */
    public static String byName(String field, String name) {
        return "and(eq(" + field + "," + quote(name) + "),eq(deleted,null))";
    }

    /**
     * {@return the filter {@code and(in(<field>,["a","b",…]),eq(deleted,null))}: the resources carrying any of these
     * names, deleted ones left out; the names escaped}
     *
     * @param field the field compared, such as {@code name} or {@code filename}
     * @param names the names looked up
     */
    public static String byNames(String field, Collection<String> names) {
        StringJoiner quoted = new StringJoiner(",", "[", "]");
        names.forEach(n -> quoted.add(quote(n)));
        return "and(in(" + field + "," + quoted + "),eq(deleted,null))";
    }
}
