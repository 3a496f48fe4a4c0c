package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;

/**
 * A file attached to an experiment, with every field of docs/wire.md#attachment-fields. Its bytes are fetched with
 * {@code CellEngine.downloadAttachment}.
 *
 * <p>Bound with JSON-B: unknown fields are ignored, missing ones are {@code null}.
 *
 * @param id the attachment's {@code _id}
 * @param experimentId the experiment it belongs to
 * @param filename the file name; by-name lookups match it
 * @param size the size in bytes
 * @param md5 the MD5 of the bytes, lower-case hex
 * @param crc32c the CRC-32C (Castagnoli) of the bytes, 8 lower-case hex digits, big-endian
 * @param created when it was uploaded
 * @param version the storage version key {@code __v}, or {@code null}
 * @since 0.1
 */
public record Attachment(
        @JsonbProperty("_id") String id,
        @JsonbProperty("experimentId") String experimentId,
        @JsonbProperty("filename") String filename,
        @JsonbProperty("size") Long size,
        @JsonbProperty("md5") String md5,
        @JsonbProperty("crc32c") String crc32c,
        @JsonbProperty("created") Instant created,
        @JsonbProperty("__v") Integer version) {

    /**
     * {@return a copy with another {@code filename}}
     *
     * @param value the new value
     */
    public Attachment withFilename(String value) {
        return new Attachment(id, experimentId, value, size, md5, crc32c, created, version);
    }
}
