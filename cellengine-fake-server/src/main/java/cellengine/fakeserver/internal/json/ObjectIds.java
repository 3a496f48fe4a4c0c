package cellengine.fakeserver.internal.json;

import java.time.Clock;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Generates MongoDB-style ObjectIds (docs/wire.md#identifiers): 4-byte big-endian Unix seconds from the clock,
 * 5 random bytes fixed for this generator, and a 3-byte counter starting at a random value. Thread-safe.
 */
public final class ObjectIds {

    private static final Pattern HEX24 = Pattern.compile("[0-9a-f]{24}");
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Clock clock;
    private final byte[] process = new byte[5];
    private final AtomicInteger counter;

    public ObjectIds(Clock clock, Random random) {
        this.clock = clock;
        random.nextBytes(process);
        this.counter = new AtomicInteger(random.nextInt(0x1000000));
    }

    /** {@return a fresh id; ids from one generator never repeat until the 24-bit counter wraps} */
    public String next() {
        long seconds = clock.instant().getEpochSecond() & 0xFFFF_FFFFL;
        int count = counter.getAndIncrement() & 0xFF_FFFF;
        byte[] bytes = new byte[12];
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) (seconds >>> (24 - 8 * i));
        }
        System.arraycopy(process, 0, bytes, 4, 5);
        bytes[9] = (byte) (count >>> 16);
        bytes[10] = (byte) (count >>> 8);
        bytes[11] = (byte) count;
        return hex(bytes);
    }

    /** {@return whether {@code text} is 24 lowercase hex characters} */
    public static boolean isValid(String text) {
        return text != null && HEX24.matcher(text).matches();
    }

    public static String hex(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >>> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out);
    }
}
