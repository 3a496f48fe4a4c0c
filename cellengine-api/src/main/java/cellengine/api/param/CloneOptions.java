package cellengine.api.param;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.util.List;

/**
 * The body of {@code POST /experiments/{eid}/clone} (docs/wire.md#experiments): an optional new name and folder
 * path. Unset options are not sent; the server then names the clone {@code "<original name>-1"}.
 *
 * <pre>{@code
 * client.cloneExperiment(eid, CloneOptions.builder().name("Run 7 copy").path(List.of(folderId)).build());
 * }</pre>
 *
 * @since 0.1
 */
public final class CloneOptions extends JsonObjectBody {

    private static final CloneOptions DEFAULTS = builder().build();

    private CloneOptions(JsonObject json) {
        super(json);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** {@return options that set nothing: {@code {}}} */
    public static CloneOptions defaults() {
        return DEFAULTS;
    }

    /**
     * {@return options that set the clone's name}
     *
     * @param name the name
     */
    public static CloneOptions named(String name) {
        return builder().name(name).build();
    }

    /** {@return a builder holding these options, to derive a changed copy} */
    public Builder toBuilder() {
        return new Builder(toJson());
    }

    /** {@return the clone's name, or {@code null} for the server's default} */
    public String name() {
        return toJson().containsKey("name") ? toJson().getString("name") : null;
    }

    /** {@return the clone's folder ids, or {@code null} for the server's default} */
    public List<String> path() {
        return toJson().containsKey("path") ? toJson().getJsonArray("path").getValuesAs(JsonString::getString)
                : null;
    }

    /** Builds {@link CloneOptions}; setters refuse bad values at once. Not thread-safe. */
    public static final class Builder extends PlacementBuilder<Builder> {

        private Builder(JsonObject seed) {
            super(seed);
        }

        /** {@return the options} */
        public CloneOptions build() {
            return new CloneOptions(fields.toJson());
        }
    }
}
