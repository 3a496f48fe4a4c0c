package cellengine.fakeserver.internal.store;

import cellengine.analysis.gate.EllipseGeometry;
import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.GateGeometry;
import cellengine.analysis.gate.PolygonGeometry;
import cellengine.analysis.gate.QuadrantGeometry;
import cellengine.analysis.gate.RangeGeometry;
import cellengine.analysis.gate.RectangleGeometry;
import cellengine.analysis.gate.SplitGeometry;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonFields;
import cellengine.fakeserver.internal.json.JsonNumbers;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks a gate body against its type's model shape (docs/wire.md#gate-fields) and writes the stored form, with
 * every field present: {@code _id, experimentId, type, gid, name, names (compound), xChannel, yChannel (null for
 * 1-D gates), tailoredPerFile, fcsFileId, parentPopulationId, model, __v}. The model is rebuilt with
 * {@code locked} and {@code label}/{@code labels} filled in (defaults of docs/wire.md#gate-builders where absent),
 * sector {@code gids} generated when a compound gate comes without them, and the geometry checked by the analysis
 * types: a polygon with fewer than three distinct vertices or an ellipse with a zero axis is a 400
 * (docs/semantics.md#project-defaults).
 */
public final class GateModel {

    private static final List<Double> AXIS_ANGLES = List.of(0.0, Math.PI / 2, Math.PI, 3 * Math.PI / 2);

    private GateModel() {
    }

    /**
     * {@return the stored form of a gate body}
     *
     * @param body the gate as sent (or a stored gate with a PATCH merged in)
     * @param newGid generates sector gids for compound gates that have none
     */
    static JsonObject normalize(JsonObject body, String id, String experimentId, JsonValue parentPopulationId,
            Supplier<String> newGid) {
        GateType type = GateType.of("type", JsonFields.requiredString(body, "type", "type"));
        String gid = JsonFields.nonEmptyString(body, "gid", "gid");
        String xChannel = JsonFields.nonEmptyString(body, "xChannel", "xChannel");
        String yChannel = type.twoDimensional ? JsonFields.nonEmptyString(body, "yChannel", "yChannel") : null;
        JsonObject model = JsonFields.object(body, "model", "model");
        JsonObject geometry = JsonFields.object(model, type.modelKey, "model." + type.modelKey);

        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("_id", id)
                .add("experimentId", experimentId)
                .add("type", type.wireName)
                .add("gid", gid);
        if (type.isCompound()) {
            String name = JsonFields.optionalString(body, "name", "name");
            out.add("name", name == null ? JsonValue.NULL : Json.createValue(name));
            out.add("names", names(body, type, name));
        } else {
            out.add("name", JsonFields.requiredString(body, "name", "name"));
        }
        String fcsFileId = JsonFields.optionalString(body, "fcsFileId", "fcsFileId");
        if (fcsFileId != null) {
            FieldRules.ID.check("fcsFileId", Json.createValue(fcsFileId));
        }
        out.add("xChannel", xChannel)
                .add("yChannel", yChannel == null ? JsonValue.NULL : Json.createValue(yChannel))
                .add("tailoredPerFile", JsonFields.bool(body, "tailoredPerFile", "tailoredPerFile", false))
                .add("fcsFileId", fcsFileId == null ? JsonValue.NULL : Json.createValue(fcsFileId))
                .add("parentPopulationId", parentPopulationId)
                .add("model", model(type, model, geometry, gid, newGid))
                .add("__v", 0);
        JsonObject stored = out.build();
        toDefinition(stored); // the analysis types check what the field checks above cannot
        return stored;
    }

    private static JsonArray names(JsonObject body, GateType type, String name) {
        JsonValue names = JsonFields.optional(body, "names");
        if (names == null) {
            if (name == null) {
                throw new ApiError.BadRequest("\"names\" is required for a " + type.wireName + " (or give \"name\" "
                        + "to name the sectors \"<name> (" + String.join(")\", \"<name> (", type.sectors) + ")\").");
            }
            JsonArrayBuilder derived = Json.createArrayBuilder();
            type.sectors.forEach(s -> derived.add(name + " (" + s + ")"));
            return derived.build();
        }
        JsonArray array = JsonFields.array(names, "names");
        if (array.size() != type.sectors.size()) {
            throw new ApiError.BadRequest("\"names\" must hold " + type.sectors.size() + " names (" + String.join(", ",
                    type.sectors) + ") for a " + type.wireName + ", had " + array.size() + ".");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonFields.string(array.get(i), "names[" + i + "]");
        }
        return array;
    }

    private static JsonObject model(GateType type, JsonObject model, JsonObject g, String gid,
            Supplier<String> newGid) {
        String at = "model." + type.modelKey;
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("locked", JsonFields.bool(model, "locked", "model.locked", false));
        JsonObjectBuilder geometry = Json.createObjectBuilder();
        double[] label;
        switch (type) {
            case RECTANGLE: {
                double x1 = JsonFields.number(g, "x1", at + ".x1");
                double x2 = JsonFields.number(g, "x2", at + ".x2");
                double y1 = JsonFields.number(g, "y1", at + ".y1");
                double y2 = JsonFields.number(g, "y2", at + ".y2");
                geometry.add("x1", JsonNumbers.of(x1)).add("x2", JsonNumbers.of(x2))
                        .add("y1", JsonNumbers.of(y1)).add("y2", JsonNumbers.of(y2));
                label = new double[] {(x1 + x2) / 2, (y1 + y2) / 2};
                break;
            }
            case POLYGON: {
                JsonArray vertices = JsonFields.array(JsonFields.required(g, "vertices", at + ".vertices"),
                        at + ".vertices");
                JsonArrayBuilder vs = Json.createArrayBuilder();
                double sx = 0;
                double sy = 0;
                for (int i = 0; i < vertices.size(); i++) {
                    double[] v = JsonFields.pair(vertices.get(i), at + ".vertices[" + i + "]");
                    vs.add(Json.createArrayBuilder().add(JsonNumbers.of(v[0])).add(JsonNumbers.of(v[1])));
                    sx += v[0];
                    sy += v[1];
                }
                geometry.add("vertices", vs);
                int n = Math.max(1, vertices.size());
                label = new double[] {sx / n, sy / n};
                break;
            }
            case ELLIPSE: {
                double[] center = JsonFields.pair(JsonFields.required(g, "center", at + ".center"), at + ".center");
                geometry.add("center", Json.createArrayBuilder().add(JsonNumbers.of(center[0]))
                                .add(JsonNumbers.of(center[1])))
                        .add("angle", JsonNumbers.of(JsonFields.number(g, "angle", at + ".angle", 0)))
                        .add("major", JsonNumbers.of(JsonFields.number(g, "major", at + ".major")))
                        .add("minor", JsonNumbers.of(JsonFields.number(g, "minor", at + ".minor")));
                label = center;
                break;
            }
            case RANGE: {
                double x1 = JsonFields.number(g, "x1", at + ".x1");
                double x2 = JsonFields.number(g, "x2", at + ".x2");
                double y = JsonFields.number(g, "y", at + ".y", 0.5);
                geometry.add("x1", JsonNumbers.of(x1)).add("x2", JsonNumbers.of(x2)).add("y", JsonNumbers.of(y));
                label = new double[] {(x1 + x2) / 2, y};
                break;
            }
            case QUADRANT: {
                double x = JsonFields.number(g, "x", at + ".x");
                double y = JsonFields.number(g, "y", at + ".y");
                JsonArrayBuilder angles = Json.createArrayBuilder();
                JsonValue given = JsonFields.optional(g, "angles");
                if (given == null) {
                    AXIS_ANGLES.forEach(a -> angles.add(JsonNumbers.of(a)));
                } else {
                    JsonArray array = JsonFields.array(given, at + ".angles");
                    if (array.size() != 4) {
                        throw new ApiError.BadRequest('"' + at + ".angles\" must hold 4 angles (radians), had "
                                + array.size() + ".");
                    }
                    for (int i = 0; i < 4; i++) {
                        angles.add(JsonNumbers.of(JsonFields.number(array.get(i), at + ".angles[" + i + "]")));
                    }
                }
                geometry.add("x", JsonNumbers.of(x)).add("y", JsonNumbers.of(y)).add("angles", angles);
                label = new double[] {x, y};
                break;
            }
            case SPLIT: {
                double x = JsonFields.number(g, "x", at + ".x");
                double y = JsonFields.number(g, "y", at + ".y", 0.5);
                geometry.add("x", JsonNumbers.of(x)).add("y", JsonNumbers.of(y));
                label = new double[] {x, y};
                break;
            }
            default:
                throw new AssertionError(type);
        }
        if (type.isCompound()) {
            out.add("labels", labels(model, type, label));
            out.add("gids", sectorGids(model, type, gid, newGid));
            if (type == GateType.QUADRANT) {
                out.add("skewable", JsonFields.bool(model, "skewable", "model.skewable", false));
            }
        } else {
            JsonValue given = JsonFields.optional(model, "label");
            double[] l = given == null || (given instanceof JsonArray && given.asJsonArray().isEmpty())
                    ? label : JsonFields.pair(given, "model.label");
            out.add("label", point(l));
        }
        return out.add(type.modelKey, geometry).build();
    }

    /** Labels are display-only; without them every sector's label sits at the gate's centre. */
    private static JsonArray labels(JsonObject model, GateType type, double[] center) {
        JsonValue given = JsonFields.optional(model, "labels");
        JsonArrayBuilder out = Json.createArrayBuilder();
        int n = type.sectors.size();
        if (given == null || (given instanceof JsonArray && given.asJsonArray().isEmpty())) {
            for (int i = 0; i < n; i++) {
                out.add(point(center));
            }
            return out.build();
        }
        JsonArray array = JsonFields.array(given, "model.labels");
        if (array.size() != n) {
            throw new ApiError.BadRequest("\"model.labels\" must hold " + n + " pairs [x, y] for a " + type.wireName
                    + ", had " + array.size() + ".");
        }
        for (int i = 0; i < n; i++) {
            out.add(point(JsonFields.pair(array.get(i), "model.labels[" + i + "]")));
        }
        return out.build();
    }

    private static JsonArray sectorGids(JsonObject model, GateType type, String gid, Supplier<String> newGid) {
        JsonValue given = JsonFields.optional(model, "gids");
        int n = type.sectors.size();
        JsonArrayBuilder out = Json.createArrayBuilder();
        if (given == null) {
            for (int i = 0; i < n; i++) {
                out.add(newGid.get());
            }
            return out.build();
        }
        JsonArray array = JsonFields.array(given, "model.gids");
        if (array.size() != n) {
            throw new ApiError.BadRequest("\"model.gids\" must hold " + n + " sector gids (" + String.join(", ",
                    type.sectors) + ") for a " + type.wireName + ", had " + array.size() + ".");
        }
        Set<String> seen = new HashSet<>();
        seen.add(gid);
        for (int i = 0; i < n; i++) {
            String sector = JsonFields.string(array.get(i), "model.gids[" + i + "]");
            if (sector.isBlank() || !seen.add(sector)) {
                throw new ApiError.BadRequest("\"model.gids[" + i + "]\" must be a non-empty gid different from "
                        + "the gate's gid and the other sector gids, was \"" + sector + "\".");
            }
            out.add(sector);
        }
        return out.build();
    }

    private static JsonArrayBuilder point(double[] p) {
        return Json.createArrayBuilder().add(JsonNumbers.of(p[0])).add(JsonNumbers.of(p[1]));
    }

    /**
     * {@return the analysis form of a stored gate}
     *
     * @throws ApiError.BadRequest when the geometry is invalid (checked at write time, so stored gates pass)
     */
    public static GateDefinition toDefinition(JsonObject gate) {
        GateType type = GateType.of("type", gate.getString("type"));
        JsonObject model = gate.getJsonObject("model");
        JsonObject g = model.getJsonObject(type.modelKey);
        String at = "model." + type.modelKey;
        GateGeometry geometry;
        try {
            switch (type) {
                case RECTANGLE:
                    geometry = new RectangleGeometry(d(g, "x1"), d(g, "x2"), d(g, "y1"), d(g, "y2"));
                    break;
                case POLYGON: {
                    JsonArray vs = g.getJsonArray("vertices");
                    double[][] vertices = new double[vs.size()][];
                    for (int i = 0; i < vertices.length; i++) {
                        JsonArray v = vs.getJsonArray(i);
                        vertices[i] = new double[] {v.getJsonNumber(0).doubleValue(), v.getJsonNumber(1).doubleValue()};
                    }
                    geometry = PolygonGeometry.ofVertices(vertices);
                    break;
                }
                case ELLIPSE: {
                    JsonArray c = g.getJsonArray("center");
                    geometry = new EllipseGeometry(c.getJsonNumber(0).doubleValue(), c.getJsonNumber(1).doubleValue(),
                            d(g, "angle"), d(g, "major"), d(g, "minor"));
                    break;
                }
                case RANGE:
                    geometry = new RangeGeometry(d(g, "x1"), d(g, "x2"));
                    break;
                case QUADRANT: {
                    List<Double> angles = new ArrayList<>();
                    g.getJsonArray("angles").forEach(a -> angles.add(JsonNumbers.value(a)));
                    geometry = new QuadrantGeometry(d(g, "x"), d(g, "y"), angles);
                    break;
                }
                case SPLIT:
                    geometry = new SplitGeometry(d(g, "x"));
                    break;
                default:
                    throw new AssertionError(type);
            }
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadRequest('"' + at + "\" is not a valid " + type.wireName + ": " + e.getMessage()
                    + ".");
        }
        List<String> sectorGids = new ArrayList<>();
        if (type.isCompound()) {
            model.getJsonArray("gids").forEach(s -> sectorGids.add(((JsonString) s).getString()));
        }
        JsonValue file = gate.get("fcsFileId");
        return new GateDefinition(gate.getString("gid"), sectorGids,
                file instanceof JsonString ? ((JsonString) file).getString() : null,
                gate.getBoolean("tailoredPerFile"), gate.getString("xChannel"),
                type.twoDimensional ? gate.getString("yChannel") : null, geometry);
    }

    private static double d(JsonObject json, String key) {
        return json.getJsonNumber(key).doubleValue();
    }
}
