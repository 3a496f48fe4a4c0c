package cellengine.fakeserver.internal.faults;

import io.javalin.http.Context;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/** Breaks the connection under a request, for fault injection. */
final class Connections {

    private Connections() {
    }

    /** Closes the connection with a TCP reset (SO_LINGER 0), so the client sees "connection reset". */
    static void reset(Context ctx) {
        EndPoint endPoint = endPoint(ctx);
        if (endPoint.getTransport() instanceof SocketChannel) {
            try {
                ((SocketChannel) endPoint.getTransport()).setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | RuntimeException e) {
                // fall back to an orderly close: the client still gets no response
            }
        }
        endPoint.close();
    }

    /** Closes the connection now, whatever was sent so far. */
    static void close(Context ctx) {
        endPoint(ctx).close();
    }

    private static EndPoint endPoint(Context ctx) {
        return ServletContextRequest.getServletContextRequest(ctx.req()).getServletChannel().getEndPoint();
    }
}
