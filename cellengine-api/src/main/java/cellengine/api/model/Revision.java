package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

import java.time.Instant;

/**
 * A saved revision of an experiment (see docs/wire.md#experiments and docs/wire.md#experiment-fields). Only {@code
 * description} is relied on; the other components are {@code null} when the server does not send them.
 *
 * @param id the revision's {@code _id}, or {@code null}
 * @param description the description given when the revision was saved
 * @param created when it was saved, or {@code null}
 * @since 0.1
 */
public record Revision(
        @JsonbProperty("_id") String id,
        @JsonbProperty("description") String description,
        @JsonbProperty("created") Instant created) {
}
