package cellengine.api.internal.http;

import java.io.IOException;
import java.io.InputStream;

/**
 * Consumes the body of a successful answer as a stream, so that downloads take constant memory. Called at most
 * once per request, on the calling thread, after the status and headers arrived; the stream is closed afterwards
 * by the caller.
 *
 * @param <T> what the sink makes of the body
 */
@FunctionalInterface
public interface BodySink<T> {

    /**
     * Reads the body.
     *
     * @param body the body stream; an {@link IOException} from it means the transfer failed
     * @param head the answer's status, headers, URL and request id (its {@code body} is empty)
     * @return the result
     * @throws IOException when reading the body fails; failures of the sink's own output are reported as
     *         unchecked exceptions that name the destination
     */
    T accept(InputStream body, ApiCaller.Answer head) throws IOException;
}
