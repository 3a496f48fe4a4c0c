package cellengine.fakeserver.internal.http;

import cellengine.fakeserver.internal.json.ErrorBody;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors that Jetty raises before any route runs, which {@code ErrorMapper} never sees: a request line,
 * URI or header that Jetty cannot accept (400, 414, 431, 505 ...) and a path outside the API's context. Jetty's own
 * answer is an HTML page, or no body at all for methods other than GET, POST and HEAD; API clients expect the JSON
 * error body there too.
 *
 * <p>After a message it could not parse, Jetty closes the connection, and when it could not even read the request
 * line it answers as if to HTTP/1.0, which needs no {@code Connection: close}. A keep-alive client then sends its
 * next request into a closed connection. So whenever the connection will not be kept, the answer says so.
 */
final class JettyErrors extends ErrorHandler {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        String message = (String) request.getAttribute(ERROR_MESSAGE);
        if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refused) {
            status = refused.getCode();
            response.setStatus(status);
            if (message == null) {
                message = refused.getReason();
            }
        }
        if (!request.getConnectionMetaData().isPersistent()) {
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        if (HttpStatus.hasNoBody(status)) {
            callback.succeeded();
            return true;
        }
        byte[] body = ErrorBody.of(describe(status, message, (Throwable) request.getAttribute(ERROR_EXCEPTION)))
                .toString().getBytes(StandardCharsets.UTF_8);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /** Jetty's reason, and what failed underneath when the reason is only the status's name ("Bad Request"). */
    private static String describe(int status, String message, Throwable failure) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
        Throwable cause = failure == null ? null : failure.getCause();
        if (reason.equals(HttpStatus.getMessage(status)) && cause != null && cause.getMessage() != null) {
            reason += " (" + cause.getMessage() + ")";
        }
        return reason + "; the HTTP layer refused the request before any route saw it.";
    }
}
