package cellengine.api.internal.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The wire format of timestamps (cellengine-api.md §1.7): written as {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC,
 * read leniently from any ISO-8601 form the official clients send.
 */
public final class Timestamps {

    private static final DateTimeFormatter WRITE = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * {@return the instant as {@code 2019-08-29T14:40:58.566Z}, truncated to milliseconds}
     *
     * @param instant the instant to write
     */
    public static String format(Instant instant) {
        return WRITE.format(instant);
    }

    /**
     * Reads an ISO-8601 timestamp: with {@code Z} or an offset, with or without a fraction of any length, and a
     * zone-less form (as the Python client sends for {@code deleted}), which is taken as UTC.
     *
     * @param text the timestamp
     * @return the instant
     * @throws DateTimeParseException when the text is none of these forms
     */
    public static Instant parse(String text) {
        String s = text.trim();
        try {
            return OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException withOffset) {
            try {
                return LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException ignored) {
                throw new DateTimeParseException("not an ISO-8601 timestamp such as 2019-08-29T14:40:58.566Z: '"
                        + text + "'", text, withOffset.getErrorIndex());
            }
        }
    }
}
