package cellengine.fakeserver.internal.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every response an {@code X-Request-Id}: the request's own when it sent a sane one (printable ASCII,
 * at most 128 characters), else a fresh random UUID.
 */
final class RequestIds {

    static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[\\x21-\\x7e]{1,128}");

    private RequestIds() {
    }

    static void tag(Context ctx) {
        String incoming = ctx.header(HEADER);
        ctx.header(HEADER, incoming != null && SANE.matcher(incoming).matches()
                ? incoming : UUID.randomUUID().toString());
    }
}
