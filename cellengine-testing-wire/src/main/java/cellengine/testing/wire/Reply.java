package cellengine.testing.wire;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a {@link ScriptedPeer} answers to one request: a status, headers and a body, and optionally how to
 * misbehave while sending them (wait before the headers, send the body in slow pieces, stop part-way and stall, or
 * stop part-way and close the connection). Immutable; each {@code with…} method returns a new reply.
 *
 * <pre>{@code
 * peer.script(request -> Reply.json(200, "[]"));
 * peer.script(request -> Reply.pattern(1_000_000).cutAfter(100_000));   // the connection ends 900,000 bytes short
 * }</pre>
 *
 * @since 0.1
 */
public final class Reply {

    /** The body's bytes, produced on demand so that large bodies take no memory. */
    interface Content {
        long length();

        void fill(long offset, byte[] into, int count);
    }

    private static final Content NONE = bytesContent(new byte[0]);

    final int status;
    final List<Map.Entry<String, String>> headers;
    final Content content;
    final boolean hangs;
    final Duration delay;
    final long stallAfter;
    final long cutAfter;
    final int dribbleBytes;
    final Duration dribblePause;

    private Reply(int status, List<Map.Entry<String, String>> headers, Content content, boolean hangs,
                  Duration delay, long stallAfter, long cutAfter, int dribbleBytes, Duration dribblePause) {
        this.status = status;
        this.headers = List.copyOf(headers);
        this.content = content;
        this.hangs = hangs;
        this.delay = delay;
        this.stallAfter = stallAfter;
        this.cutAfter = cutAfter;
        this.dribbleBytes = dribbleBytes;
        this.dribblePause = dribblePause;
    }

    private static Reply of(int status, String contentType, Content content) {
        Reply plain = new Reply(status, List.of(), content, false, Duration.ZERO, -1, -1, 0, Duration.ZERO);
        return contentType == null ? plain : plain.withHeader("Content-Type", contentType);
    }

    /**
     * {@return a reply with a body of the given type}
     *
     * @param status the status code
     * @param contentType the {@code Content-Type} header
     * @param body the body
     */
    public static Reply of(int status, String contentType, byte[] body) {
        return of(status, Objects.requireNonNull(contentType, "contentType"), bytesContent(body));
    }

    /**
     * {@return a JSON reply}
     *
     * @param status the status code
     * @param json the body, sent as UTF-8 with {@code Content-Type: application/json}
     */
    public static Reply json(int status, String json) {
        return of(status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@return a plain-text reply}
     *
     * @param status the status code
     * @param text the body, sent as UTF-8 with {@code Content-Type: text/plain; charset=utf-8}
     */
    public static Reply text(int status, String text) {
        return of(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@return a 200 reply of {@code application/octet-stream} bytes}
     *
     * @param body the body
     */
    public static Reply bytes(byte[] body) {
        return of(200, "application/octet-stream", body);
    }

    /**
     * {@return a 200 reply of {@code length} {@link PatternBytes}, generated as they are sent}
     *
     * @param length the body length
     */
    public static Reply pattern(long length) {
        if (length < 0) {
            throw new IllegalArgumentException("a body length is at least 0, got " + length);
        }
        return of(200, "application/octet-stream", new Content() {
            @Override
            public long length() {
                return length;
            }

            @Override
            public void fill(long offset, byte[] into, int count) {
                PatternBytes.fill(offset, into, count);
            }
        });
    }

    /**
     * {@return a reply without a body and without a {@code Content-Type}}
     *
     * @param status the status code, such as 204
     */
    public static Reply empty(int status) {
        return of(status, null, NONE);
    }

    /** {@return a reply that never comes: the peer sends nothing until it is closed} */
    public static Reply hang() {
        return new Reply(0, List.of(), NONE, true, Duration.ZERO, -1, -1, 0, Duration.ZERO);
    }

    /**
     * {@return this reply with one more header; a name given twice is sent twice, in order}
     *
     * @param name the header's name
     * @param value its value
     */
    public Reply withHeader(String name, String value) {
        List<Map.Entry<String, String>> more = new ArrayList<>(headers);
        more.add(Map.entry(name, value));
        return new Reply(status, more, content, hangs, delay, stallAfter, cutAfter, dribbleBytes, dribblePause);
    }

    /**
     * {@return this reply, sent after a wait: the status line and headers come no sooner}
     *
     * @param wait how long the peer waits after reading the request
     */
    public Reply delayedBy(Duration wait) {
        return new Reply(status, headers, content, hangs, requireNonNegative(wait, "wait"), stallAfter, cutAfter,
                dribbleBytes, dribblePause);
    }

    /**
     * {@return this reply, whose body stops after {@code bytes} bytes and then stalls until the peer is closed}
     * The headers still announce the whole length.
     *
     * @param bytes how many body bytes are sent before the stall
     */
    public Reply stallAfter(long bytes) {
        return new Reply(status, headers, content, hangs, delay, requireWithinBody(bytes), cutAfter, dribbleBytes,
                dribblePause);
    }

    /**
     * {@return this reply, whose connection is closed after {@code bytes} body bytes} The headers still announce
     * the whole length, so the client sees the body end early.
     *
     * @param bytes how many body bytes are sent before the connection closes
     */
    public Reply cutAfter(long bytes) {
        return new Reply(status, headers, content, hangs, delay, stallAfter, requireWithinBody(bytes), dribbleBytes,
                dribblePause);
    }

    /**
     * {@return this reply, whose body is sent in pieces of {@code bytes} bytes, each flushed, with a pause between
     * them}
     *
     * @param bytes the size of each piece, at least 1
     * @param pause the wait between two pieces
     */
    public Reply dribbled(int bytes, Duration pause) {
        if (bytes < 1) {
            throw new IllegalArgumentException("a dribbled piece holds at least 1 byte, got " + bytes);
        }
        return new Reply(status, headers, content, hangs, delay, stallAfter, cutAfter, bytes,
                requireNonNegative(pause, "pause"));
    }

    private long requireWithinBody(long bytes) {
        if (bytes < 0 || bytes >= content.length()) {
            throw new IllegalArgumentException("the body has " + content.length() + " bytes; stopping after "
                    + bytes + " would not stop it early");
        }
        return bytes;
    }

    private static Duration requireNonNegative(Duration duration, String what) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, got " + duration);
        }
        return duration;
    }

    private static Content bytesContent(byte[] body) {
        byte[] copy = body.clone();
        return new Content() {
            @Override
            public long length() {
                return copy.length;
            }

            @Override
            public void fill(long offset, byte[] into, int count) {
                System.arraycopy(copy, (int) offset, into, 0, count);
            }
        };
    }

    @Override
    public String toString() {
        return hangs ? "Reply[hang]" : "Reply[" + status + ", " + content.length() + " body bytes, headers " + headers
                + "]";
    }
}
