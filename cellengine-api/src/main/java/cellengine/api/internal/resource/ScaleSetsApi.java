package cellengine.api.internal.resource;

import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.internal.json.ScaleCodec;
import cellengine.api.model.ChannelScale;
import cellengine.api.model.ScaleSet;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The scale set routes of docs/wire.md#scale-sets. */
public final class ScaleSetsApi {

    private final ApiCaller caller;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     */
    public ScaleSetsApi(ApiCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /**
     * {@return the experiment's scale set: the first element of the list the server answers}
     *
     * @param eid the experiment id
     */
    public ScaleSet get(String eid) {
        ApiCaller.Answer answer = caller.exchange("GET", scaleSets(eid), Map.of(), null);
        List<ScaleSet> sets;
        try {
            sets = Json.readList(answer.body(), ScaleSet.class);
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
        if (sets.isEmpty()) {
            throw answer.unusable("the list is empty where the experiment's one scale set was expected", null);
        }
        return sets.get(0);
    }

    /**
     * {@return the scale set after replacing its scales; the answer {@code {"scaleSet": …}} is unwrapped}
     *
     * @param eid the experiment id
     * @param scaleSetId the scale set id
     * @param scales every channel's scale (the whole list is sent)
     */
    public ScaleSet update(String eid, String scaleSetId, List<ChannelScale> scales) {
        ApiPath path = scaleSets(eid).then(Ids.require(scaleSetId, "scaleSetId"));
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        for (ChannelScale entry : Objects.requireNonNull(scales, "scales")) {
            Objects.requireNonNull(entry, "scale entry");
            array.add(Json.provider().createObjectBuilder()
                    .add("channelName", Objects.requireNonNull(entry.channelName(), "channelName"))
                    .add("scale", ScaleCodec.toJson(Objects.requireNonNull(entry.scale(),
                            () -> "the scale of channel " + entry.channelName()))));
        }
        JsonObject body = Json.provider().createObjectBuilder().add("scales", array).build();
        ApiCaller.Answer answer = caller.exchange("PATCH", path, Map.of(), body);
        try {
            JsonValue value = Json.readValue(answer.body());
            if (!(value instanceof JsonObject) || !(((JsonObject) value).get("scaleSet") instanceof JsonObject)) {
                throw answer.unusable("the body is " + Json.describe(value) + " without a \"scaleSet\" object", null);
            }
            return Json.read(((JsonObject) value).get("scaleSet"), ScaleSet.class);
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
    }

    private static ApiPath scaleSets(String eid) {
        return ApiPath.of("experiments", Ids.require(eid, "experimentId"), "scalesets");
    }
}
