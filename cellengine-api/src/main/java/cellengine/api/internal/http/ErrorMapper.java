package cellengine.api.internal.http;

import cellengine.api.ApiException;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.spi.Headers;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns an error answer into the matching {@link ApiException} (docs/wire.md#errors): the {@code error} text of
 * a JSON body, or the raw text (such as a plain {@code Unauthorized}); {@code Retry-After} (seconds or an HTTP
 * date, read against the retry policy's clock) for 429 and 5xx; the
 * {@code Location} of a redirect, which is never followed.
 */
final class ErrorMapper {

    private static final int MAX_MESSAGE = 1000;

    private ErrorMapper() {
    }

    static ApiException map(int status, Headers headers, byte[] body, String method, String url,
                            String requestId) {
        return map(status, headers, body, method, url, requestId, Clock.systemUTC());
    }

    static ApiException map(int status, Headers headers, byte[] body, String method, String url,
                            String requestId, Clock clock) {
        if (status >= 300 && status < 400) {
            String location = headers.firstValue("Location").map(ErrorMapper::safeLocation).orElse("nowhere");
            String text = "redirect to " + location + " not followed; check that the base URL is the "
                    + "CellEngine origin (https, no path)";
            return new ApiException(ApiException.standardMessage(status, method, url, text, requestId), status,
                    method, url, text, requestId, null);
        }
        String message = serverMessage(body);
        Duration retryAfter = status == 429 || status >= 500 ? retryAfter(headers, clock) : null;
        return ApiException.forStatus(status, method, url, message, requestId, retryAfter);
    }

    static String serverMessage(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "";
        }
        if (text.startsWith("{")) {
            try {
                JsonValue value = Json.readValue(body);
                if (value instanceof JsonObject && ((JsonObject) value).containsKey("error")) {
                    JsonValue error = ((JsonObject) value).get("error");
                    if (error instanceof JsonString) {
                        return truncate(((JsonString) error).getString());
                    }
                    if (error instanceof JsonObject && ((JsonObject) error).get("message") instanceof JsonString) {
                        return truncate(((JsonObject) error).getString("message"));
                    }
                    return truncate(error.toString());
                }
            } catch (MalformedJsonException notJson) {
                // fall through to the raw text
            }
        }
        return truncate(text);
    }

    static Duration retryAfter(Headers headers, Clock clock) {
        String value = headers.firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration d = Duration.between(clock.instant(), at.toInstant());
                return d.isNegative() ? Duration.ZERO : d.withNanos(0);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String safeLocation(String location) {
        try {
            return SafeUrls.redact(java.net.URI.create(location));
        } catch (IllegalArgumentException e) {
            return "an invalid location";
        }
    }

    private static String truncate(String s) {
        return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + "… (" + s.length() + " chars)";
    }
}
