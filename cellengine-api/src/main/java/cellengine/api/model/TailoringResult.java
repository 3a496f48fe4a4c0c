package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.util.List;

/**
 * The answer to {@code POST /gates/applyTailored} (docs/wire.md#gates, docs/semantics.md#d8-tailoring): the
 * file-specific gates inserted, updated and deleted.
 *
 * @param inserted gates created for files that had none
 * @param updated gates of files that had one, now with the posted geometry
 * @param deleted file-specific gates removed (the global gate was applied)
 * @since 0.1
 */
public record TailoringResult(
        @JsonbProperty("inserted") List<TailoredGate> inserted,
        @JsonbProperty("updated") List<TailoredGate> updated,
        @JsonbProperty("deleted") List<TailoredGate> deleted) {

    /**
     * Copies the lists; absent ones become empty.
     *
     * @param inserted gates created
     * @param updated gates updated
     * @param deleted gates deleted
     */
    public TailoringResult {
        inserted = Values.list(inserted);
        updated = Values.list(updated);
        deleted = Values.list(deleted);
    }
}
