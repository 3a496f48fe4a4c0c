package cellengine.api.model;

import cellengine.api.internal.http.Ids;
import cellengine.api.internal.json.Json;
import jakarta.json.JsonValue;

import java.util.Objects;
import java.util.Optional;

/**
 * The compensation an experiment applies: one of the special values {@link #UNCOMPENSATED} ({@code 0}),
 * {@link #FILE_INTERNAL} ({@code -1}) and {@link #PER_FILE} ({@code -2}), or a compensation id. On the wire it is a
 * number or a string (see docs/wire.md#compensation-fields).
 *
 * @since 0.1
 */
public final class ActiveCompensation {

    /** No compensation ({@code 0}). */
    public static final ActiveCompensation UNCOMPENSATED = new ActiveCompensation(0, null);
    /** Each file's own spillover matrix ({@code -1}). */
    public static final ActiveCompensation FILE_INTERNAL = new ActiveCompensation(-1, null);
    /** Each file's own {@code FcsFile.compensation} ({@code -2}). */
    public static final ActiveCompensation PER_FILE = new ActiveCompensation(-2, null);

    private final int code;
    private final String compensationId;

    private ActiveCompensation(int code, String compensationId) {
        this.code = code;
        this.compensationId = compensationId;
    }

    /**
     * {@return the value naming a stored compensation}
     *
     * @param compensationId the compensation's 24-hex {@code _id}
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public static ActiveCompensation of(String compensationId) {
        Objects.requireNonNull(compensationId, "compensationId");
        if (!Ids.isId(compensationId)) {
            throw new IllegalArgumentException("compensationId must be a 24-character hex id, was '"
                    + compensationId + "'");
        }
        return new ActiveCompensation(1, compensationId);
    }

    /**
     * {@return the special value with the given code}
     *
     * @param code {@code 0}, {@code -1} or {@code -2}
     * @throws IllegalArgumentException for any other code
     */
    public static ActiveCompensation ofCode(int code) {
        switch (code) {
            case 0:
                return UNCOMPENSATED;
            case -1:
                return FILE_INTERNAL;
            case -2:
                return PER_FILE;
            default:
                throw new IllegalArgumentException("a special compensation is 0, -1 or -2, was " + code);
        }
    }

    /**
     * {@return the value read from a JSON string: a compensation id, or a special code written as text}
     *
     * @param text the string from the wire
     */
    public static ActiveCompensation ofWire(String text) {
        switch (text.trim()) {
            case "0":
                return UNCOMPENSATED;
            case "-1":
                return FILE_INTERNAL;
            case "-2":
                return PER_FILE;
            default:
                // tolerate ids the server has stored whatever their form: this is read, not validated, data
                return new ActiveCompensation(1, text);
            }
    }

    /** {@return the compensation id, when this names a stored compensation} */
    public Optional<String> compensationId() {
        return Optional.ofNullable(compensationId);
    }

    /** {@return the special code (0, -1, -2), when this is not a stored compensation} */
    public Optional<Integer> specialCode() {
        return compensationId == null ? Optional.of(code) : Optional.empty();
    }

    /** {@return the wire form: a number for a special value, else the id string} */
    public JsonValue toJson() {
        return compensationId == null ? Json.provider().createValue(code)
                : Json.provider().createValue(compensationId);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActiveCompensation && ((ActiveCompensation) o).code == code
                && Objects.equals(((ActiveCompensation) o).compensationId, compensationId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, compensationId);
    }

    @Override
    public String toString() {
        if (compensationId != null) {
            return compensationId;
        }
        return code == 0 ? "UNCOMPENSATED(0)" : code == -1 ? "FILE_INTERNAL(-1)" : "PER_FILE(-2)";
    }
}
