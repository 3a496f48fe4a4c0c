package cellengine.fakeserver.internal.store;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes {@code uniqueName} for an experiment's populations (docs/semantics.md#unique-names, the suggested rule of
 * docs/semantics.md#project-defaults): a population whose name is shared gets its ancestors' names prepended one level
 * at a time, joined with {@code " > "} ({@code CD4 > CD45RA}), until the name is unique or there are no more ancestors;
 * names still shared then get {@code " 2"}, {@code " 3"}, ... in insertion order (the first keeps the plain name).
 * Unique names equal the names. Ungated is never prepended.
 */
final class UniqueNames {

    private static final String SEPARATOR = " > ";

    private UniqueNames() {
    }

    /** {@return {@code _id} → unique name, for populations in insertion order} */
    static Map<String, String> of(List<JsonObject> populations) {
        Map<String, JsonObject> byId = new LinkedHashMap<>();
        populations.forEach(p -> byId.put(p.getString("_id"), p));
        Map<String, List<String>> chains = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (JsonObject p : populations) {
            chains.put(p.getString("_id"), ancestorNames(p, byId));
            depth.put(p.getString("_id"), 0);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (List<String> group : groups(byId.keySet(), chains, depth).values()) {
                if (group.size() < 2) {
                    continue;
                }
                for (String id : group) {
                    if (depth.get(id) < chains.get(id).size() - 1) {
                        depth.put(id, depth.get(id) + 1);
                        changed = true;
                    }
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String id : byId.keySet()) {
            used.add(label(chains.get(id), depth.get(id)));
        }
        Set<String> taken = new HashSet<>();
        for (String id : byId.keySet()) {
            String label = label(chains.get(id), depth.get(id));
            String unique = label;
            if (!taken.add(label)) {
                for (int k = 2; used.contains(unique) || taken.contains(unique); k++) {
                    unique = label + " " + k;
                }
                taken.add(unique);
            }
            out.put(id, unique);
        }
        return out;
    }

    /** The population's own name first, then its parent's, and so on up to the root (cycles cut). */
    private static List<String> ancestorNames(JsonObject population, Map<String, JsonObject> byId) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonObject p = population;
        while (p != null && seen.add(p.getString("_id"))) {
            names.add(p.getString("name"));
            JsonValue parent = p.get("parentId");
            p = parent instanceof JsonString ? byId.get(((JsonString) parent).getString()) : null;
        }
        return names;
    }

    private static Map<String, List<String>> groups(Set<String> ids, Map<String, List<String>> chains,
            Map<String, Integer> depth) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String id : ids) {
            groups.computeIfAbsent(label(chains.get(id), depth.get(id)), k -> new ArrayList<>()).add(id);
        }
        return groups;
    }

    private static String label(List<String> chain, int depth) {
        StringBuilder out = new StringBuilder();
        for (int i = depth; i >= 0; i--) {
            out.append(chain.get(i));
            if (i > 0) {
                out.append(SEPARATOR);
            }
        }
        return out.toString();
    }
}
