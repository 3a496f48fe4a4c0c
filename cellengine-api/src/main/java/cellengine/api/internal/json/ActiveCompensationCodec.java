package cellengine.api.internal.json;

import cellengine.api.model.ActiveCompensation;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/** Binds {@link ActiveCompensation} to its wire form: a number (0, -1, -2) or a compensation id string. */
final class ActiveCompensationCodec implements JsonbSerializer<ActiveCompensation>,
        JsonbDeserializer<ActiveCompensation> {

    @Override
    public void serialize(ActiveCompensation value, JsonGenerator generator, SerializationContext ctx) {
        generator.write(value.toJson());
    }

    @Override
    public ActiveCompensation deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        JsonParser.Event event = parser.currentEvent();
        switch (event) {
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER:
                try {
                    return ActiveCompensation.ofCode(parser.getBigDecimal().intValueExact());
                } catch (ArithmeticException | IllegalArgumentException e) {
                    throw new JsonbException("activeCompensation: " + e.getMessage(), e);
                }
            case VALUE_STRING:
                return ActiveCompensation.ofWire(parser.getString());
            default:
                throw new JsonbException("activeCompensation must be a number or a compensation id, found "
                        + event);
        }
    }
}
