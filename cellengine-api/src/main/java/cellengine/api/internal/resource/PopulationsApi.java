package cellengine.api.internal.resource;

import cellengine.api.NotFoundException;
import cellengine.api.internal.cache.NameCache;
import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import cellengine.api.model.Population;
import cellengine.api.param.ListOptions;
import cellengine.api.param.PopulationCreate;
import cellengine.api.param.PopulationUpdate;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The population routes of docs/wire.md#populations, with cached by-name lookups (docs/wire.md#name-cache). */
public final class PopulationsApi {

    static final String KIND = "populations";

    private final ApiCaller caller;
    private final NameCache cache;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     * @param cache the client's name cache
     */
    public PopulationsApi(ApiCaller caller, NameCache cache) {
        this.caller = Objects.requireNonNull(caller, "caller");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /**
     * {@return the experiment's populations matching the options}
     *
     * @param eid the experiment id
     * @param options query, fields, limit, skip, sort
     */
    public List<Population> list(String eid, ListOptions options) {
        return caller.list("GET", populations(eid), options.toQuery(), Population.class);
    }

    /**
     * {@return one population}
     *
     * @param eid the experiment id
     * @param id the population id
     */
    public Population get(String eid, String id) {
        return caller.object("GET", one(eid, id), Map.of(), null, Population.class);
    }

    /**
     * {@return the one population with this name: an id lookup (cached) and a GET by id; a cached id that no longer
     * names a population of that name is dropped and looked up again}
     *
     * @param eid the experiment id
     * @param name the name
     */
    public Population getByName(String eid, String name) {
        Objects.requireNonNull(name, "name");
        Optional<String> cached = cache.peek(KIND, eid, name);
        String id = idByName(eid, name);
        if (cached.isPresent()) {
            try {
                Population current = get(eid, id);
                if (name.equals(current.name())) {
                    return current;
                }
            } catch (NotFoundException gone) {
                // deleted elsewhere: look the name up again
            }
            cache.invalidate(KIND, eid, name);
            id = idByName(eid, name);
        }
        return get(eid, id);
    }

    /**
     * {@return the id of the one population with this name, from the cache or an id lookup}
     *
     * @param eid the experiment id
     * @param name the name
     */
    public String idByName(String eid, String name) {
        ApiPath list = populations(eid);
        Objects.requireNonNull(name, "name");
        return cache.resolve(KIND, eid, name,
                () -> ByName.find(caller, list, "name", name, Population.class, "population").id());
    }

    /**
     * {@return the new population}; a cached lookup of its name is dropped, since the name may now be ambiguous
     *
     * @param eid the experiment id
     * @param body the population
     */
    public Population create(String eid, PopulationCreate body) {
        ApiPath path = populations(eid);
        Objects.requireNonNull(body, "body");
        try {
            return caller.object("POST", path, Map.of(), body, Population.class);
        } finally {
            cache.invalidate(KIND, eid, body.name());
        }
    }

    /**
     * {@return the population after the update}; cached names of it are dropped
     *
     * @param eid the experiment id
     * @param id the population id
     * @param update the changed keys
     */
    public Population update(String eid, String id, PopulationUpdate update) {
        ApiPath path = one(eid, id);
        Objects.requireNonNull(update, "update");
        try {
            return caller.object("PATCH", path, Map.of(), update, Population.class);
        } finally {
            cache.invalidateId(id);
            if (update.keys().contains("name")) {
                cache.invalidate(KIND, eid, update.toJson().getString("name"));
            }
        }
    }

    /**
     * Deletes a population; with {@code deleteBranch}, its gates and all descendants too. Cached names of it (and,
     * for a branch, of every population of the experiment) are dropped.
     *
     * @param eid the experiment id
     * @param id the population id
     * @param deleteBranch whether to send {@code deleteBranch=true}
     */
    public void delete(String eid, String id, boolean deleteBranch) {
        ApiPath path = one(eid, id);
        try {
            caller.discard("DELETE", path, deleteBranch ? Map.of("deleteBranch", true) : Map.of());
        } finally {
            cache.invalidateId(id);
            if (deleteBranch) {
                cache.invalidateKind(KIND, eid);
            }
        }
    }

    /**
     * Drops every cached population name of an experiment (its populations were deleted in bulk).
     *
     * @param eid the experiment id
     */
    public void forgetAll(String eid) {
        cache.invalidateKind(KIND, eid);
    }

    /**
     * Drops the cached lookup of a name (a population of that name was created).
     *
     * @param eid the experiment id
     * @param name the name
     */
    public void forgetName(String eid, String name) {
        cache.invalidate(KIND, eid, name);
    }

    static ApiPath populations(String eid) {
        return ApiPath.of("experiments", Ids.require(eid, "experimentId"), "populations");
    }

    private static ApiPath one(String eid, String id) {
        return populations(eid).then(Ids.require(id, "populationId"));
    }
}
