package cellengine.api.internal.json;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand-written reader of the service's own timestamp form must agree with {@link DateTimeFormatter} exactly. */
class TimestampsTest {

    private static Instant reference(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    @Test
    void random_instants_with_every_fraction_length_read_as_the_iso_parser_reads_them() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(),
                    Instant.parse("9999-12-31T23:59:59Z").getEpochSecond());
            int digits = random.nextInt(10);
            int nanos = digits == 0 ? 0 : random.nextInt(1_000_000_000);
            String base = OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC)
                    .format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
            String fraction = digits == 0 ? "" : "." + String.format("%09d", nanos).substring(0, digits);
            String text = base + fraction + "Z";
            assertEquals(reference(text), Timestamps.parse(text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-08-29T14:40:58.566Z", "2020-02-29T23:59:59.999999999Z", "1970-01-01T00:00:00Z",
            "2000-12-31T00:00:00.1Z", "1969-12-31T23:59:59.5Z"})
    void the_service_form_and_leap_days_read_exactly(String text) {
        assertEquals(reference(text), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-08-29T16:40:58.566+02:00", " 2019-08-29T14:40:58.566Z ", "2019-08-29T14:40:58.566"})
    void other_iso_forms_still_read_through_the_general_parser(String text) {
        assertEquals(Instant.parse("2019-08-29T14:40:58.566Z"), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-02-29T00:00:00.000Z", "2019-13-01T00:00:00.000Z", "2019-04-31T00:00:00Z",
            "2019-08-29T24:00:00.000Z", "2019-08-29T14:60:00Z", "2019-08-29T14:40:60Z",
            "2019-08-29T14:40:58.1234567890Z", "2019-08-29 14:40:58.566Z", "2019-08-2xT14:40:58.566Z",
            "2019-08-29T14:40:58,566Z", "not a timestamp"})
    void invalid_timestamps_are_refused_with_the_text_in_the_message(String text) {
        DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> Timestamps.parse(text));
        assertTrue(e.getMessage().contains(text), e.getMessage());
    }

    @Test
    void writing_then_reading_gives_the_instant_truncated_to_milliseconds() {
        Instant instant = Instant.parse("2021-03-04T05:06:07.891234Z");
        assertEquals(Instant.parse("2021-03-04T05:06:07.891Z"), Timestamps.parse(Timestamps.format(instant)));
    }
}
