package cellengine.api.internal.json;

import cellengine.api.model.Ellipse;
import cellengine.api.model.EllipseGate;
import cellengine.api.model.Gate;
import cellengine.api.model.PolygonGate;
import cellengine.api.model.Point;
import cellengine.api.model.Quadrant;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.Range;
import cellengine.api.model.RangeGate;
import cellengine.api.model.Rectangle;
import cellengine.api.model.RectangleGate;
import cellengine.api.model.Split;
import cellengine.api.model.SplitGate;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Binds the sealed {@link Gate} to its wire form (docs/wire.md#gate-fields): the {@code type} key names the record,
 * the geometry, label(s), sector gids and {@code locked} live in {@code model}. Writing follows the Python client's
 * key order ({@code experimentId, fcsFileId, gid, model, name|names, tailoredPerFile, type, xChannel, yChannel}),
 * with {@code _id} first and {@code __v} last when known; 1-D gates carry {@code "yChannel": null}. Reading ignores
 * unknown keys (and a stored {@code yChannel} of a 1-D gate); an unknown type or missing geometry is an error that
 * names them.
 */
public final class GateCodec implements JsonbSerializer<Gate>, JsonbDeserializer<Gate> {

    /** Integral values below this magnitude are written without a fraction, as the other clients send them. */
    private static final double INTEGRAL_LIMIT = 9.007199254740992E15;

    /**
     * {@return the JSON form of a gate}
     *
     * @param gate the gate
     */
    public static JsonObject toJson(Gate gate) {
        JsonObjectBuilder model = Json.provider().createObjectBuilder();
        if (gate instanceof RectangleGate) {
            Rectangle r = ((RectangleGate) gate).rectangle();
            model.add("rectangle", Json.provider().createObjectBuilder().add("x1", number(r.x1()))
                    .add("x2", number(r.x2())).add("y1", number(r.y1())).add("y2", number(r.y2())));
            label(model, ((RectangleGate) gate).label());
        } else if (gate instanceof PolygonGate) {
            JsonArrayBuilder vertices = Json.provider().createArrayBuilder();
            ((PolygonGate) gate).vertices().forEach(p -> vertices.add(point(p)));
            model.add("polygon", Json.provider().createObjectBuilder().add("vertices", vertices));
            label(model, ((PolygonGate) gate).label());
        } else if (gate instanceof EllipseGate) {
            Ellipse e = ((EllipseGate) gate).ellipse();
            model.add("ellipse", Json.provider().createObjectBuilder().add("center", point(e.center()))
                    .add("angle", number(e.angle())).add("major", number(e.major()))
                    .add("minor", number(e.minor())));
            label(model, ((EllipseGate) gate).label());
        } else if (gate instanceof RangeGate) {
            Range r = ((RangeGate) gate).range();
            model.add("range", Json.provider().createObjectBuilder().add("x1", number(r.x1()))
                    .add("x2", number(r.x2())).add("y", number(r.y())));
            label(model, ((RangeGate) gate).label());
        } else if (gate instanceof QuadrantGate) {
            QuadrantGate q = (QuadrantGate) gate;
            JsonArrayBuilder angles = Json.provider().createArrayBuilder();
            q.quadrant().angles().forEach(a -> angles.add(number(a)));
            model.add("quadrant", Json.provider().createObjectBuilder().add("x", number(q.quadrant().x()))
                    .add("y", number(q.quadrant().y())).add("angles", angles));
            model.add("labels", points(q.labels())).add("gids", strings(q.gids())).add("skewable", q.skewable());
        } else if (gate instanceof SplitGate) {
            SplitGate s = (SplitGate) gate;
            model.add("split", Json.provider().createObjectBuilder().add("x", number(s.split().x()))
                    .add("y", number(s.split().y())));
            model.add("labels", points(s.labels())).add("gids", strings(s.gids()));
        } else {
            throw new AssertionError("a Gate variant without a JSON form: " + gate.getClass().getName());
        }
        model.add("locked", gate.locked());

        JsonObjectBuilder o = Json.provider().createObjectBuilder();
        if (gate.id() != null) {
            o.add("_id", gate.id());
        }
        if (gate.experimentId() != null) {
            o.add("experimentId", gate.experimentId());
        }
        o.add("fcsFileId", string(gate.fcsFileId()));
        o.add("gid", gate.gid());
        o.add("model", model);
        if (gate instanceof QuadrantGate || gate instanceof SplitGate) {
            o.add("names", strings(gate.displayNames()));
        } else {
            o.add("name", string(gate.displayNames().isEmpty() ? null : gate.displayNames().get(0)));
        }
        o.add("tailoredPerFile", gate.tailoredPerFile());
        o.add("type", gate.type());
        o.add("xChannel", gate.xChannel());
        o.add("yChannel", string(gate.yChannel()));
        if (gate.version() != null) {
            o.add("__v", gate.version());
        }
        return o.build();
    }

    /**
     * {@return the gate a JSON object describes}
     *
     * @param json the object
     * @throws IllegalArgumentException when the type is unknown, or a required key is missing or of the wrong kind
     */
    public static Gate fromJson(JsonObject json) {
        String type = optString(json, "type", "gate");
        if (type == null) {
            throw new IllegalArgumentException("a gate needs a string 'type' (RectangleGate, PolygonGate, "
                    + "EllipseGate, RangeGate, QuadrantGate or SplitGate), found " + json.get("type"));
        }
        String gateId = optString(json, "_id", type);
        String where = gateId == null ? type : type + " " + gateId;
        JsonValue modelValue = json.get("model");
        if (!(modelValue instanceof JsonObject)) {
            throw new IllegalArgumentException(where + " needs an object 'model', found "
                    + (modelValue == null ? "none" : Json.describe(modelValue)));
        }
        JsonObject model = (JsonObject) modelValue;
        String id = optString(json, "_id", where);
        String eid = optString(json, "experimentId", where);
        String gid = requiredString(json, "gid", where);
        String name = optString(json, "name", where);
        String x = requiredString(json, "xChannel", where);
        boolean tailored = bool(json, "tailoredPerFile", where);
        String fid = optString(json, "fcsFileId", where);
        boolean locked = bool(model, "locked", where + " model");
        Integer version = json.get("__v") instanceof JsonNumber ? json.getJsonNumber("__v").intValue() : null;
        try {
            switch (type) {
                case RectangleGate.TYPE: {
                    JsonObject r = object(model, "rectangle", where);
                    return new RectangleGate(id, eid, gid, name, x, requiredString(json, "yChannel", where),
                            tailored, fid, locked, optPoint(model, "label", where),
                            new Rectangle(number(r, "x1", where), number(r, "x2", where), number(r, "y1", where),
                                    number(r, "y2", where)), version);
                }
                case PolygonGate.TYPE: {
                    JsonObject p = object(model, "polygon", where);
                    return new PolygonGate(id, eid, gid, name, x, requiredString(json, "yChannel", where), tailored,
                            fid, locked, optPoint(model, "label", where), pointList(p, "vertices", where), version);
                }
                case EllipseGate.TYPE: {
                    JsonObject e = object(model, "ellipse", where);
                    return new EllipseGate(id, eid, gid, name, x, requiredString(json, "yChannel", where), tailored,
                            fid, locked, optPoint(model, "label", where),
                            new Ellipse(point(e.get("center"), where + " ellipse.center"), number(e, "angle", where),
                                    number(e, "major", where), number(e, "minor", where)), version);
                }
                case RangeGate.TYPE: {
                    JsonObject r = object(model, "range", where);
                    double y = r.get("y") instanceof JsonNumber ? number(r, "y", where) : 0.5;
                    return new RangeGate(id, eid, gid, name, x, tailored, fid, locked,
                            optPoint(model, "label", where),
                            new Range(number(r, "x1", where), number(r, "x2", where), y), version);
                }
                case QuadrantGate.TYPE: {
                    JsonObject q = object(model, "quadrant", where);
                    List<Double> angles = q.get("angles") == null || q.get("angles") == JsonValue.NULL ? null
                            : numberList(q.get("angles"), where + " quadrant.angles");
                    return new QuadrantGate(id, eid, gid, stringList(json, "names", where), x,
                            requiredString(json, "yChannel", where), tailored, fid, locked,
                            optPointList(model, "labels", where), stringList(model, "gids", where),
                            bool(model, "skewable", where),
                            new Quadrant(number(q, "x", where), number(q, "y", where), angles), version);
                }
                case SplitGate.TYPE: {
                    JsonObject s = object(model, "split", where);
                    double y = s.get("y") instanceof JsonNumber ? number(s, "y", where) : 0.5;
                    return new SplitGate(id, eid, gid, stringList(json, "names", where), x, tailored, fid, locked,
                            optPointList(model, "labels", where), stringList(model, "gids", where),
                            new Split(number(s, "x", where), y), version);
                }
                default:
                    throw new IllegalArgumentException("'" + type + "' is not a valid gate type; expected "
                            + "RectangleGate, PolygonGate, EllipseGate, RangeGate, QuadrantGate or SplitGate");
            }
        } catch (NullPointerException e) {
            throw new IllegalArgumentException(where + " is missing " + e.getMessage(), e);
        }
    }

    /**
     * {@return the JSON form of a number: integral values without a fraction}
     *
     * @param value a finite number
     */
    public static JsonNumber number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < INTEGRAL_LIMIT) {
            return Json.provider().createValue((long) value);
        }
        return Json.provider().createValue(value);
    }

    @Override
    public void serialize(Gate value, JsonGenerator generator, SerializationContext ctx) {
        generator.write(toJson(value));
    }

    @Override
    public Gate deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        if (parser.currentEvent() == JsonParser.Event.VALUE_NULL) {
            return null;
        }
        if (parser.currentEvent() != JsonParser.Event.START_OBJECT) {
            throw new JsonbException("a gate must be a JSON object, found " + parser.currentEvent());
        }
        try {
            return fromJson(parser.getObject());
        } catch (IllegalArgumentException e) {
            throw new JsonbException(e.getMessage(), e);
        }
    }

    private static void label(JsonObjectBuilder model, Point label) {
        if (label != null) {
            model.add("label", point(label));
        }
    }

    private static JsonArrayBuilder point(Point p) {
        return Json.provider().createArrayBuilder().add(number(p.x())).add(number(p.y()));
    }

    private static JsonArrayBuilder points(List<Point> points) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        points.forEach(p -> array.add(point(p)));
        return array;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    private static JsonValue string(String value) {
        return value == null ? JsonValue.NULL : Json.provider().createValue(value);
    }

    private static String optString(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonString)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a string, found " + Json.describe(v));
        }
        return ((JsonString) v).getString();
    }

    private static String requiredString(JsonObject o, String key, String where) {
        String s = optString(o, key, where);
        if (s == null) {
            throw new IllegalArgumentException(where + " needs a string '" + key + "'");
        }
        return s;
    }

    private static boolean bool(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw new IllegalArgumentException(where + ": '" + key + "' must be a boolean, found " + Json.describe(v));
    }

    private static JsonObject object(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonObject)) {
            throw new IllegalArgumentException(where + " needs an object 'model." + key + "', found "
                    + (v == null ? "none" : Json.describe(v)));
        }
        return (JsonObject) v;
    }

    private static double number(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonNumber)) {
            throw new IllegalArgumentException(where + " needs a number '" + key + "', found "
                    + (v == null ? "none" : Json.describe(v)));
        }
        return ((JsonNumber) v).doubleValue();
    }

    private static Point point(JsonValue v, String where) {
        if (!(v instanceof JsonArray) || ((JsonArray) v).size() != 2
                || !(((JsonArray) v).get(0) instanceof JsonNumber) || !(((JsonArray) v).get(1) instanceof JsonNumber)) {
            throw new IllegalArgumentException(where + " must be a point [x, y], found "
                    + (v == null ? "none" : v.toString()));
        }
        JsonArray a = (JsonArray) v;
        return new Point(a.getJsonNumber(0).doubleValue(), a.getJsonNumber(1).doubleValue());
    }

    private static Point optPoint(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL || v instanceof JsonArray && ((JsonArray) v).isEmpty()) {
            return null;
        }
        return point(v, where + " model." + key);
    }

    private static List<Point> pointList(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (!(v instanceof JsonArray)) {
            throw new IllegalArgumentException(where + " needs an array '" + key + "' of [x, y] points, found "
                    + (v == null ? "none" : Json.describe(v)));
        }
        List<Point> points = new ArrayList<>();
        for (JsonValue item : (JsonArray) v) {
            points.add(point(item, where + " " + key + "[" + points.size() + "]"));
        }
        return points;
    }

    private static List<Point> optPointList(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        return v == null || v == JsonValue.NULL ? List.of() : pointList(o, key, where + " model");
    }

    private static List<Double> numberList(JsonValue v, String where) {
        if (!(v instanceof JsonArray)) {
            throw new IllegalArgumentException(where + " must be an array of numbers, found " + Json.describe(v));
        }
        List<Double> numbers = new ArrayList<>();
        for (JsonValue item : (JsonArray) v) {
            if (!(item instanceof JsonNumber)) {
                throw new IllegalArgumentException(where + " must hold numbers, found " + item);
            }
            numbers.add(((JsonNumber) item).doubleValue());
        }
        return numbers;
    }

    private static List<String> stringList(JsonObject o, String key, String where) {
        JsonValue v = o.get(key);
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (!(v instanceof JsonArray)) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be an array of strings, found "
                    + Json.describe(v));
        }
        List<String> strings = new ArrayList<>();
        for (JsonValue item : (JsonArray) v) {
            if (!(item instanceof JsonString)) {
                throw new IllegalArgumentException(where + ": '" + key + "' must hold strings, found " + item);
            }
            strings.add(((JsonString) item).getString());
        }
        return strings;
    }
}
