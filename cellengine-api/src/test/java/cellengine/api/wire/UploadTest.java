package cellengine.api.wire;

import cellengine.api.BadRequestException;
import cellengine.api.Upload;
import cellengine.api.model.Attachment;
import cellengine.api.model.FcsFile;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import com.sun.net.httpserver.HttpExchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static cellengine.api.wire.Fixtures.AID;
import static cellengine.api.wire.Fixtures.EID;
import static cellengine.api.wire.Fixtures.FID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Multipart uploads (docs/wire.md#uploads): framing parsed back, and bodies streamed rather than buffered. */
class UploadTest extends PeerTest {

    @Test
    void upload_from_a_path_sends_one_data_part_named_after_the_file(@TempDir Path dir) throws IOException {
        byte[] content = new byte[100_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path file = dir.resolve("Specimen A1.fcs");
        Files.write(file, content);
        peer.script(r -> Reply.json(201, Fixtures.fcsFile(FID, "Specimen A1.fcs")));
        FcsFile uploaded = client.uploadFcsFile(EID, file);
        assertEquals(FID, uploaded.id());
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals("/api/v1/experiments/" + EID + "/fcsfiles", r.rawPath());
        Multipart part = Multipart.parse(r.header("Content-Type"), r.body());
        assertEquals("form-data; name=\"data\"; filename=\"Specimen A1.fcs\"", part.headers().get("Content-Disposition"));
        assertEquals("application/octet-stream", part.headers().get("Content-Type"));
        assertArrayEquals(content, part.content());
        assertEquals(Long.toString(r.body().length), r.header("Content-Length"), "the length is known for a file");
        assertNull(r.header("Transfer-Encoding"));
    }

    @Test
    void upload_from_bytes_quotes_and_escapes_the_filename() {
        peer.script(r -> Reply.json(201, Fixtures.attachment(AID, "x")));
        byte[] content = "hello world\n\n".getBytes(StandardCharsets.UTF_8);
        client.uploadAttachment(EID, Upload.of("my \"best\" \\ run\r\n.txt", content));
        RecordedRequest r = peer.only();
        assertEquals("/api/v1/experiments/" + EID + "/attachments", r.rawPath());
        Multipart part = Multipart.parse(r.header("Content-Type"), r.body());
        assertEquals("form-data; name=\"data\"; filename=\"my %22best%22 \\\\ run%0D%0A.txt\"",
                part.headers().get("Content-Disposition"));
        assertArrayEquals(content, part.content());
    }

    @Test
    void upload_keeps_non_ascii_file_names_as_utf8() {
        peer.script(r -> Reply.json(201, Fixtures.attachment(AID, "x")));
        client.uploadAttachment(EID, Upload.of("größe-µ.txt", new byte[] {1}));
        Multipart part = Multipart.parse(peer.only().header("Content-Type"), peer.only().body());
        assertEquals("form-data; name=\"data\"; filename=\"größe-µ.txt\"", part.headers().get("Content-Disposition"));
    }

    @Test
    void upload_from_a_stream_of_unknown_length_is_sent_chunked() {
        peer.script(r -> Reply.json(201, Fixtures.attachment(AID, "s.bin")));
        byte[] content = new byte[70_000];
        java.util.Arrays.fill(content, (byte) 7);
        Attachment a = client.uploadAttachment(EID, Upload.of("s.bin", new java.io.ByteArrayInputStream(content), -1));
        assertEquals(AID, a.id());
        RecordedRequest r = peer.only();
        assertEquals("chunked", r.header("Transfer-Encoding"));
        assertNull(r.header("Content-Length"));
        assertArrayEquals(content, Multipart.parse(r.header("Content-Type"), r.body()).content());
    }

    @Test
    void a_stream_upload_reads_its_source_once_and_sends_the_exact_length() {
        peer.script(r -> Reply.json(201, Fixtures.attachment(AID, "once.bin")));
        OnceStream source = new OnceStream(300_000);
        client.uploadAttachment(EID, Upload.of("once.bin", source, 300_000));
        RecordedRequest r = peer.only();
        Multipart part = Multipart.parse(r.header("Content-Type"), r.body());
        assertEquals(300_000, part.content().length);
        assertEquals(Long.toString(r.body().length), r.header("Content-Length"));
        assertTrue(source.closed, "the transport closes the caller's stream");
    }

    @Test
    void a_64_mib_upload_is_streamed_while_the_source_is_still_producing() throws Exception {
        long total = 64L << 20;
        long gate = 8L << 20;
        CountDownLatch serverHasGate = new CountDownLatch(1);
        AtomicLong received = new AtomicLong();
        peer.raw(exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] buffer = new byte[1 << 16];
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    // half the gate: the client's HTTP stack may hold the last chunk it read before the pause
                    if (received.addAndGet(n) >= gate / 2) {
                        serverHasGate.countDown();
                    }
                }
            }
            reply(exchange, Fixtures.fcsFile(FID, "big.fcs"));
        });
        // The source stops after 'gate' bytes until the server has received at least half of them: a client that
        // buffered the whole body before sending would never get past this point.
        GeneratedStream source = new GeneratedStream(total, gate, serverHasGate);
        FcsFile f = client.uploadFcsFile(EID, Upload.of("big.fcs", source, total));
        assertEquals(FID, f.id());
        assertTrue(source.waitedForServer, "the source reached the gate");
        assertTrue(received.get() > total, "the server got the framed body: " + received.get());
    }

    @Test
    void a_rejected_upload_is_a_bad_request_with_the_server_text() {
        peer.script(r -> Reply.json(400, "{\"error\":\"Not an FCS file: the HEADER does not start with FCS.\"}"));
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> client.uploadFcsFile(EID, Upload.of("notes.txt", "hello".getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("Not an FCS file"), e.getMessage());
    }

    @Test
    void uploads_need_a_filename_and_a_readable_file(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> client.uploadFcsFile(EID, Upload.of(" ", new byte[1])));
        assertThrows(NullPointerException.class, () -> client.uploadAttachment(EID, Upload.of(null, new byte[1])));
        assertThrows(java.io.UncheckedIOException.class, () -> client.uploadFcsFile(EID, dir.resolve("missing.fcs")));
    }

    private static void reply(HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(201, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Bytes that can be read once (a read after close fails); records that it was closed. */
    private static final class OnceStream extends InputStream {
        private long left;
        volatile boolean closed;

        OnceStream(long length) {
            this.left = length;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return (int) (left & 0xff);
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (closed) {
                throw new IllegalStateException("read after close");
            }
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) (left - i);
            }
            left -= n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    /** Generates bytes on the fly, pausing once at {@code gate} until the latch opens. */
    private static final class GeneratedStream extends InputStream {
        private final long total;
        private final long gate;
        private final CountDownLatch open;
        private long produced;
        volatile boolean waitedForServer;

        GeneratedStream(long total, long gate, CountDownLatch open) {
            this.total = total;
            this.gate = gate;
            this.open = open;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (produced == gate && !waitedForServer) {
                try {
                    if (!open.await(20, TimeUnit.SECONDS)) {
                        throw new IOException("the server never received the first " + gate + " bytes: the body "
                                + "is being buffered instead of streamed");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
                waitedForServer = true;
            }
            if (produced == total) {
                return -1;
            }
            long limit = produced < gate ? gate : total;
            int n = (int) Math.min(len, limit - produced);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((produced + i) * 7);
            }
            produced += n;
            return n;
        }
    }
}
