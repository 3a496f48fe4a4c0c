package cellengine.fakeserver.internal.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.eclipse.jetty.server.LocalConnector;

/**
 * Streams a request body into an in-memory connection, chunk by chunk, on its own thread, so the caller can read
 * the response at the same time (a server may answer before it reads the body). At most {@value #WINDOW} chunks
 * wait unread in the connection: Jetty consumes an input buffer as the handler reads it, and the pump waits for
 * that before adding more, so memory stays bounded whatever the body's size.
 */
final class BodyPump implements Runnable {

    static final int CHUNK = 64 * 1024;
    static final int WINDOW = 4;
    private static final byte[] CRLF = {'\r', '\n'};

    private final LocalConnector.LocalEndPoint endPoint;
    private final InputStream content;
    private final long length;
    private final ArrayDeque<ByteBuffer> inFlight = new ArrayDeque<>();
    private volatile IOException failure;
    private volatile boolean stopped;

    private BodyPump(LocalConnector.LocalEndPoint endPoint, InputStream content, long length) {
        this.endPoint = endPoint;
        this.content = content;
        this.length = length;
    }

    /**
     * Starts streaming.
     *
     * @param length the exact length, or negative to send the body chunked
     */
    static BodyPump start(Executor executor, LocalConnector.LocalEndPoint endPoint, InputStream content,
                          long length) {
        BodyPump pump = new BodyPump(endPoint, content, length);
        executor.execute(pump);
        return pump;
    }

    /** {@return the error that stopped the upload, or null} */
    IOException failure() {
        return failure;
    }

    /** Stops the upload at the next chunk; the connection is being closed. */
    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        try (InputStream in = content) {
            long sent = 0;
            while (!stopped) {
                int want = length < 0 ? CHUNK : (int) Math.min(CHUNK, length - sent);
                if (want == 0) {
                    break;
                }
                byte[] data = in.readNBytes(want);
                if (data.length == 0) {
                    if (length >= 0) {
                        throw new IOException("the request body ended after " + sent + " of the " + length
                                + " bytes its contentLength() declared");
                    }
                    endPoint.addInputAndExecute(ByteBuffer.wrap("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
                    break;
                }
                sent += data.length;
                offer(length < 0 ? chunk(data) : ByteBuffer.wrap(data));
            }
        } catch (IOException e) {
            failure = e;
            endPoint.close();
        } catch (RuntimeException e) {
            // the connection was closed under us (the response came first, or the caller gave up)
            if (!stopped && endPoint.isOpen()) {
                failure = new IOException("cannot stream the request body: " + e.getMessage(), e);
                endPoint.close();
            }
        }
    }

    private void offer(ByteBuffer buffer) {
        while (!stopped && endPoint.isOpen()) {
            while (!inFlight.isEmpty() && !inFlight.peekFirst().hasRemaining()) {
                inFlight.removeFirst();
            }
            if (inFlight.size() < WINDOW) {
                inFlight.addLast(buffer);
                endPoint.addInputAndExecute(buffer);
                return;
            }
            LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(200));
        }
    }

    private static ByteBuffer chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer framed = ByteBuffer.allocate(size.length + data.length + CRLF.length);
        framed.put(size).put(data).put(CRLF).flip();
        return framed;
    }
}
