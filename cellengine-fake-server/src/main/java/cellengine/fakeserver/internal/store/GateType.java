package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import java.util.List;

/**
 * The six gate types of docs/wire.md#gate-fields: their {@code type} discriminator, the key of their geometry in
 * {@code model}, whether they are 2-D, and their sector names (compound gates only, in {@code model.gids} order).
 */
public enum GateType {
    RECTANGLE("RectangleGate", "rectangle", true, List.of()),
    POLYGON("PolygonGate", "polygon", true, List.of()),
    ELLIPSE("EllipseGate", "ellipse", true, List.of()),
    RANGE("RangeGate", "range", false, List.of()),
    QUADRANT("QuadrantGate", "quadrant", true, List.of("UR", "UL", "LL", "LR")),
    SPLIT("SplitGate", "split", false, List.of("L", "R"));

    final String wireName;
    public final String modelKey;
    final boolean twoDimensional;
    final List<String> sectors;

    GateType(String wireName, String modelKey, boolean twoDimensional, List<String> sectors) {
        this.wireName = wireName;
        this.modelKey = modelKey;
        this.twoDimensional = twoDimensional;
        this.sectors = sectors;
    }

    boolean isCompound() {
        return !sectors.isEmpty();
    }

    /** @throws ApiError.BadRequest naming {@code field} when {@code name} is not a gate type */
    public static GateType of(String field, String name) {
        for (GateType t : values()) {
            if (t.wireName.equals(name)) {
                return t;
            }
        }
        throw new ApiError.BadRequest('"' + field + "\" must be one of RectangleGate, PolygonGate, EllipseGate, "
                + "RangeGate, QuadrantGate, SplitGate, was \"" + name + "\".");
    }
}
