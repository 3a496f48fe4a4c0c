package cellengine.api.internal.json;

import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Binds {@link Instant} to the wire format of {@link Timestamps}. */
final class InstantCodec implements JsonbSerializer<Instant>, JsonbDeserializer<Instant> {

    @Override
    public void serialize(Instant value, JsonGenerator generator, SerializationContext ctx) {
        generator.write(Timestamps.format(value));
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        JsonParser.Event event = parser.currentEvent();
        if (event == JsonParser.Event.VALUE_NULL || event == JsonParser.Event.VALUE_FALSE) {
            // an old FcsFile fixture has "deleted": false for "not deleted" (docs/wire.md#fcs-file-fields)
            return null;
        }
        if (event != JsonParser.Event.VALUE_STRING) {
            throw new JsonbException("expected a timestamp string, found " + event);
        }
        try {
            return Timestamps.parse(parser.getString());
        } catch (DateTimeParseException e) {
            throw new JsonbException(e.getMessage(), e);
        }
    }
}
