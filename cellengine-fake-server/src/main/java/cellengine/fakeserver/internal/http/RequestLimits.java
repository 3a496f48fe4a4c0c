package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.ApiError;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Refuses oversized requests with 413 before their body is read: any request above {@code maxRequestBytes}, and a
 * body that would be read into memory (anything but {@code multipart/form-data}) above {@code maxJsonBytes}. A body
 * without {@code Content-Length} is limited while it is read (Javalin's {@code maxRequestSize}).
 */
final class RequestLimits {

    /**
     * Oversized bodies up to this size are read and dropped before the 413 goes out. Answering first and closing
     * races the client's write: a client still sending sees a broken connection instead of the 413. Larger
     * bodies are refused at once, since reading gigabytes to say no costs more than a client's retry.
     */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

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
            drain(ctx, length);
            throw tooLarge(length, maxRequestBytes, "maxRequestBytes");
        }
        if (!streamed && length > maxJsonBytes) {
            drain(ctx, length);
            throw tooLarge(length, maxJsonBytes, "maxJsonBytes");
        }
    }

    private static void drain(Context ctx, long length) {
        if (length > DRAIN_LIMIT) {
            return;
        }
        try (InputStream in = ctx.req().getInputStream()) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException clientGone) {
            // The client stopped sending; the 413 is still the answer, if it listens.
        }
    }

    private static ApiError tooLarge(long length, long limit, String option) {
        return new ApiError.ContentTooLarge("Request body of " + length + " bytes is larger than the limit of "
                + limit + " bytes (FakeConfig." + option + ").");
    }
}
