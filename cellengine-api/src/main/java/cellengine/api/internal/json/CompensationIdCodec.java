package cellengine.api.internal.json;

import cellengine.api.model.CompensationId;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/** Binds {@link CompensationId} to its wire form: a number (0, -1, -2), a compensation id string, or null. */
final class CompensationIdCodec implements JsonbSerializer<CompensationId>, JsonbDeserializer<CompensationId> {

    @Override
    public void serialize(CompensationId value, JsonGenerator generator, SerializationContext ctx) {
        generator.write(value.toJson());
    }

    @Override
    public CompensationId deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        JsonParser.Event event = parser.currentEvent();
        switch (event) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER:
                try {
                    return CompensationId.ofCode(parser.getBigDecimal().intValueExact());
                } catch (ArithmeticException | IllegalArgumentException e) {
                    throw new JsonbException("compensation: " + e.getMessage(), e);
                }
            case VALUE_STRING:
                return CompensationId.ofWire(parser.getString());
            default:
                throw new JsonbException("a compensation must be a number or a compensation id, found " + event);
        }
    }
}
