package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.ObjectIds;
import cellengine.fakeserver.internal.json.Timestamps;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Saves and restores the server's state as one JSON document (docs/fake-server.md, "Snapshots"): a format
 * name and version, the users (ids and names, never passwords, codes or tokens), and a map of named collections
 * of stored documents. Import checks the whole document before it changes anything.
 */
public final class Snapshots {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "cellengine-fake-snapshot";
    /** The version this server writes and reads. */
    public static final int VERSION = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    private Snapshots() {
    }

    /**
     * Writes the state, pretty-printed, in UTF-8. The stream is flushed, not closed.
     *
     * @param collections the stores to save, by the name they have in the snapshot
     * @param exported when, for the {@code exported} field
     */
    public static void export(Accounts accounts, Map<String, DocumentStore> collections, Instant exported,
            OutputStream out) {
        Map<String, ?> config = Map.of(JsonGenerator.PRETTY_PRINTING, true);
        JsonGenerator json = Json.createGeneratorFactory(config).createGenerator(out);
        json.writeStartObject()
                .write("format", FORMAT)
                .write("version", VERSION)
                .write("exported", Timestamps.format(exported));
        json.writeStartArray("users");
        accounts.all().stream()
                .sorted(java.util.Comparator.comparing(Account::id))
                .forEach(a -> json.writeStartObject().write("_id", a.id()).write("username", a.username())
                        .writeEnd());
        json.writeEnd();
        json.writeStartObject("collections");
        collections.forEach((name, store) -> {
            json.writeStartArray(name);
            store.snapshot().forEach(json::write);
            json.writeEnd();
        });
        json.writeEnd().writeEnd();
        json.flush();
    }

    /**
     * Replaces every collection with the snapshot's and adds its users that do not exist yet. A user whose
     * name exists already keeps its current {@code _id}; references to the snapshot's id are rewritten.
     *
     * @param stores the stores to replace, by the name they have in the snapshot
     * @param source names the snapshot in error messages
     * @return the users created
     * @throws IllegalArgumentException when the snapshot is not valid, naming the source and the place
     */
    public static List<Account> importFrom(Accounts accounts, Map<String, DocumentStore> stores, InputStream in,
            String source) {
        JsonObject root = parse(in, source);
        Problems at = new Problems(source);
        String format = root.get("format") instanceof JsonString ? root.getString("format") : null;
        if (!FORMAT.equals(format)) {
            throw at.error("format", "must be \"" + FORMAT + "\", was " + root.get("format"));
        }
        if (!(root.get("version") instanceof JsonNumber) || !((JsonNumber) root.get("version")).isIntegral()) {
            throw at.error("version", "must be an integer, was " + root.get("version"));
        }
        int version = root.getInt("version");
        if (version != VERSION) {
            throw at.error("version", version + " is not readable by this fake server, which reads version "
                    + VERSION + (version > VERSION ? "; the snapshot comes from a newer fake server" : ""));
        }
        Map<String, String> remap = new HashMap<>();
        List<JsonObject> newUsers = users(accounts, root.get("users"), at, remap);
        Map<String, List<JsonObject>> loaded = collections(root.get("collections"), stores.keySet(), at, remap);

        List<Account> created = new ArrayList<>();
        for (JsonObject u : newUsers) {
            String password = u.containsKey("password") ? u.getString("password") : randomPassword();
            String otp = u.containsKey("otpCode") ? u.getString("otpCode") : null;
            created.add(accounts.add(u.getString("_id"), u.getString("username"), password, otp));
        }
        stores.forEach((name, store) -> store.replaceAll(loaded.getOrDefault(name, List.of())));
        return created;
    }

