package cellengine.api.internal.cache;

import cellengine.api.model.CacheInfo;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The client's name → id cache (docs/wire.md#name-cache), keyed on resource kind, experiment and name. Unlike the
 * Python client's, entries are dropped when this client renames or deletes the entity, and it is bounded (least
 * recently used entries go first). Failed lookups are never cached. Thread-safe.
 *
 * <p>A lookup that races with an invalidation does not store its (possibly stale) answer: every invalidation bumps
 * a generation counter, and an answer is stored only if the generation did not move while it was fetched.
 */
public final class NameCache {

    /** The most entries held. */
    static final int MAX_ENTRIES = 10_000;

    private final LinkedHashMap<Key, String> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long hits;
    private long misses;
    private long generation;

    /** The identity of a cached name. */
    private record Key(String kind, String experimentId, String name) {
    }

    /**
     * {@return the cached id of a name, counting a hit, or the id the lookup finds, counting a miss and caching it}
     *
     * @param kind the resource kind, such as {@code fcsfiles}
     * @param experimentId the experiment
     * @param name the name looked up
     * @param lookup asks the server; it throws when there is not exactly one match, and nothing is cached then
     */
    public String resolve(String kind, String experimentId, String name, Supplier<String> lookup) {
        Key key = new Key(kind, experimentId, Objects.requireNonNull(name, "name"));
        long seen;
        synchronized (this) {
            String id = entries.get(key);
            if (id != null) {
                hits++;
                return id;
            }
            misses++;
            seen = generation;
        }
        String id = Objects.requireNonNull(lookup.get(), "lookup result");
        synchronized (this) {
            if (generation == seen) {
                entries.put(key, id);
                if (entries.size() > MAX_ENTRIES) {
                    Iterator<Key> eldest = entries.keySet().iterator();
                    eldest.next();
                    eldest.remove();
                }
            }
        }
        return id;
    }

    /**
     * {@return the cached id of a name without counting or looking up}
     *
     * @param kind the resource kind
     * @param experimentId the experiment
     * @param name the name
     */
    public synchronized Optional<String> peek(String kind, String experimentId, String name) {
        return Optional.ofNullable(entries.get(new Key(kind, experimentId, name)));
    }

    /**
     * Drops every entry that names this id (the entity was renamed or deleted).
     *
     * @param id the entity's id
     */
    public synchronized void invalidateId(String id) {
        generation++;
        entries.values().removeIf(id::equals);
    }

    /**
     * Drops every entry of an experiment (it was deleted).
     *
     * @param experimentId the experiment's id
     */
    public synchronized void invalidateExperiment(String experimentId) {
        generation++;
        entries.keySet().removeIf(k -> experimentId.equals(k.experimentId()));
    }

    /**
     * Drops every entry of one kind in an experiment (many entities of that kind went at once).
     *
     * @param kind the resource kind
     * @param experimentId the experiment's id
     */
    public synchronized void invalidateKind(String kind, String experimentId) {
        generation++;
        entries.keySet().removeIf(k -> kind.equals(k.kind()) && experimentId.equals(k.experimentId()));
    }

    /**
     * Drops one entry (its id turned out to be stale).
     *
     * @param kind the resource kind
     * @param experimentId the experiment
     * @param name the name
     */
    public synchronized void invalidate(String kind, String experimentId, String name) {
        generation++;
        entries.remove(new Key(kind, experimentId, name));
    }

    /** {@return the hit and miss counts and the number of entries} */
    public synchronized CacheInfo info() {
        return new CacheInfo(hits, misses, entries.size());
    }

    /** Empties the cache and resets its counters, as Python's {@code cache_clear()}. */
    public synchronized void clear() {
        generation++;
        entries.clear();
        hits = 0;
        misses = 0;
    }

    @Override
    public synchronized String toString() {
        Map<Key, String> copy = new LinkedHashMap<>(entries);
        return "NameCache[" + copy.size() + " entries, " + hits + " hits, " + misses + " misses]";
    }
}
