package cellengine.api.internal.resource;

import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import cellengine.api.internal.json.Json;
import cellengine.api.model.Experiment;
import cellengine.api.param.CloneOptions;
import cellengine.api.param.ExperimentCreate;
import cellengine.api.param.ExperimentUpdate;
import cellengine.api.param.ListOptions;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The experiment routes of docs/wire.md#experiments. */
public final class ExperimentsApi {

    private static final ApiPath EXPERIMENTS = ApiPath.of("experiments");

    private final ApiCaller caller;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     */
    public ExperimentsApi(ApiCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /**
     * {@return the experiments matching the options}
     *
     * @param options query, fields, limit, skip, sort
     */
    public List<Experiment> list(ListOptions options) {
        return caller.list("GET", EXPERIMENTS, options.toQuery(), Experiment.class);
    }

    /**
     * {@return one experiment}
     *
     * @param id the experiment id
     */
    public Experiment get(String id) {
        return caller.object("GET", one(id), Map.of(), null, Experiment.class);
    }

    /**
     * {@return the one non-deleted experiment with this name}
     *
     * @param name the name
     */
    public Experiment getByName(String name) {
        return ByName.find(caller, EXPERIMENTS, "name", name, Experiment.class, "experiment");
    }

    /**
     * {@return the new experiment}
     *
     * @param body the keys to set
     */
    public Experiment create(ExperimentCreate body) {
        return caller.object("POST", EXPERIMENTS, Map.of(), Objects.requireNonNull(body, "body"),
                Experiment.class);
    }

    /**
     * {@return the experiment after the update}
     *
     * @param id the experiment id
     * @param update the changed keys
     */
    public Experiment update(String id, ExperimentUpdate update) {
        ApiPath path = one(id);
        return caller.object("PATCH", path, Map.of(), Objects.requireNonNull(update, "update"), Experiment.class);
    }

    /**
     * Soft-deletes an experiment.
     *
     * @param id the experiment id
     */
    public void delete(String id) {
        caller.discard("DELETE", one(id), Map.of());
    }

    /**
     * {@return the clone}
     *
     * @param id the experiment to clone
     * @param options name and path of the clone
     */
    public Experiment clone(String id, CloneOptions options) {
        ApiPath path = one(id).then("clone");
        return caller.object("POST", path, Map.of(), Objects.requireNonNull(options, "options"),
                Experiment.class);
    }

    /**
     * {@return the experiment with the new revision}
     *
     * @param id the experiment id
     * @param description the revision description
     */
    public Experiment saveRevision(String id, String description) {
        ApiPath path = one(id).then("revision");
        Objects.requireNonNull(description, "description");
        return caller.object("POST", path, Map.of(), Json.provider().createObjectBuilder()
                .add("description", description).build(), Experiment.class);
    }

    /**
     * {@return the server's answer to an import of resources from another experiment}
     *
     * @param id the destination experiment id
     * @param request the source and what to import
     */
    public jakarta.json.JsonValue importResources(String id, cellengine.api.param.ImportResources request) {
        ApiPath path = one(id).then("importResources");
        return caller.value("POST", path, Map.of(), Objects.requireNonNull(request, "request"));
    }

    private static ApiPath one(String id) {
        return EXPERIMENTS.then(Ids.require(id, "experimentId"));
    }
}
