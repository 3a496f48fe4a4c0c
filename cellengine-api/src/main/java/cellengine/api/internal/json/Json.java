package cellengine.api.internal.json;

import cellengine.analysis.scale.Scale;
import cellengine.api.model.ActiveCompensation;
import cellengine.api.model.CompensationId;
import cellengine.api.model.Gate;
import cellengine.api.param.JsonBody;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The SDK's JSON: JSON-B (Yasson) for entity records, JSON-P (Parsson) for raw values and request bodies.
 *
 * <p>Entities bind tolerantly: unknown fields are ignored, missing ones become {@code null} or empty, timestamps
 * accept any ISO-8601 form. Request bodies are built as JSON-P values so that explicit nulls survive (JSON-B leaves
 * null components out).
 */
public final class Json {

    private Json() {
    }

    /** {@return the JSON-P provider, for building values} */
    public static JsonProvider provider() {
        return JsonProviders.jsonp();
    }

    /**
     * Binds JSON to a type.
     *
     * @param json the UTF-8 bytes
     * @param type the target type
     * @param <T> the target type
     * @return the bound value; {@code null} when the JSON is {@code null}
     * @throws MalformedJsonException when the bytes are not JSON or do not fit the type
     */
    public static <T> T read(byte[] json, Class<T> type) {
        return bind(json, type);
    }

