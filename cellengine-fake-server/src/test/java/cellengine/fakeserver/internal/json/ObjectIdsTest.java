package cellengine.fakeserver.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ObjectIdsTest {

    private static final Clock AT_0X7FFFFFFF = Clock.fixed(Instant.ofEpochSecond(0x7FFF_FFFFL), ZoneOffset.UTC);

    @Test
    void an_id_is_seconds_then_five_fixed_bytes_then_an_incrementing_counter() {
        ObjectIds ids = new ObjectIds(AT_0X7FFFFFFF, new Random(1));
        String a = ids.next();
        String b = ids.next();
        assertTrue(ObjectIds.isValid(a) && ObjectIds.isValid(b));
        assertEquals("7fffffff", a.substring(0, 8));
        assertEquals(a.substring(8, 18), b.substring(8, 18));
        assertEquals((Integer.parseInt(a.substring(18), 16) + 1) & 0xFFFFFF, Integer.parseInt(b.substring(18), 16));
    }

    @Test
    void the_same_seed_gives_the_same_sequence() {
        ObjectIds x = new ObjectIds(AT_0X7FFFFFFF, new Random(9));
        ObjectIds y = new ObjectIds(AT_0X7FFFFFFF, new Random(9));
        for (int i = 0; i < 5; i++) {
            assertEquals(x.next(), y.next());
        }
    }

    @Test
    void validity_needs_24_lowercase_hex_characters() {
        assertTrue(ObjectIds.isValid("0123456789abcdef01234567"));
        assertFalse(ObjectIds.isValid("0123456789ABCDEF01234567"));
        assertFalse(ObjectIds.isValid("0123456789abcdef0123456"));
        assertFalse(ObjectIds.isValid(null));
    }
}
