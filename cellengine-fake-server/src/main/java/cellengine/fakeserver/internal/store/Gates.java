package cellengine.fakeserver.internal.store;

import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.GateSet;
import cellengine.fakeserver.internal.ApiError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The stored gates of every experiment (docs/wire.md#gate-fields), in insertion order. Writes keep each
 * experiment's gates a valid {@link GateSet}: one global member and at most one member per file in a family, and
 * a sector gid naming one sector only. A write that would break that is a 409 naming the clash; check and write
 * happen under one lock.
 */
public final class Gates {

    static final String KIND = "gate";

    private final DocumentStore store = new DocumentStore();

    public List<JsonObject> inExperiment(String experimentId) {
        return store.inExperiment(experimentId);
    }

    /** {@return the gate} @throws ApiError.NotFound when unknown or in another experiment */
    JsonObject get(String experimentId, String id) {
        return store.inExperiment(experimentId, id)
                .orElseThrow(() -> Access.notFound(KIND, id));
    }

    /** {@return the members of a family} */
    List<JsonObject> family(String experimentId, String gid) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonObject d : inExperiment(experimentId)) {
            if (d.getString("gid").equals(gid)) {
                out.add(d);
            }
        }
        return out;
    }

    /**
     * Stores new gates and replaces changed ones (matched by {@code _id}) in one step.
     *
     * @throws ApiError.Conflict when the result is not a valid gate set
     */
    synchronized void write(String experimentId, List<JsonObject> inserted, List<JsonObject> replaced) {
        List<JsonObject> after = new ArrayList<>();
        for (JsonObject d : inExperiment(experimentId)) {
            JsonObject replacement = byId(replaced, d.getString("_id"));
            after.add(replacement == null ? d : replacement);
        }
        after.addAll(inserted);
        check(after);
        for (JsonObject d : replaced) {
            store.update(d.getString("_id"), current -> d);
        }
        inserted.forEach(store::insert);
    }

    /** {@return the removed gates} */
    synchronized List<JsonObject> removeWhere(String experimentId, Predicate<JsonObject> which) {
        List<JsonObject> removed = new ArrayList<>();
        for (JsonObject d : inExperiment(experimentId)) {
            if (which.test(d)) {
                store.remove(d.getString("_id"));
                removed.add(d);
            }
        }
        return removed;
    }

    /** {@return the analysis gate set of an experiment} */
    GateSet gateSet(String experimentId) {
        return toGateSet(inExperiment(experimentId));
    }

    public static GateSet toGateSet(List<JsonObject> gates) {
        List<GateDefinition> definitions = new ArrayList<>();
        for (JsonObject g : gates) {
            definitions.add(GateModel.toDefinition(g));
        }
        return GateSet.of(definitions);
    }

    public static String fcsFileId(JsonObject gate) {
        JsonValue file = gate.get("fcsFileId");
        return file instanceof JsonString ? ((JsonString) file).getString() : null;
    }

    void clear() {
        store.clear();
    }

    private static void check(List<JsonObject> gates) {
        try {
            toGateSet(gates);
        } catch (IllegalArgumentException e) {
            throw new ApiError.Conflict("The gates would clash with this experiment's gates: " + e.getMessage()
                    + ". A family (gid) has one global gate (fcsFileId null) and at most one gate per FCS file, "
                    + "and a sector gid names one sector only.");
        }
    }

    private static JsonObject byId(List<JsonObject> documents, String id) {
        for (JsonObject d : documents) {
            if (d.getString("_id").equals(id)) {
                return d;
            }
        }
        return null;
    }
}
