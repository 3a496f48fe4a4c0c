package cellengine.api.param;

import cellengine.analysis.fcs.Spillover;
import cellengine.api.internal.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The body of {@code POST /experiments/{eid}/compensations} (cellengine-api.md §2.5):
 * {@code {"name", "channels": [N names], "spillMatrix": [N² numbers, row-major]}}.
 *
 * @param name the compensation's name
 * @param channels the N distinct channel names ({@code $PnN}), in matrix order
 * @param spillMatrix the N² spill values, row-major, all finite
 * @since 0.1
 */
public record CompensationCreate(String name, List<String> channels, double[] spillMatrix) implements JsonBody {

    /**
     * Checks and copies the body.
     *
     * @param name the compensation's name
     * @param channels the N distinct channel names, in matrix order
     * @param spillMatrix the N² spill values, row-major
     * @throws IllegalArgumentException when there are no channels, a channel is blank or repeated, the matrix does
     *         not hold N² values, or a value is not finite (the Python client's {@code TypeError} and
     *         {@code ValueError} cases)
     */
    public CompensationCreate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(channels, "channels");
        Objects.requireNonNull(spillMatrix, "spillMatrix");
        channels = List.copyOf(channels);
        spillMatrix = spillMatrix.clone();
        check(channels, spillMatrix);
    }

    /**
     * {@return a body holding a file's spillover under a new name}
     *
     * @param name the compensation's name
     * @param spillover the spill matrix, for example {@code fcsFile.spillover().orElseThrow()}
     */
    public static CompensationCreate of(String name, Spillover spillover) {
        Objects.requireNonNull(spillover, "spillover");
        return new CompensationCreate(name, spillover.parameterNames(), spillover.matrix());
    }

    /** {@return a copy of the row-major spill matrix} */
    @Override
    public double[] spillMatrix() {
        return spillMatrix.clone();
    }

    @Override
    public JsonObject toJson() {
        return Json.provider().createObjectBuilder().add("name", name).add("channels", strings(channels))
                .add("spillMatrix", numbers(spillMatrix)).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompensationCreate && ((CompensationCreate) o).name.equals(name)
                && ((CompensationCreate) o).channels.equals(channels)
                && Arrays.equals(((CompensationCreate) o).spillMatrix, spillMatrix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, channels, Arrays.hashCode(spillMatrix));
    }

    @Override
    public String toString() {
        return "CompensationCreate" + toJson();
    }

    static void check(List<String> channels, double[] spillMatrix) {
        int n = channels.size();
        if (n == 0) {
            throw new IllegalArgumentException("a compensation needs at least one channel");
        }
        Set<String> seen = new HashSet<>();
        for (String channel : channels) {
            if (channel == null || channel.isBlank()) {
                throw new IllegalArgumentException("compensation channels must not be null or blank: " + channels);
            }
            if (!seen.add(channel)) {
                throw new IllegalArgumentException("compensation channel '" + channel + "' is named twice in "
                        + channels);
            }
        }
        if (spillMatrix.length != n * n) {
            throw new IllegalArgumentException("spillMatrix for " + n + " channels needs " + n * n
                    + " values (row-major), was given " + spillMatrix.length);
        }
        for (int k = 0; k < spillMatrix.length; k++) {
            if (!Double.isFinite(spillMatrix[k])) {
                throw new IllegalArgumentException("spillMatrix value at row " + k / n + ", column " + k % n
                        + " is " + spillMatrix[k] + "; every value must be finite");
            }
        }
    }

    static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        values.forEach(array::add);
        return array;
    }

    static JsonArrayBuilder numbers(double[] values) {
        JsonArrayBuilder array = Json.provider().createArrayBuilder();
        for (double v : values) {
            array.add(v);
        }
        return array;
    }
}
