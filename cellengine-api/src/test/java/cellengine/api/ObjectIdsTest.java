package cellengine.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Instant;

class ObjectIdsTest {

    @Test
    void the_timestamp_is_the_big_endian_seconds_in_the_first_four_bytes_as_python_get_id_timestamp_reads_it() {
        // Python: get_id_timestamp("5d38a6f79fae87499999a74b") == datetime(2019, 7, 24, 18, 44, 7)
        assertEquals(Instant.parse("2019-07-24T18:44:07Z"), ObjectIds.timestamp("5d38a6f79fae87499999a74b"));
        assertEquals(Instant.EPOCH, ObjectIds.timestamp("000000000000000000000000"));
        assertEquals(Instant.ofEpochSecond(0xFFFFFFFFL), ObjectIds.timestamp("FFFFFFFF0000000000000000"),
                "unsigned, as struct.unpack('>I') reads it");
    }

    @Test
    void a_generated_id_carries_the_time_it_was_made() {
        long before = Instant.now().getEpochSecond();
        String id = ObjectIds.generate();
        long after = Instant.now().getEpochSecond();
        long seconds = ObjectIds.timestamp(id).getEpochSecond();
        assertTrue(seconds >= before && seconds <= after, id + " holds " + seconds);
        assertTrue(id.matches("[0-9a-f]{24}"), id);
    }

    @Test
    void a_malformed_id_is_refused_naming_it() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ObjectIds.timestamp("5d38"));
        assertEquals("an ObjectId is 24 hex characters, was '5d38'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ObjectIds.timestamp("zz38a6f79fae87499999a74b"));
        assertThrows(NullPointerException.class, () -> ObjectIds.timestamp(null));
    }
}