    private static JsonObject parse(InputStream in, String source) {
        try (JsonReader reader = Json.createReader(in)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException("snapshot " + source + ": the top level must be a JSON object, "
                        + "was " + value.getValueType().name().toLowerCase(java.util.Locale.ROOT));
            }
            return value.asJsonObject();
        } catch (JsonException e) {
            throw new IllegalArgumentException("snapshot " + source + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static List<JsonObject> users(Accounts accounts, JsonValue value, Problems at, Map<String, String> remap) {
        List<JsonObject> fresh = new ArrayList<>();
        if (value == null) {
            return fresh;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw at.error("users", "must be an array");
        }
        Set<String> names = new HashSet<>();
        JsonArray array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            String path = "users[" + i + "]";
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw at.error(path, "must be an object");
            }
            JsonObject user = array.getJsonObject(i);
            String id = id(user, path, at);
            String username = string(user, "username", path, at, true);
            string(user, "password", path, at, false);
            string(user, "otpCode", path, at, false);
            if (username.isBlank() || !names.add(username.toLowerCase(java.util.Locale.ROOT))) {
                throw at.error(path + ".username", "must be non-blank and unique, was \"" + username + "\"");
            }
            Account existing = accounts.byName(username).orElse(null);
            if (existing != null) {
                if (!existing.id().equals(id)) {
                    remap.put(id, existing.id());
                }
            } else if (accounts.byId(id).isPresent()) {
                throw at.error(path + "._id", id + " belongs to another user of this server");
            } else {
                fresh.add(user);
            }
        }
        return fresh;
    }

    private static Map<String, List<JsonObject>> collections(JsonValue value, Set<String> known, Problems at,
                                                             Map<String, String> remap) {
        Map<String, List<JsonObject>> loaded = new LinkedHashMap<>();
        if (value == null) {
            return loaded;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw at.error("collections", "must be an object of named arrays");
        }
        for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
            String name = entry.getKey();
            String path = "collections." + name;
            if (!known.contains(name)) {
                throw at.error(path, "is not a collection this fake server stores (it stores " + known + ")");
            }
            if (entry.getValue().getValueType() != JsonValue.ValueType.ARRAY) {
                throw at.error(path, "must be an array of documents");
            }
            JsonArray array = entry.getValue().asJsonArray();
            List<JsonObject> documents = new ArrayList<>(array.size());
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                String item = path + "[" + i + "]";
                if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                    throw at.error(item, "must be an object");
                }
                JsonObject document = array.getJsonObject(i);
                if (!ids.add(id(document, item, at))) {
                    throw at.error(item + "._id", document.getString("_id") + " appears twice in " + name);
                }
                documents.add(remap.isEmpty() ? document : (JsonObject) rewrite(document, remap));
            }
            loaded.put(name, documents);
        }
        return loaded;
    }

    /** Replaces every string equal to a remapped user id, at any depth. */
    private static JsonValue rewrite(JsonValue value, Map<String, String> remap) {
        switch (value.getValueType()) {
            case STRING:
                String replacement = remap.get(((JsonString) value).getString());
                return replacement == null ? value : Json.createValue(replacement);
            case OBJECT:
                JsonObjectBuilder object = Json.createObjectBuilder();
                value.asJsonObject().forEach((k, v) -> object.add(k, rewrite(v, remap)));
                return object.build();
            case ARRAY:
                JsonArrayBuilder array = Json.createArrayBuilder();
                value.asJsonArray().forEach(v -> array.add(rewrite(v, remap)));
                return array.build();
            default:
                return value;
        }
    }

    private static String id(JsonObject object, String path, Problems at) {
        JsonValue id = object.get("_id");
        if (!(id instanceof JsonString) || !ObjectIds.isValid(((JsonString) id).getString())) {
            throw at.error(path + "._id", "must be 24 lower-case hex characters, was " + id);
        }
        return ((JsonString) id).getString();
    }

    private static String string(JsonObject object, String field, String path, Problems at, boolean required) {
        JsonValue value = object.get(field);
        if (value == null && !required) {
            return null;
        }
        if (!(value instanceof JsonString) || ((JsonString) value).getString().isEmpty()) {
            // never echo a password or code
            throw at.error(path + "." + field, "must be a non-empty string");
        }
        return ((JsonString) value).getString();
    }

    private static String randomPassword() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return ObjectIds.hex(bytes);
    }

    /** Builds messages that name the snapshot and the place in it. */
    private static final class Problems {
        private final String source;

        Problems(String source) {
            this.source = source;
        }

        IllegalArgumentException error(String path, String problem) {
            return new IllegalArgumentException("snapshot " + source + ": " + path + " " + problem);
        }
    }
}