    /**
     * Binds a JSON array to a list.
     *
     * @param json the UTF-8 bytes
     * @param elementType the element type
     * @param <T> the element type
     * @return the list
     * @throws MalformedJsonException when the bytes are not a JSON array of that type
     */
    public static <T> List<T> readList(byte[] json, Class<T> elementType) {
        JsonValue value = readValue(json);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new MalformedJsonException("expected a JSON array, found " + describe(value));
        }
        List<T> list = bind(json, new ListType(elementType));
        int at = list.indexOf(null);
        if (at >= 0) {
            throw new MalformedJsonException("element " + at + " of the array is null where "
                    + elementType.getSimpleName() + " was expected");
        }
        return List.copyOf(list);
    }

    /**
     * Binds a JSON value (already parsed) to a type.
     *
     * @param value the JSON value
     * @param type the target type
     * @param <T> the target type
     * @return the bound value
     * @throws MalformedJsonException when the value does not fit the type
     */
    public static <T> T read(JsonValue value, Class<T> type) {
        return bind(value.toString().getBytes(StandardCharsets.UTF_8), type);
    }

    /**
     * Parses any JSON value.
     *
     * @param json the UTF-8 bytes
     * @return the value
     * @throws MalformedJsonException when the bytes are empty or not JSON
     */
    public static JsonValue readValue(byte[] json) {
        if (isBlank(json)) {
            throw new MalformedJsonException("the body is empty where JSON was expected");
        }
        try (JsonReader reader = JsonProviders.jsonp().createReader(new ByteArrayInputStream(json))) {
            return reader.readValue();
        } catch (JsonParsingException e) {
            throw new MalformedJsonException("the body is not valid JSON: " + e.getMessage(), e);
        } catch (JsonException e) {
            throw new MalformedJsonException("the body is not valid JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Writes an entity record (or any JSON-B bindable object) as JSON text, leaving null components out.
     *
     * @param value the object
     * @return the JSON text
     */
    public static String writeEntity(Object value) {
        return JsonProviders.jsonb().toJson(value);
    }

    /**
     * Converts a request body to a JSON value.
     *
     * @param body a {@link JsonValue}, a {@link JsonBody} (request types), a {@link Map}, an {@link Iterable} or
     *         array, a string, number, boolean, {@link Instant}, or an entity record; {@code null} is JSON null
     * @return the JSON value; map entries and list elements that are null stay as JSON null
     * @throws IllegalArgumentException when the body cannot be written as JSON, naming the offending type
     */
    public static JsonValue toJsonValue(Object body) {
        if (body == null) {
            return JsonValue.NULL;
        }
        if (body instanceof JsonValue) {
            return (JsonValue) body;
        }
        if (body instanceof JsonBody) {
            return ((JsonBody) body).toJson();
        }
        if (body instanceof ActiveCompensation) {
            return ((ActiveCompensation) body).toJson();
        }
        if (body instanceof CompensationId) {
            return ((CompensationId) body).toJson();
        }
        if (body instanceof Scale) {
            return ScaleCodec.toJson((Scale) body);
        }
        if (body instanceof Gate) {
            return GateCodec.toJson((Gate) body);
        }
        if (body instanceof String) {
            return JsonProviders.jsonp().createValue((String) body);
        }
        if (body instanceof Boolean) {
            return (Boolean) body ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (body instanceof Integer || body instanceof Long || body instanceof Short || body instanceof Byte) {
            return JsonProviders.jsonp().createValue(((Number) body).longValue());
        }
        if (body instanceof Double || body instanceof Float) {
            double d = ((Number) body).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no representation for the number " + d);
            }
            return JsonProviders.jsonp().createValue(d);
        }
        if (body instanceof BigDecimal) {
            return JsonProviders.jsonp().createValue((BigDecimal) body);
        }
        if (body instanceof BigInteger) {
            return JsonProviders.jsonp().createValue((BigInteger) body);
        }
        if (body instanceof Instant) {
            return JsonProviders.jsonp().createValue(Timestamps.format((Instant) body));
        }
        if (body instanceof Enum) {
            return JsonProviders.jsonp().createValue(((Enum<?>) body).name());
        }
        if (body instanceof Map) {
            JsonObjectBuilder object = JsonProviders.jsonp().createObjectBuilder();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) body).entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException("JSON object keys must be strings, found "
                            + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
                }
                object.add((String) e.getKey(), toJsonValue(e.getValue()));
            }
            return object.build();
        }
        if (body instanceof Iterable) {
            JsonArrayBuilder array = JsonProviders.jsonp().createArrayBuilder();
            for (Object item : (Iterable<?>) body) {
                array.add(toJsonValue(item));
            }
            return array.build();
        }
        if (body.getClass().isArray()) {
            JsonArrayBuilder array = JsonProviders.jsonp().createArrayBuilder();
            int n = Array.getLength(body);
            for (int i = 0; i < n; i++) {
                array.add(toJsonValue(Array.get(body, i)));
            }
            return array.build();
        }
        String text;
        try {
            text = JsonProviders.jsonb().toJson(body);
        } catch (JsonbException e) {
            throw new IllegalArgumentException("a request body of type " + body.getClass().getName()
                    + " cannot be written as JSON: " + e.getMessage(), e);
        }
        try (JsonReader reader = JsonProviders.jsonp().createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }

    /**
     * {@return a JSON value as plain Java values: a {@code String}, {@code BigDecimal}, {@code Boolean},
     * {@code null}, an ordered {@code Map} or a {@code List}}
     *
     * @param value the JSON value
     */
    public static Object toJava(JsonValue value) {
        switch (value.getValueType()) {
            case STRING:
                return ((jakarta.json.JsonString) value).getString();
            case NUMBER:
                return ((jakarta.json.JsonNumber) value).bigDecimalValue();
            case TRUE:
                return Boolean.TRUE;
            case FALSE:
                return Boolean.FALSE;
            case NULL:
                return null;
            case ARRAY: {
                java.util.List<Object> list = new java.util.ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(toJava(v)));
                return list;
            }
            default: {
                Map<String, Object> map = new java.util.LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, toJava(v)));
                return map;
            }
        }
    }

    /**
     * {@return a short description of a JSON value's kind for error messages, such as {@code "an object"}}
     *
     * @param value the value
     */
    public static String describe(JsonValue value) {
        switch (value.getValueType()) {
            case ARRAY:
                return "an array";
            case OBJECT:
                return "an object";
            case STRING:
                return "a string";
            case NUMBER:
                return "a number";
            case NULL:
                return "null";
            default:
                return "a boolean";
        }
    }

    private static <T> T bind(byte[] json, Type type) {
        if (isBlank(json)) {
            throw new MalformedJsonException("the body is empty where JSON was expected");
        }
        try {
            return JsonProviders.jsonb().fromJson(new ByteArrayInputStream(json), type);
        } catch (JsonbException | JsonException | IllegalArgumentException | ClassCastException e) {
            for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof JsonParsingException) {
                    throw new MalformedJsonException("the body is not valid JSON: " + t.getMessage(), e);
                }
            }
            throw new MalformedJsonException("the body does not bind to " + simpleName(type) + ": "
                    + rootMessage(e), e);
        }
    }

    private static String simpleName(Type type) {
        return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.getTypeName()
                .replaceAll("[a-z]+\\.", "");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        String message = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return Objects.toString(message, e.getClass().getSimpleName());
    }

    private static boolean isBlank(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
