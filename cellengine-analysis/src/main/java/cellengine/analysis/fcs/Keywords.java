package cellengine.analysis.fcs;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * TEXT keywords in file order with their keys as written, looked up case-insensitively (FCS keywords are
 * case-insensitive; {@code $} is part of the keyword, so {@code $SPILL} and {@code SPILL} differ).
 */
final class Keywords {

    private final LinkedHashMap<String, String> byRawKey = new LinkedHashMap<>();
    private final HashMap<String, String> rawKeyByUpper = new HashMap<>();

    /**
     * Adds a keyword. A repeated key (in any case) keeps its first position and raw spelling and takes the last
     * value, as most readers do.
     *
     * @return the previous value, or null
     */
    String put(String key, String value) {
        String upper = key.toUpperCase(Locale.ROOT);
        String raw = rawKeyByUpper.putIfAbsent(upper, key);
        return byRawKey.put(raw == null ? key : raw, value);
    }

    /** Adds a keyword only when absent (used for the supplemental TEXT, which never overrides primary TEXT). */
    boolean putIfAbsent(String key, String value) {
        if (contains(key)) {
            return false;
        }
        put(key, value);
        return true;
    }

    String get(String key) {
        String raw = rawKeyByUpper.get(key.toUpperCase(Locale.ROOT));
        return raw == null ? null : byRawKey.get(raw);
    }

    boolean contains(String key) {
        return rawKeyByUpper.containsKey(key.toUpperCase(Locale.ROOT));
    }

    int size() {
        return byRawKey.size();
    }

    /** {@return an unmodifiable snapshot in file order} */
    Map<String, String> asMap() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(byRawKey));
    }

    /** {@return a copy in which {@code key} has {@code value}} */
    Keywords with(String key, String value) {
        Keywords copy = new Keywords();
        byRawKey.forEach(copy::put);
        copy.put(key, value);
        return copy;
    }
}
