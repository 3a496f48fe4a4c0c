package cellengine.fakeserver.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.json.stream.JsonParser;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * The factory methods of {@link jakarta.json.Json} this package uses, on one provider looked up once.
 *
 * <p>{@code jakarta.json.Json} looks its provider up through {@link java.util.ServiceLoader} on every call, which
 * measured 28 to 95 µs per {@code createValue} (list routes make such calls for every item); the provider itself
 * answers in well under a microsecond. Classes here use this class under the same name, so the call sites read as
 * plain JSON-P.
 */
final class Json {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Json() {
    }

    static JsonObjectBuilder createObjectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    static JsonObjectBuilder createObjectBuilder(JsonObject object) {
        return PROVIDER.createObjectBuilder(object);
    }

    static JsonArrayBuilder createArrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    static JsonArrayBuilder createArrayBuilder(JsonArray array) {
        return PROVIDER.createArrayBuilder(array);
    }

    static JsonArrayBuilder createArrayBuilder(Collection<?> collection) {
        return PROVIDER.createArrayBuilder(collection);
    }

    static JsonString createValue(String value) {
        return PROVIDER.createValue(value);
    }

    static JsonNumber createValue(int value) {
        return PROVIDER.createValue(value);
    }

    static JsonNumber createValue(long value) {
        return PROVIDER.createValue(value);
    }

    static JsonNumber createValue(double value) {
        return PROVIDER.createValue(value);
    }

    static JsonNumber createValue(BigDecimal value) {
        return PROVIDER.createValue(value);
    }

    static JsonReader createReader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    static JsonReader createReader(InputStream in) {
        return PROVIDER.createReader(in);
    }

    static JsonParser createParser(Reader reader) {
        return PROVIDER.createParser(reader);
    }

    static JsonGeneratorFactory createGeneratorFactory(Map<String, ?> config) {
        return PROVIDER.createGeneratorFactory(config);
    }
}
