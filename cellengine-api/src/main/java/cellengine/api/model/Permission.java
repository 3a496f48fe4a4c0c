package cellengine.api.model;

import jakarta.json.bind.annotation.JsonbProperty;

/**
 * An access grant on an experiment or folder (see docs/wire.md#experiment-fields, docs/wire.md#folder-fields): {@code
 * {"grantee": {"_id", …}}}. The creator is the first grantee. Other fields the server stores are ignored.
 *
 * @param grantee the user granted access; may carry only the id
 * @since 0.1
 */
public record Permission(@JsonbProperty("grantee") User grantee) {
}
