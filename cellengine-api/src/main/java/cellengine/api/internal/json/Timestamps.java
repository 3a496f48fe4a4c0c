package cellengine.api.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The wire format of timestamps (docs/wire.md#timestamps): written as {@code yyyy-MM-dd'T'HH:mm:ss.SSS'Z'} in UTC,
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
        Instant fast = parseCanonical(text);
        if (fast != null) {
            return fast;
        }
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

    /**
     * Reads the form the service writes, {@code 2019-08-29T14:40:58.566Z} (any fraction of 0 to 9 digits), without
     * {@link DateTimeFormatter}: entities carry up to five timestamps, and the general parser was a sixth of the SDK's
     * own time per call. Returns null for anything else, including invalid dates, so that {@link #parse} reports them.
     */
    private static Instant parseCanonical(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-'
                || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if ((year | month | day | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1
                || day > 28 && day > YearMonth.of(year, month).lengthOfMonth() || hour > 23 || minute > 59
                || second > 59) {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            int fractionDigits = n - 21;
            if (s.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(s, 20, n - 1);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        } else if (s.charAt(19) != 'Z') {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** {@return the decimal value of {@code s[from, to)}, or -1 when a character is not an ASCII digit} */
    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
