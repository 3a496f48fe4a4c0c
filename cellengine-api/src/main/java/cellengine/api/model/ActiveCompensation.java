package cellengine.api.model;

import jakarta.json.JsonValue;

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
    public static final ActiveCompensation UNCOMPENSATED = new ActiveCompensation(CompensationId.uncompensated());
    /** Each file's own spillover matrix ({@code -1}). */
    public static final ActiveCompensation FILE_INTERNAL = new ActiveCompensation(CompensationId.fileInternal());
    /** Each file's own {@code FcsFile.compensation} ({@code -2}). */
    public static final ActiveCompensation PER_FILE = new ActiveCompensation(CompensationId.perFile());

    // The same choice as a CompensationId, which holds the parsing, checks and wire form of both types.
    private final CompensationId choice;

    private ActiveCompensation(CompensationId choice) {
        this.choice = choice;
    }

    /**
     * {@return the value naming a stored compensation}
     *
     * @param compensationId the compensation's 24-hex {@code _id}
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public static ActiveCompensation of(String compensationId) {
        return new ActiveCompensation(CompensationId.of(compensationId));
    }

    /**
     * {@return the special value with the given code}
     *
     * @param code {@code 0}, {@code -1} or {@code -2}
     * @throws IllegalArgumentException for any other code
     */
    public static ActiveCompensation ofCode(int code) {
        return of(CompensationId.ofCode(code));
    }

    /**
     * {@return the value read from a JSON string: a compensation id, or a special code written as text}
     *
     * @param text the string from the wire
     */
    public static ActiveCompensation ofWire(String text) {
        return of(CompensationId.ofWire(text));
    }

    /** {@return the same choice as an experiment's active compensation, a shared constant for a special value} */
    static ActiveCompensation of(CompensationId choice) {
        if (!choice.isSpecial()) {
            return new ActiveCompensation(choice);
        }
        int code = choice.specialCode().orElseThrow();
        return code == Compensations.UNCOMPENSATED ? UNCOMPENSATED
                : code == Compensations.FILE_INTERNAL ? FILE_INTERNAL : PER_FILE;
    }

    /** {@return the same choice as a {@link CompensationId}} */
    CompensationId choice() {
        return choice;
    }

    /** {@return the compensation id, when this names a stored compensation} */
    public Optional<String> compensationId() {
        return choice.compensationId();
    }

    /** {@return the special code (0, -1, -2), when this is not a stored compensation} */
    public Optional<Integer> specialCode() {
        return choice.specialCode();
    }

    /** {@return the wire form: a number for a special value, else the id string} */
    public JsonValue toJson() {
        return choice.toJson();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActiveCompensation && ((ActiveCompensation) o).choice.equals(choice);
    }

    @Override
    public int hashCode() {
        return choice.hashCode();
    }

    @Override
    public String toString() {
        return choice.toString();
    }
}
