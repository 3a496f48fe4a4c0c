package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.json.FieldRule;
import cellengine.fakeserver.internal.query.ListOptions;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The top-level documents a user owns and shares through {@code permissions}, experiments and folders: each is
 * listed only to those it is shared with, read only by them (a soft-deleted one answers 404), and changed by PATCH
 * under the field rules of its kind (docs/semantics.md#permissions).
 */
public abstract class OwnedDocuments {

    /** The documents, by id. */
    final DocumentStore store = new DocumentStore();
    /** The kind, for messages: {@code "experiment"}. */
    final String kind;
    /** The fields a client may set with PATCH, and how each is checked. */
    final Map<String, FieldRule> rules;

    OwnedDocuments(String kind, Map<String, FieldRule> rules) {
        this.kind = kind;
        this.rules = rules;
    }

    /**
     * {@return the new document}: the kind's defaults overlaid with the body's checked fields
     *
     * @param caller who creates it, its first grantee
     * @param body the POST body
     */
    public abstract JsonObject create(Account caller, JsonObject body);

    /**
     * {@return the changed document}
     *
     * @param caller who changes it
     * @param id its id
     * @param body the PATCH body
     */
    public abstract JsonObject patch(Account caller, String id, JsonObject body);

    /**
     * Soft-deletes; one deleted already stays as it is (docs/semantics.md#deletion).
     *
     * @param caller who deletes it
     * @param id its id
     */
    public abstract void delete(Account caller, String id);

    public List<JsonObject> list(Account caller, ListOptions options) {
        return options.apply(Access.visible(store.snapshot(), caller));
    }

    public JsonObject get(Account caller, String id) {
        return Access.live(Access.permitted(find(id), caller, kind), kind);
    }

    /** {@return the fields a client may set with PATCH} */
    public Set<String> settableFields() {
        return rules.keySet();
    }

    public DocumentStore store() {
        return store;
    }

    public void clear() {
        store.clear();
    }

    final JsonObject find(String id) {
        return store.get(id).orElseThrow(() -> Access.notFound(kind, id));
    }

    /** {@return the document after the change}, or a 404 when there is none with this id */
    final JsonObject update(String id, UnaryOperator<JsonObject> change) {
        return store.update(id, change).orElseThrow(() -> Access.notFound(kind, id));
    }
}
