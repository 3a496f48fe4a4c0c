package cellengine.api.internal.resource;

import cellengine.api.NameLookupException;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Rql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The by-name lookup of docs/wire.md#name-lookup: list with {@code and(eq(<field>,"<name>"),eq(deleted,null))} and
 * {@code limit=2}, and insist on exactly one match.
 */
final class ByName {

    private ByName() {
    }

    static <T> T find(ApiCaller caller, ApiPath listPath, String field, String name, Class<T> type,
                      String resourceType) {
        Objects.requireNonNull(name, "name");
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("query", Rql.byName(field, name));
        query.put("limit", 2);
        return exactlyOne(resourceType, name, caller.list("GET", listPath, query, type));
    }

    /**
     * {@return the one match of a by-name lookup}
     *
     * @throws NameLookupException naming the kind and the name when there are none or several
     */
    static <T> T exactlyOne(String resourceType, String name, List<T> matches) {
        if (matches.size() != 1) {
            throw new NameLookupException(resourceType, name, matches.size());
        }
        return matches.get(0);
    }
}
