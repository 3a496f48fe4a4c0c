package cellengine.api.model;

import cellengine.api.internal.http.Ids;
import cellengine.api.internal.json.Json;
import jakarta.json.JsonValue;

import java.util.Objects;
import java.util.Optional;

/**
 * Which compensation a request or a file uses (docs/wire.md#compensation-fields): one of the special values
 * {@link #uncompensated()} ({@code 0}), {@link #fileInternal()} ({@code -1}) and {@link #perFile()} ({@code -2}),
 * or a stored compensation's id. Sent as a number for the special values and as a string for an id, in JSON bodies
 * and query strings alike.
 *
 * <p>The special codes are also available as {@code int} constants in {@link Compensations}.
 *
 * @since 0.1
 */
public final class CompensationId {

    private static final CompensationId UNCOMPENSATED = new CompensationId(Compensations.UNCOMPENSATED, null);
    private static final CompensationId FILE_INTERNAL = new CompensationId(Compensations.FILE_INTERNAL, null);
    private static final CompensationId PER_FILE = new CompensationId(Compensations.PER_FILE, null);

    private final int code;
    private final String id;

    private CompensationId(int code, String id) {
        this.code = code;
        this.id = id;
    }

    /** {@return no compensation ({@code 0})} */
    public static CompensationId uncompensated() {
        return UNCOMPENSATED;
    }

    /** {@return each file's own spillover matrix ({@code -1}); an error for a file without one} */
    public static CompensationId fileInternal() {
        return FILE_INTERNAL;
    }

    /** {@return each file's own {@code FcsFile.compensation} ({@code -2}); not valid as a file's compensation} */
    public static CompensationId perFile() {
        return PER_FILE;
    }

    /**
     * {@return the value naming a stored compensation}
     *
     * @param compensationId the compensation's 24-hex {@code _id}
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public static CompensationId of(String compensationId) {
        Objects.requireNonNull(compensationId, "compensationId");
        if (!Ids.isId(compensationId)) {
            throw new IllegalArgumentException("compensationId must be a 24-character hex id or one of the codes 0, "
                    + "-1, -2, was '" + compensationId + "'");
        }
        return new CompensationId(1, compensationId);
    }

    /**
     * {@return the special value with this code}
     *
     * @param code {@link Compensations#UNCOMPENSATED} (0), {@link Compensations#FILE_INTERNAL} (-1) or
     *         {@link Compensations#PER_FILE} (-2)
     * @throws IllegalArgumentException for any other code
     */
    public static CompensationId ofCode(int code) {
        switch (code) {
            case Compensations.UNCOMPENSATED:
                return UNCOMPENSATED;
            case Compensations.FILE_INTERNAL:
                return FILE_INTERNAL;
            case Compensations.PER_FILE:
                return PER_FILE;
            default:
                throw new IllegalArgumentException("a special compensation code is 0 (uncompensated), -1 (file-"
                        + "internal) or -2 (per-file), was " + code);
        }
    }

    /**
     * {@return the value read from the wire: a special code written as text ({@code "-1"}) or an id}; ids are
     * taken as stored, without checking their form
     *
     * @param text the string from a JSON body
     */
    public static CompensationId ofWire(String text) {
        switch (text.trim()) {
            case "0":
                return UNCOMPENSATED;
            case "-1":
                return FILE_INTERNAL;
            case "-2":
                return PER_FILE;
            default:
                return new CompensationId(1, text);
        }
    }

    /**
     * {@return the same choice as an experiment's {@link ActiveCompensation}}
     *
     * @param active the experiment's active compensation
     */
    public static CompensationId from(ActiveCompensation active) {
        return Objects.requireNonNull(active, "active").choice();
    }

    /** {@return this choice as an experiment's {@link ActiveCompensation}} */
    public ActiveCompensation toActiveCompensation() {
        return ActiveCompensation.of(this);
    }

    /** {@return the stored compensation's id, when this names one} */
    public Optional<String> compensationId() {
        return Optional.ofNullable(id);
    }

    /** {@return the special code (0, -1 or -2), when this is not a stored compensation} */
    public Optional<Integer> specialCode() {
        return id == null ? Optional.of(code) : Optional.empty();
    }

    /** {@return whether this is one of the special values rather than a stored compensation} */
    public boolean isSpecial() {
        return id == null;
    }

    /** {@return the query-string form: {@code "0"}, {@code "-1"}, {@code "-2"} or the id} */
    public String toQueryValue() {
        return id == null ? Integer.toString(code) : id;
    }

    /** {@return the JSON form: a number for a special value, else the id string} */
    public JsonValue toJson() {
        return id == null ? Json.provider().createValue(code) : Json.provider().createValue(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompensationId && ((CompensationId) o).code == code
                && Objects.equals(((CompensationId) o).id, id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, id);
    }

    @Override
    public String toString() {
        if (id != null) {
            return id;
        }
        return code == 0 ? "UNCOMPENSATED(0)" : code == -1 ? "FILE_INTERNAL(-1)" : "PER_FILE(-2)";
    }
}
