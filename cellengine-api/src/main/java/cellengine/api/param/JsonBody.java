package cellengine.api.param;

import jakarta.json.JsonObject;

/**
 * A request body that writes itself as JSON with exactly the keys the caller set, explicit nulls included.
 *
 * @since 0.1
 */
public interface JsonBody {

    /** {@return the JSON object sent as the request body} */
    JsonObject toJson();
}
