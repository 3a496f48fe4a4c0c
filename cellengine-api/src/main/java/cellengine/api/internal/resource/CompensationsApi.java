package cellengine.api.internal.resource;

import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import cellengine.api.model.Compensation;
import cellengine.api.param.CompensationCreate;
import cellengine.api.param.CompensationUpdate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The compensation routes of docs/wire.md#compensations. */
public final class CompensationsApi {

    private final ApiCaller caller;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     */
    public CompensationsApi(ApiCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /**
     * {@return the experiment's compensations}
     *
     * @param eid the experiment id
     */
    public List<Compensation> list(String eid) {
        return caller.list("GET", compensations(eid), Map.of(), Compensation.class);
    }

    /**
     * {@return one compensation}
     *
     * @param eid the experiment id
     * @param id the compensation id
     */
    public Compensation get(String eid, String id) {
        return caller.object("GET", one(eid, id), Map.of(), null, Compensation.class);
    }

    /**
     * {@return the one compensation with this name (not cached, as in the Python client)}
     *
     * @param eid the experiment id
     * @param name the name
     */
    public Compensation getByName(String eid, String name) {
        return ByName.find(caller, compensations(eid), "name", name, Compensation.class, "compensation");
    }

    /**
     * {@return the new compensation}
     *
     * @param eid the experiment id
     * @param body name, channels and matrix
     */
    public Compensation create(String eid, CompensationCreate body) {
        return caller.object("POST", compensations(eid), Map.of(), Objects.requireNonNull(body, "body"),
                Compensation.class);
    }

    /**
     * {@return the compensation after the update}
     *
     * @param eid the experiment id
     * @param id the compensation id
     * @param update the changed keys
     */
    public Compensation update(String eid, String id, CompensationUpdate update) {
        ApiPath path = one(eid, id);
        return caller.object("PATCH", path, Map.of(), Objects.requireNonNull(update, "update"),
                Compensation.class);
    }

    /**
     * Deletes a compensation (permanently).
     *
     * @param eid the experiment id
     * @param id the compensation id
     */
    public void delete(String eid, String id) {
        caller.discard("DELETE", one(eid, id), Map.of());
    }

    private static ApiPath compensations(String eid) {
        return ApiPath.of("experiments", Ids.require(eid, "experimentId"), "compensations");
    }

    private static ApiPath one(String eid, String id) {
        return compensations(eid).then(Ids.require(id, "compensationId"));
    }
}
