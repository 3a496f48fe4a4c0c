package cellengine.fakeserver.internal;

import io.javalin.http.Context;

import java.util.Locale;

/**
 * Refuses oversized requests with 413 before their body is read: any request above {@code maxRequestBytes}, and a
 * body that would be read into memory (anything but {@code multipart/form-data}) above {@code maxJsonBytes}. A body
 * without {@code Content-Length} is limited while it is read (Javalin's {@code maxRequestSize}).
 */
final class RequestLimits {

    private final long maxRequestBytes;
    private final long maxJsonBytes;

    RequestLimits(long maxRequestBytes, long maxJsonBytes) {
        this.maxRequestBytes = maxRequestBytes;
        this.maxJsonBytes = maxJsonBytes;
    }

    void check(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length <= 0) {
            return;
        }
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        boolean streamed = type.startsWith("multipart/");
        if (length > maxRequestBytes) {
            throw tooLarge(length, maxRequestBytes, "maxRequestBytes");
        }
        if (!streamed && length > maxJsonBytes) {
            throw tooLarge(length, maxJsonBytes, "maxJsonBytes");
        }
    }

    private static ApiError tooLarge(long length, long limit, String option) {
        return new ApiError.ContentTooLarge("Request body of " + length + " bytes is larger than the limit of "
                + limit + " bytes (FakeConfig." + option + ").");
    }
}
