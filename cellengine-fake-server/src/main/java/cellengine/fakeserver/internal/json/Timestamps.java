package cellengine.fakeserver.internal.json;

import cellengine.fakeserver.internal.ApiError;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;

/**
 * The wire form of timestamps (docs/wire.md#timestamps): always written {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'};
 * read leniently, because clients send {@code ...Z}, {@code +00:00} offsets, and (Python's
 * {@code Experiment.delete()}) naive timestamps with microseconds, which are taken as UTC.
 */
public final class Timestamps {

    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return WIRE.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * Parses an inbound timestamp.
     *
     * @throws ApiError.BadRequest naming {@code field} when the text is not an ISO-8601 date-time
     */
    static Instant parse(String text, String field) {
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    text.trim(), OffsetDateTime::from, LocalDateTime::from);
            if (parsed instanceof OffsetDateTime) {
                return ((OffsetDateTime) parsed).toInstant();
            }
            return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new ApiError.BadRequest('"' + field + "\" must be an ISO-8601 timestamp such as "
                    + "\"2024-10-25T18:00:00.000Z\" or null, was \"" + text + "\".");
        }
    }
}
