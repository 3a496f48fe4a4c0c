package cellengine.fakeserver.internal.store;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.analysis.scale.Scale;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonNumbers;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.json.Timestamps;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scale sets (docs/wire.md#scale-sets, docs/wire.md#scale-set-fields; docs/semantics.md#scales): exactly one per
 * experiment, named {@code "Scale Set 1"}, created with the experiment. Uploads add the defaults of new channels
 * ({@link DefaultScales}); PATCH replaces the whole {@code scales} list and answers {@code {"scaleSet": ...}}.
 * Gates are not re-fitted when scales change (decision D16).
 */
public final class ScaleSets {

    private static final String KIND = "scale set";
    private static final List<String> TYPES = List.of("LinearScale", "LogScale", "ArcSinhScale");

    private final DocumentStore store = new DocumentStore();
    private final Map<String, String> byExperiment = new ConcurrentHashMap<>();
    private final ObjectIds ids;
    private final Clock clock;

    public ScaleSets(ObjectIds ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /** Creates the experiment's scale set: empty, or with {@code scales} (for clones). */
    JsonObject createFor(String experimentId, JsonArray scales) {
        JsonObject document = Json.createObjectBuilder()
                .add("_id", ids.next())
                .add("experimentId", experimentId)
                .add("name", "Scale Set 1")
                .add("scales", scales)
                .add("updated", now())
                .add("__v", 0)
                .build();
        store.insert(document);
        byExperiment.put(experimentId, document.getString("_id"));
        return document;
    }

    public JsonObject forExperiment(String experimentId) {
        String id = byExperiment.get(experimentId);
        if (id == null) {
            // Only experiments created before this store existed lack one; give them theirs now.
            synchronized (this) {
                id = byExperiment.get(experimentId);
                if (id == null) {
                    return createFor(experimentId, JsonValue.EMPTY_JSON_ARRAY);
                }
            }
        }
        return store.get(id).orElseThrow(() -> Access.notFound(KIND, experimentId));
    }

    /**
     * Adds the scales of channels the set does not have yet; existing entries stay as they are
     * (docs/semantics.md#default-scales).
     */
    void addDefaults(String experimentId, Map<String, Scale> defaults) {
        String id = forExperiment(experimentId).getString("_id");
        store.update(id, current -> {
            JsonArray scales = current.getJsonArray("scales");
            Set<String> known = new HashSet<>();
            for (JsonValue entry : scales) {
                known.add(entry.asJsonObject().getString("channelName"));
            }
            JsonArrayBuilder out = Json.createArrayBuilder(scales);
            boolean added = false;
            for (Map.Entry<String, Scale> e : defaults.entrySet()) {
                if (known.add(e.getKey())) {
                    out.add(Json.createObjectBuilder().add("channelName", e.getKey()).add("scale", toJson(e.getValue())));
                    added = true;
                }
            }
            return added ? Json.createObjectBuilder(current).add("scales", out).add("updated", now()).build()
                    : current;
        });
    }

    JsonObject patch(String experimentId, String id, JsonObject body) {
        JsonObject current = forExperiment(experimentId);
        if (!current.getString("_id").equals(id)) {
            throw Access.notFound(KIND, id);
        }
        JsonValue scales = body.get("scales");
        JsonValue name = body.get("name");
        JsonArray checked = scales == null ? null : checkedScales(scales);
        if (name != null) {
            FieldRules.NON_EMPTY_STRING.check("name", name);
        }
        return store.update(id, doc -> {
            var out = Json.createObjectBuilder(doc).add("updated", now());
            if (checked != null) {
                out.add("scales", checked);
            }
            if (name != null) {
                out.add("name", name);
            }
            return out.build();
        }).orElseThrow(() -> Access.notFound(KIND, id));
    }

    void clear() {
        store.clear();
        byExperiment.clear();
    }

    static JsonObject toJson(Scale scale) {
        var out = Json.createObjectBuilder();
        if (scale instanceof LinearScale) {
            out.add("type", "LinearScale");
        } else if (scale instanceof LogScale) {
            out.add("type", "LogScale");
        } else if (scale instanceof ArcSinhScale) {
            out.add("type", "ArcSinhScale");
        } else {
            throw new AssertionError(scale);
        }
        out.add("minimum", JsonNumbers.of(scale.minimum())).add("maximum", JsonNumbers.of(scale.maximum()));
        if (scale instanceof ArcSinhScale) {
            out.add("cofactor", JsonNumbers.of(((ArcSinhScale) scale).cofactor()));
        }
        return out.build();
    }

    /** {@return the scales by channel of a stored scale set document (its entries were checked on write)} */
    public static Map<String, Scale> toAnalysis(JsonObject scaleSet) {
        Map<String, Scale> scales = new HashMap<>();
        for (JsonValue entry : scaleSet.getJsonArray("scales")) {
            JsonObject e = entry.asJsonObject();
            scales.put(e.getString("channelName"), scale(e.getJsonObject("scale"), "scale"));
        }
        return Map.copyOf(scales);
    }

    /** Validates a whole {@code scales} list; every entry is rebuilt through the analysis scale types. */
    private static JsonArray checkedScales(JsonValue scales) {
        FieldRules.ARRAY.check("scales", scales);
        JsonArrayBuilder out = Json.createArrayBuilder();
        Set<String> names = new HashSet<>();
        JsonArray array = scales.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String at = "scales[" + i + "]";
            FieldRules.OBJECT.check(at, array.get(i));
            JsonObject entry = array.get(i).asJsonObject();
            JsonValue channel = required(entry, "channelName", at);
            FieldRules.NON_EMPTY_STRING.check(at + ".channelName", channel);
            String channelName = ((JsonString) channel).getString();
            if (!names.add(channelName)) {
                throw new ApiError.BadRequest('"' + at + ".channelName\" repeats the channel \"" + channelName
                        + "\".");
            }
            JsonValue scale = required(entry, "scale", at);
            FieldRules.OBJECT.check(at + ".scale", scale);
            out.add(Json.createObjectBuilder().add("channelName", channel)
                    .add("scale", toJson(scale(scale.asJsonObject(), at + ".scale"))));
        }
        return out.build();
    }

    private static Scale scale(JsonObject json, String at) {
        JsonValue type = required(json, "type", at);
        if (!(type instanceof JsonString) || !TYPES.contains(((JsonString) type).getString())) {
            throw new ApiError.BadRequest('"' + at + ".type\" must be one of " + String.join(", ", TYPES) + ", was "
                    + type + ".");
        }
        double minimum = number(json, "minimum", at);
        double maximum = number(json, "maximum", at);
        try {
            switch (((JsonString) type).getString()) {
                case "LinearScale":
                    return new LinearScale(minimum, maximum);
                case "LogScale":
                    return new LogScale(minimum, maximum);
                default:
                    return new ArcSinhScale(minimum, maximum, number(json, "cofactor", at));
            }
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadRequest('"' + at + "\" is not a valid scale: " + e.getMessage() + ".");
        }
    }

    private static double number(JsonObject json, String field, String at) {
        JsonValue value = required(json, field, at);
        if (!(value instanceof JsonNumber)) {
            throw FieldRules.wrongType(at + "." + field, "a number", value);
        }
        return ((JsonNumber) value).doubleValue();
    }

    private static JsonValue required(JsonObject json, String field, String at) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new ApiError.BadRequest('"' + at + "." + field + "\" is required.");
        }
        return value;
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }
}
