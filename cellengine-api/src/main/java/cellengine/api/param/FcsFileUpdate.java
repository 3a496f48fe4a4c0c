package cellengine.api.param;

import cellengine.api.internal.json.Json;
import cellengine.api.model.Annotation;
import cellengine.api.model.CompensationId;
import cellengine.api.model.FcsFile;
import cellengine.api.model.PanelEntry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code PATCH /experiments/{eid}/fcsfiles/{fid}} (docs/wire.md#fcs-files): only the keys that were
 * set are sent. {@code annotations} replaces the whole list.
 *
 * <pre>{@code
 * FcsFile f = client.getFcsFile(eid, fid);
 * List<Annotation> more = new ArrayList<>(f.annotations());
 * more.add(Annotation.of("dose", 5));
 * client.updateFcsFile(eid, fid, FcsFileUpdate.diff(f, f.withAnnotations(more).withFilename("A1.fcs")));
 * }</pre>
 *
 * @since 0.1
 */
public final class FcsFileUpdate extends JsonObjectBody {

    private FcsFileUpdate(JsonObject json) {
        super(json);
    }

    /** {@return a new, empty builder} */
    public static Builder builder() {
        return new Builder(JsonValue.EMPTY_JSON_OBJECT);
    }

    /** {@return a builder holding this body's keys, to derive a changed copy} */
    public Builder toBuilder() {
        return new Builder(toJson());
    }

    /**
     * {@return the update that turns {@code before} into {@code after}: every writable field that differs
     * (annotations are compared by value, so an edited entry is sent, unlike docs/wire.md#quirk-annotation-changes)}
     *
     * @param before the file as loaded
     * @param after the edited copy
     * @throws IllegalArgumentException when the two records have different ids
     */
    public static FcsFileUpdate diff(FcsFile before, FcsFile after) {
        Builder b = builder();
        new Changes<>(before, after, FcsFile::id, "FCS file")
                .field(FcsFile::filename, b::filename)
                .field(FcsFile::panel, b::panel)
                .field(FcsFile::panelName, b::panelName)
                .field(FcsFile::isControl, b::isControl)
                .field(FcsFile::compensation, b::compensation)
                .field(FcsFile::deleted, b::deleted)
                .field(FcsFile::gatesLocked, b::gatesLocked)
                .field(FcsFile::annotations, b::annotations);
        return b.build();
    }

    /** Builds an {@link FcsFileUpdate}. Each setter records one key; not thread-safe. */
    public static final class Builder {
        private final JsonFields fields;

        private Builder(JsonObject seed) {
            this.fields = new JsonFields(seed);
        }

        /**
         * Renames the file.
         *
         * @param value the new file name
         * @return this builder
         */
        public Builder filename(String value) {
            fields.putString("filename", Objects.requireNonNull(value, "filename"));
            return this;
        }

        /**
         * Replaces the panel.
         *
         * @param value the channels: index, {@code $PnN}, {@code $PnS} or {@code null}
         * @return this builder
         */
        public Builder panel(List<PanelEntry> value) {
            JsonArrayBuilder array = Json.provider().createArrayBuilder();
            for (PanelEntry entry : value) {
                Objects.requireNonNull(entry, "panel entry");
                var o = Json.provider().createObjectBuilder();
                o.add("index", entry.index() == null ? JsonValue.NULL : Json.provider().createValue(entry.index()));
                o.add("channel", entry.channel() == null ? JsonValue.NULL
                        : Json.provider().createValue(entry.channel()));
                o.add("reagent", entry.reagent() == null ? JsonValue.NULL
                        : Json.provider().createValue(entry.reagent()));
                array.add(o);
            }
            fields.put("panel", array.build());
            return this;
        }

        /**
         * Renames the panel.
         *
         * @param value the panel name
         * @return this builder
         */
        public Builder panelName(String value) {
            fields.putString("panelName", value);
            return this;
        }

        /**
         * Marks the file as a control or not.
         *
         * @param value whether it is a control
         * @return this builder
         */
        public Builder isControl(boolean value) {
            fields.putBoolean("isControl", value);
            return this;
        }

        /**
         * Sets the file's own compensation, used when a request or the experiment says per-file.
         *
         * @param value uncompensated, file-internal or a compensation id; {@code null} to clear
         * @return this builder
         * @throws IllegalArgumentException for {@link CompensationId#perFile()}, which a file cannot hold
         */
        public Builder compensation(CompensationId value) {
            if (CompensationId.perFile().equals(value)) {
                throw new IllegalArgumentException("an FCS file's compensation cannot be PER_FILE (-2); use "
                        + "uncompensated, fileInternal or a compensation id");
            }
            fields.put("compensation", value == null ? JsonValue.NULL : value.toJson());
            return this;
        }

        /**
         * Soft-deletes ({@code Instant}) or undeletes ({@code null}) the file.
         *
         * @param value the deletion time, or {@code null}
         * @return this builder
         */
        public Builder deleted(Instant value) {
            fields.putInstant("deleted", value);
            return this;
        }

        /**
         * Locks or unlocks the file's gates.
         *
         * @param value whether they are locked
         * @return this builder
         */
        public Builder gatesLocked(boolean value) {
            fields.putBoolean("gatesLocked", value);
            return this;
        }

        /**
         * Replaces the whole annotation list.
         *
         * @param value the annotations
         * @return this builder
         */
        public Builder annotations(List<Annotation> value) {
            JsonArrayBuilder array = Json.provider().createArrayBuilder();
            for (Annotation a : value) {
                array.add(toJson(Objects.requireNonNull(a, "annotation")));
            }
            fields.put("annotations", array.build());
            return this;
        }

        /** {@return the update with the keys set so far} */
        public FcsFileUpdate build() {
            return new FcsFileUpdate(fields.toJson());
        }
    }

    private static JsonValue toJson(Annotation a) {
        return Json.provider().createObjectBuilder().add("name", a.name() == null ? "" : a.name())
                .add("value", a.value() == null ? JsonValue.NULL : a.value()).build();
    }
}
