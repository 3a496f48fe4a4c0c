package cellengine.api.internal.json;

import cellengine.api.model.ActiveCompensation;
import cellengine.api.model.CompensationId;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Binds a reference to a compensation to its wire form: a number (0 uncompensated, -1 file-internal, -2 per file),
 * a compensation id string, or null. One codec for both reference types, {@link ActiveCompensation} (an
 * experiment's {@code activeCompensation}) and {@link CompensationId} (an FCS file's {@code compensation}).
 *
 * @param <T> the reference type
 */
class CompensationReferenceCodec<T> implements JsonbSerializer<T>, JsonbDeserializer<T> {

    private final String field;
    private final IntFunction<T> ofCode;
    private final Function<String, T> ofWire;
    private final Function<T, JsonValue> toJson;

    private CompensationReferenceCodec(String field, IntFunction<T> ofCode, Function<String, T> ofWire,
                                       Function<T, JsonValue> toJson) {
        this.field = field;
        this.ofCode = ofCode;
        this.ofWire = ofWire;
        this.toJson = toJson;
    }

    // JSON-B finds a codec by the type argument of its class, so each factory makes a subclass ({}) that names it.

    /** {@return the codec of {@link ActiveCompensation}} */
    static CompensationReferenceCodec<ActiveCompensation> activeCompensation() {
        return new CompensationReferenceCodec<ActiveCompensation>("activeCompensation", ActiveCompensation::ofCode,
                ActiveCompensation::ofWire, ActiveCompensation::toJson) { };
    }

    /** {@return the codec of {@link CompensationId}} */
    static CompensationReferenceCodec<CompensationId> compensationId() {
        return new CompensationReferenceCodec<CompensationId>("compensation", CompensationId::ofCode,
                CompensationId::ofWire, CompensationId::toJson) { };
    }

    @Override
    public final void serialize(T value, JsonGenerator generator, SerializationContext ctx) {
        generator.write(toJson.apply(value));
    }

    @Override
    public final T deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        JsonParser.Event event = parser.currentEvent();
        switch (event) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER:
                try {
                    return ofCode.apply(parser.getBigDecimal().intValueExact());
                } catch (ArithmeticException | IllegalArgumentException e) {
                    throw new JsonbException(field + ": " + e.getMessage(), e);
                }
            case VALUE_STRING:
                return ofWire.apply(parser.getString());
            default:
                throw new JsonbException(field + " must be a number or a compensation id, found " + event);
        }
    }
}
