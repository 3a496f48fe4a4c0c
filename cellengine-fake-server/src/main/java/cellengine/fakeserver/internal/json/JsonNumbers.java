package cellengine.fakeserver.internal.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.math.BigDecimal;

/** Writes doubles as JSON and text: integral values without a fraction ({@code 262144}, not {@code 262144.0}). */
public final class JsonNumbers {

    private static final double EXACT_LONG = 9.007199254740992E15; // 2^53

    private JsonNumbers() {
    }

    public static JsonNumber of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < EXACT_LONG) {
            return Json.createValue((long) value);
        }
        return Json.createValue(value);
    }

    /** {@return the shortest plain decimal that reads back as {@code value}: {@code 0.02}, {@code 1}, {@code -3.5}} */
    public static String text(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static double value(JsonValue number) {
        return ((JsonNumber) number).doubleValue();
    }
}
