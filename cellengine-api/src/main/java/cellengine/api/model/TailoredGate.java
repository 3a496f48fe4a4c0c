package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One gate touched by applying tailoring (docs/wire.md#other-response-shapes): its id and its file. Fetch the gate with
 * {@code getGate} for its full state.
 *
 * @param id the gate's {@code _id}
 * @param fcsFileId the file it is tailored to, or {@code null} when the server leaves it out
 * @since 0.1
 */
public record TailoredGate(@JsonbProperty("_id") String id, @JsonbProperty("fcsFileId") String fcsFileId) {
}
