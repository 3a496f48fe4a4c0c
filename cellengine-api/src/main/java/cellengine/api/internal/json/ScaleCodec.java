package cellengine.api.internal.json;

import cellengine.analysis.scale.ArcSinhScale;
import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.analysis.scale.Scale;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * Binds the sealed {@link Scale} to its wire form, an object whose {@code type} names the variant
 * (docs/wire.md#scale-set-fields). Unknown keys are ignored; an unknown {@code type} or a missing number is an error
 * that names them.
 */
public final class ScaleCodec implements JsonbSerializer<Scale>, JsonbDeserializer<Scale> {

    private static final String LINEAR = "LinearScale";
    private static final String LOG = "LogScale";
    private static final String ARCSINH = "ArcSinhScale";

    /**
     * {@return the wire {@code type} of a scale: {@code LinearScale}, {@code LogScale} or {@code ArcSinhScale}}
     *
     * @param scale the scale
     */
    public static String type(Scale scale) {
        if (scale instanceof LinearScale) {
            return LINEAR;
        }
        if (scale instanceof LogScale) {
            return LOG;
        }
        if (scale instanceof ArcSinhScale) {
            return ARCSINH;
        }
        throw new AssertionError("a Scale variant without a JSON form: " + scale.getClass().getName());
    }

    /**
     * {@return the JSON form of a scale: {@code type}, {@code minimum}, {@code maximum} and, for arcsinh,
     * {@code cofactor}}
     *
     * @param scale the scale
     */
    public static JsonObject toJson(Scale scale) {
        JsonObjectBuilder o = Json.provider().createObjectBuilder().add("type", type(scale))
                .add("minimum", scale.minimum()).add("maximum", scale.maximum());
        if (scale instanceof ArcSinhScale) {
            o.add("cofactor", ((ArcSinhScale) scale).cofactor());
        }
        return o.build();
    }

    /**
     * {@return the scale a JSON object describes}
     *
     * @param json the object
     * @throws IllegalArgumentException when the type is unknown or a number is missing or invalid
     */
    public static Scale fromJson(JsonObject json) {
        JsonValue type = json.get("type");
        if (!(type instanceof JsonString)) {
            throw new IllegalArgumentException("a scale needs a string 'type' (LinearScale, LogScale or "
                    + "ArcSinhScale), found " + (type == null ? "none" : type.toString()));
        }
        String name = ((JsonString) type).getString();
        switch (name) {
            case LINEAR:
                return new LinearScale(number(json, name, "minimum"), number(json, name, "maximum"));
            case LOG:
                return new LogScale(number(json, name, "minimum"), number(json, name, "maximum"));
            case ARCSINH:
                return new ArcSinhScale(number(json, name, "minimum"), number(json, name, "maximum"),
                        number(json, name, "cofactor"));
            default:
                throw new IllegalArgumentException("'" + name + "' is not a valid scale type; expected LinearScale, "
                        + "LogScale or ArcSinhScale");
        }
    }

    @Override
    public void serialize(Scale value, JsonGenerator generator, SerializationContext ctx) {
        generator.write(toJson(value));
    }

    @Override
    public Scale deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        if (parser.currentEvent() == JsonParser.Event.VALUE_NULL) {
            return null;
        }
        if (parser.currentEvent() != JsonParser.Event.START_OBJECT) {
            throw new JsonbException("a scale must be a JSON object, found " + parser.currentEvent());
        }
        try {
            return fromJson(parser.getObject());
        } catch (IllegalArgumentException e) {
            throw new JsonbException(e.getMessage(), e);
        }
    }

    private static double number(JsonObject json, String type, String key) {
        JsonValue v = json.get(key);
        if (!(v instanceof JsonNumber)) {
            throw new IllegalArgumentException(type + " needs a number '" + key + "', found "
                    + (v == null ? "none" : v.toString()));
        }
        return ((JsonNumber) v).doubleValue();
    }
}
