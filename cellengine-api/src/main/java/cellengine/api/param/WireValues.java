package cellengine.api.param;

import java.math.BigDecimal;
import java.util.Map;

/** How option values are written on the wire, in one place for every query and body of this package. */
final class WireValues {

    private WireValues() {
    }

    /** Puts a value that is set as its string form (booleans lower-case); leaves an unset ({@code null}) one out. */
    static void put(Map<String, String> query, String key, Object value) {
        if (value != null) {
            query.put(key, String.valueOf(value));
        }
    }

    /** {@return the shortest decimal form of a number, such as {@code 0.0001} rather than {@code 1.0E-4}} */
    static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** {@return the shortest decimal text of a number that is set, or {@code null}} */
    static String decimalText(Double value) {
        return value == null ? null : decimal(value.doubleValue()).toPlainString();
    }
}
