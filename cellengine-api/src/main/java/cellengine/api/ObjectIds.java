package cellengine.api;

import cellengine.api.internal.http.Ids;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ids in the MongoDB ObjectId layout that CellEngine uses for every resource (docs/wire.md#identifiers): the Python
 * client's {@code generate_id} and {@code get_id_timestamp}. A new id has 4 bytes of big-endian Unix seconds, 5
 * random bytes fixed for the process, and a 3-byte big-endian counter that starts at a random value and wraps after
 * {@code 0xFFFFFF}: 24 lower-case hex characters. Gate builders use it for gids and sector gids. Thread-safe.
 *
 * <pre>{@code
 * String gid = ObjectIds.generate();                                   // "65f0c1…"
 * Instant created = ObjectIds.timestamp(experiment.id());              // when the server made the experiment
 * }</pre>
 *
 * @since 0.1
 */
public final class ObjectIds {

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] PROCESS = new byte[5];
    private static final AtomicInteger COUNTER;

    static {
        RANDOM.nextBytes(PROCESS);
        COUNTER = new AtomicInteger(RANDOM.nextInt(0x1000000));
    }

    private ObjectIds() {
    }

    /** {@return a new id for the current time} (Python {@code generate_id()}) */
    public static String generate() {
        return of(System.currentTimeMillis() / 1000, COUNTER.getAndIncrement() & 0xFFFFFF);
    }

    /**
     * {@return the id for these seconds and counter value, with this process's random bytes}
     *
     * @param epochSeconds Unix seconds; the low 32 bits are used
     * @param counter the counter; the low 24 bits are used
     */
    static String of(long epochSeconds, int counter) {
        byte[] bytes = new byte[12];
        bytes[0] = (byte) (epochSeconds >>> 24);
        bytes[1] = (byte) (epochSeconds >>> 16);
        bytes[2] = (byte) (epochSeconds >>> 8);
        bytes[3] = (byte) epochSeconds;
        System.arraycopy(PROCESS, 0, bytes, 4, 5);
        bytes[9] = (byte) (counter >>> 16);
        bytes[10] = (byte) (counter >>> 8);
        bytes[11] = (byte) counter;
        char[] out = new char[24];
        for (int i = 0; i < 12; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * {@return when an id was made: the Unix seconds in its first four bytes} (Python {@code get_id_timestamp(id)},
     * which gives the same instant as a naive UTC {@code datetime}); for an id made by the server, the resource's
     * creation time to the second
     *
     * @param id a 24-hex id
     * @throws IllegalArgumentException when the id is not 24 hex characters
     */
    public static Instant timestamp(String id) {
        Objects.requireNonNull(id, "id");
        if (!Ids.isId(id)) {
            throw new IllegalArgumentException("an ObjectId is 24 hex characters, was '" + id + "'");
        }
        return Instant.ofEpochSecond(Long.parseLong(id.substring(0, 8), 16));
    }
}
