package cellengine.fakeserver.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.fakeserver.internal.ApiError;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static final Instant T = Instant.parse("2024-10-25T18:00:00.123Z");

    @Test
    void timestamps_are_written_with_milliseconds_and_z() {
        assertEquals("2024-10-25T18:00:00.123Z", Timestamps.format(Instant.parse("2024-10-25T18:00:00.123999Z")));
        assertEquals("2024-10-25T18:00:00.000Z", Timestamps.format(Instant.parse("2024-10-25T18:00:00Z")));
    }

    @Test
    void inbound_forms_of_the_clients_are_read() {
        assertEquals(T, Timestamps.parse("2024-10-25T18:00:00.123Z", "deleted"));
        assertEquals(T, Timestamps.parse("2024-10-25T18:00:00.123000Z", "deleted"));
        assertEquals(T, Timestamps.parse("2024-10-25T18:00:00.123", "deleted"));
        assertEquals(T, Timestamps.parse("2024-10-25T20:00:00.123+02:00", "deleted"));
    }

    @Test
    void other_text_is_a_400_naming_the_field() {
        String message = assertThrows(ApiError.BadRequest.class, () -> Timestamps.parse("2024-10-25", "deleted"))
                .getMessage();
        assertTrue(message.startsWith("\"deleted\" must be an ISO-8601 timestamp"), message);
    }
}
