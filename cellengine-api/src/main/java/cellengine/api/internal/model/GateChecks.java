package cellengine.api.internal.model;

import java.util.List;
import java.util.Objects;

/** Checks shared by the gate records and builders. */
public final class GateChecks {

    private GateChecks() {
    }

    public static double finite(String what, Double value) {
        Objects.requireNonNull(value, what);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be finite, was " + value);
        }
        return value;
    }

    public static double positive(String what, double value) {
        finite(what, value);
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " must be > 0, was " + value);
        }
        return value;
    }

    /** Copies a per-sector list, which is either empty (not given) or has one entry per sector. */
    public static <T> List<T> sectors(String type, String what, List<T> values, int sectors) {
        List<T> copy = values == null ? List.of() : List.copyOf(values);
        if (!copy.isEmpty() && copy.size() != sectors) {
            throw new IllegalArgumentException(type + " has " + sectors + " sectors, so " + what + " needs "
                    + sectors + " entries, was given " + copy.size() + ": " + copy);
        }
        return copy;
    }

    public static String channel(String type, String which, String channel) {
        Objects.requireNonNull(channel, () -> type + " needs " + which);
        if (channel.isBlank()) {
            throw new IllegalArgumentException(type + " " + which + " must not be blank");
        }
        return channel;
    }
}
