package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * The state of a client's name → id cache (docs/wire.md#name-cache), as the Python client's {@code cache_info()}.
 *
 * @param hits lookups answered from the cache
 * @param misses lookups that asked the server
 * @param size entries held now
 * @since 0.1
 */
public record CacheInfo(
        @JsonbProperty("hits") long hits,
        @JsonbProperty("misses") long misses,
        @JsonbProperty("size") int size) {
}
