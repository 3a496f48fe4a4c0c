package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.faults.ArmedFault;
import cellengine.fakeserver.internal.faults.FaultInjector;
import cellengine.fakeserver.internal.faults.FaultKind;
import cellengine.fakeserver.internal.faults.FaultSpec;
import cellengine.fakeserver.internal.json.FieldRules;
import cellengine.fakeserver.internal.json.Json;
import cellengine.fakeserver.internal.json.JsonBodies;
import io.javalin.config.RoutesConfig;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fake-only admin API under {@code /_fake} (no user token needed; see docs/reliability.md):
 * <ul>
 *   <li>{@code POST /_fake/faults} arms a fault, {@code GET /_fake/faults} lists the armed ones,
 *       {@code DELETE /_fake/faults} clears them;</li>
 *   <li>{@code POST /_fake/reset} deletes every experiment and folder and clears the faults.</li>
 * </ul>
 */
final class AdminApi {

    static final String PREFIX = "/_fake";

    private static final Set<String> FAULT_FIELDS = Set.of("method", "path", "times", "fault", "status",
            "retryAfterSeconds", "retryAfterDate", "millis", "afterHandling");
    private static final Map<String, FaultKind> KINDS = Map.of("status", FaultKind.STATUS, "delay", FaultKind.DELAY,
            "reset", FaultKind.RESET, "cut-body", FaultKind.CUT_BODY, "stall-body", FaultKind.STALL_BODY);

    private AdminApi() {
    }

    static void install(RoutesConfig r, FaultInjector faults, Runnable reset) {
        r.post(PREFIX + "/faults", ctx -> {
            ArmedFault armed = faults.arm(spec(JsonBodies.object(ctx.body())));
            Responses.json(ctx, 201, describe(armed));
        });
        r.get(PREFIX + "/faults", ctx -> {
            JsonArrayBuilder list = Json.createArrayBuilder();
            faults.armed().forEach(f -> list.add(describe(f)));
            Responses.json(ctx, 200, list.build());
        });
        r.delete(PREFIX + "/faults", ctx -> {
            faults.clear();
            Responses.noContent(ctx);
        });
        r.post(PREFIX + "/reset", ctx -> {
            reset.run();
            Responses.noContent(ctx);
        });
    }

    private static JsonObject describe(ArmedFault fault) {
        return Json.createObjectBuilder()
                .add("fault", fault.spec().describe())
                .add("remaining", fault.remaining())
                .add("triggered", fault.triggered())
                .build();
    }

    /** Reads a fault from JSON; every problem is a 400 naming the field. */
    static FaultSpec spec(JsonObject body) {
        for (String key : body.keySet()) {
            if (!FAULT_FIELDS.contains(key)) {
                throw new ApiError.BadRequest('"' + key + "\" is not allowed. A fault takes " + FAULT_FIELDS + ".");
            }
        }
        String kindName = string(body, "fault", null);
        if (kindName == null) {
            throw new ApiError.BadRequest("\"fault\" is required: one of " + KINDS.keySet() + ".");
        }
        FaultKind kind = KINDS.get(kindName.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new ApiError.BadRequest("\"fault\" must be one of " + KINDS.keySet() + ", was \"" + kindName
                    + "\".");
        }
        String path = string(body, "path", null);
        if (path == null) {
            throw new ApiError.BadRequest("\"path\" is required, such as \"/api/v1/experiments/*\".");
        }
        Long millis = number(body, "millis");
        Long retryAfterSeconds = number(body, "retryAfterSeconds");
        Long status = number(body, "status");
        Long times = number(body, "times");
        String date = string(body, "retryAfterDate", null);
        JsonValue after = body.getOrDefault("afterHandling", JsonValue.FALSE);
        if (after != JsonValue.TRUE && after != JsonValue.FALSE) {
            throw FieldRules.wrongType("afterHandling", "a boolean", after);
        }
        if (kind == FaultKind.STATUS && status == null) {
            throw new ApiError.BadRequest("\"status\" is required for a status fault.");
        }
        if ((kind == FaultKind.DELAY || kind == FaultKind.STALL_BODY) && millis == null) {
            throw new ApiError.BadRequest("\"millis\" is required for a " + kindName + " fault.");
        }
        try {
            return new FaultSpec(string(body, "method", "*"), path, times == null ? 1 : Math.toIntExact(times), kind,
                    status == null ? 0 : Math.toIntExact(status), retryAfterSeconds,
                    date == null ? null : instant(date), millis == null ? null : Duration.ofMillis(millis),
                    after == JsonValue.TRUE);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new ApiError.BadRequest("Invalid fault: " + e.getMessage());
        }
    }

    private static String string(JsonObject body, String field, String fallback) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return fallback;
        }
        return ((JsonString) FieldRules.STRING.check(field, v)).getString();
    }

    private static Long number(JsonObject body, String field) {
        JsonValue v = body.get(field);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (!(v instanceof JsonNumber) || !((JsonNumber) v).isIntegral()) {
            throw FieldRules.wrongType(field, "an integer", v);
        }
        return ((JsonNumber) v).longValue();
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notIso) {
            try {
                return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException notHttpDate) {
                throw new ApiError.BadRequest("\"retryAfterDate\" must be an ISO-8601 instant or an HTTP date, was \""
                        + text + "\".");
            }
        }
    }
}
