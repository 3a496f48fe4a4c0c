package cellengine.api.internal.resource;

import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.BodySink;
import cellengine.api.internal.http.Ids;
import cellengine.api.param.PlotRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * {@code GET /experiments/{eid}/plot} (docs/wire.md#plots). The answer must start with the PNG
 * signature; anything else (an HTML error page behind a proxy, say) is an {@code ApiException} before a byte
 * reaches the caller's sink.
 */
public final class PlotsApi {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final ApiCaller caller;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     */
    public PlotsApi(ApiCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /**
     * Fetches a plot into a sink.
     *
     * @param eid the experiment id
     * @param request the plot
     * @param sink where the PNG bytes go
     * @param <T> the sink's result
     * @return the sink's result
     */
    public <T> T get(String eid, PlotRequest request, BodySink<T> sink) {
        ApiPath path = ApiPath.of("experiments", Ids.require(eid, "experimentId"), "plot");
        Objects.requireNonNull(request, "request");
        return caller.download("GET", path, request.toQuery(), null, png(sink));
    }

    private static <T> BodySink<T> png(BodySink<T> inner) {
        return (body, head) -> {
            PushbackInputStream in = new PushbackInputStream(body, PNG.length);
            byte[] start = readUpTo(in, PNG.length);
            if (!Arrays.equals(start, PNG)) {
                throw head.unusable("the body is not a PNG image (it starts with " + Arrays.toString(start) + ")",
                        null);
            }
            in.unread(start);
            return inner.accept(in, head);
        };
    }

    private static byte[] readUpTo(InputStream in, int n) throws IOException {
        byte[] buffer = new byte[n];
        int read = 0;
        while (read < n) {
            int r = in.read(buffer, read, n - read);
            if (r < 0) {
                break;
            }
            read += r;
        }
        return Arrays.copyOf(buffer, read);
    }
}
