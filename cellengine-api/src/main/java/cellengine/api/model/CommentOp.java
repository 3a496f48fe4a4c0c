package cellengine.api.model;

import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * One operation of an experiment's rich-text comments, a Quill delta: {@code {"insert": str, "attributes"?: {…}}}
 * (see docs/wire.md#experiment-fields).
 *
 * @param insert the text inserted
 * @param attributes formatting, or {@code null} for plain text
 * @since 0.1
 */
public record CommentOp(@JsonbProperty("insert") String insert, @JsonbProperty("attributes") JsonObject attributes) {

    /**
     * {@return a plain-text operation}
     *
     * @param text the text; a comment's last operation ends with a newline
     */
    public static CommentOp text(String text) {
        return new CommentOp(text, null);
    }
}
