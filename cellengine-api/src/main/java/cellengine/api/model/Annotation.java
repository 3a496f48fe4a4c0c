package cellengine.api.model;

import cellengine.api.internal.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;

import java.util.Objects;

/**
 * An FCS file annotation (docs/wire.md#fcs-file-fields): a name and a string or number value, such as
 * {@code plate well = "A01"}.
 *
 * @param name the annotation name
 * @param value the value: a JSON string or number ({@code null} when the server sent none)
 * @since 0.1
 */
public record Annotation(@JsonbProperty("name") String name, @JsonbProperty("value") JsonValue value) {

    /**
     * {@return an annotation with a text value}
     *
     * @param name the name
     * @param value the text
     */
    public static Annotation of(String name, String value) {
        return new Annotation(Objects.requireNonNull(name, "name"),
                Json.provider().createValue(Objects.requireNonNull(value, "value")));
    }

    /**
     * {@return an annotation with a number value}
     *
     * @param name the name
     * @param value the number, finite
     * @throws IllegalArgumentException when the number is NaN or infinite
     */
    public static Annotation of(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("annotation '" + name + "' must have a finite number, was " + value);
        }
        Objects.requireNonNull(name, "name");
        boolean whole = value == Math.rint(value) && Math.abs(value) < 0x1p53;
        return new Annotation(name, whole ? Json.provider().createValue((long) value)
                : Json.provider().createValue(value));
    }

    /** {@return the value as text: a string as is, a number in its JSON form, empty when there is none} */
    public String valueAsString() {
        if (value instanceof JsonString) {
            return ((JsonString) value).getString();
        }
        if (value instanceof JsonNumber) {
            return value.toString();
        }
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? "" : value.toString();
    }
}
