package cellengine.fakeserver.internal.store;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.ObjectIds;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may see a document, and whether it is live. A caller sees an experiment or folder when it is one of
 * its {@code permissions[].grantee._id} (docs/semantics.md#permissions). The order of checks is: unknown id → 404,
 * not a grantee → 403, soft-deleted → 404 (docs/semantics.md#deletion, docs/semantics.md#d15-status-codes).
 */
final class Access {

    private Access() {
    }

    /** {@return the documents the caller may see, in their order} */
    static List<JsonObject> visible(List<JsonObject> documents, Account caller) {
        List<JsonObject> visible = new ArrayList<>();
        for (JsonObject d : documents) {
            if (canSee(d, caller)) {
                visible.add(d);
            }
        }
        return visible;
    }

    static boolean canSee(JsonObject document, Account caller) {
        JsonValue permissions = document.get("permissions");
        if (permissions == null || permissions.getValueType() != JsonValue.ValueType.ARRAY) {
            return false;
        }
        for (JsonValue p : permissions.asJsonArray()) {
            if (p.getValueType() == JsonValue.ValueType.OBJECT) {
                JsonValue grantee = p.asJsonObject().get("grantee");
                if (grantee != null && grantee.getValueType() == JsonValue.ValueType.OBJECT
                        && Json.createValue(caller.id()).equals(grantee.asJsonObject().get("_id"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@return {@code document}, when the caller is one of its grantees}
     *
     * @throws ApiError.Forbidden when the caller is not a grantee
     */
    static JsonObject permitted(JsonObject document, Account caller, String kind) {
        if (!canSee(document, caller)) {
            throw new ApiError.Forbidden("You do not have permission to access " + kind + " "
                    + document.getString("_id") + ".");
        }
        return document;
    }

    /**
     * {@return {@code document}, when it is not soft-deleted}
     *
     * @throws ApiError.NotFound when it is soft-deleted
     */
    static JsonObject live(JsonObject document, String kind) {
        if (!document.isNull("deleted")) {
            throw new ApiError.NotFound(capitalized(kind) + " " + document.getString("_id") + " was deleted at "
                    + document.getString("deleted") + "; PATCH it with {\"deleted\": null} to restore it.");
        }
        return document;
    }

    static ApiError.NotFound notFound(String kind, String id) {
        String hint = ObjectIds.isValid(id) ? "" : " (not a 24-character lowercase hex id)";
        return new ApiError.NotFound(capitalized(kind) + " \"" + id + "\" not found" + hint + ".");
    }

    /** {@return the permissions of a new resource: its creator as the first and only grantee} */
    static JsonArray creatorOnly(Account creator) {
        return Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("grantee", Json.createObjectBuilder().add("_id", creator.id())))
                .build();
    }

    private static String capitalized(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }
}
