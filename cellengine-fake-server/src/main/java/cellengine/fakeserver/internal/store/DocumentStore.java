package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One in-memory collection of JSON documents keyed by {@code _id}, in insertion order (Mongo's natural
 * order). Documents are immutable {@link JsonObject}s; every operation holds the collection's lock, so an
 * {@link #update} is an atomic read-modify-write.
 */
public final class DocumentStore {

    private final Map<String, JsonObject> documents = new LinkedHashMap<>();

    synchronized void insert(JsonObject document) {
        String id = document.getString("_id");
        if (documents.putIfAbsent(id, document) != null) {
            throw new IllegalStateException("duplicate _id " + id);
        }
    }

    synchronized Optional<JsonObject> get(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    /**
     * Replaces a document with {@code change(document)} under the lock. The change may throw an
     * {@link ApiError} to refuse; the document is then left as it was.
     *
     * @return the stored result, or empty when there is no document with this id
     */
    synchronized Optional<JsonObject> update(String id, UnaryOperator<JsonObject> change) {
        JsonObject current = documents.get(id);
        if (current == null) {
            return Optional.empty();
        }
        JsonObject next = change.apply(current);
        documents.put(id, next);
        return Optional.of(next);
    }

    /** Removes a document; {@return whether there was one} */
    synchronized boolean remove(String id) {
        return documents.remove(id) != null;
    }

    synchronized List<JsonObject> snapshot() {
        return new ArrayList<>(documents.values());
    }

    /** {@return the documents of one experiment (field {@code experimentId}), in insertion order} */
    synchronized List<JsonObject> inExperiment(String experimentId) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject d : documents.values()) {
            if (d.getString("experimentId").equals(experimentId)) {
                out.add(d);
            }
        }
        return out;
    }

    /** {@return the document with this id when it belongs to this experiment} */
    synchronized Optional<JsonObject> inExperiment(String experimentId, String id) {
        return get(id).filter(d -> d.getString("experimentId").equals(experimentId));
    }

    /** Replaces every document at once (snapshot import); the documents were checked for unique ids. */
    synchronized void replaceAll(List<JsonObject> replacement) {
        documents.clear();
        replacement.forEach(d -> documents.put(d.getString("_id"), d));
    }

    synchronized void clear() {
        documents.clear();
    }
}
