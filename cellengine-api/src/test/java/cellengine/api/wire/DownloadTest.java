package cellengine.api.wire;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsFormatException;
import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import cellengine.api.Download;
import cellengine.api.InvalidFcsException;
import cellengine.api.NotFoundException;
import cellengine.api.TransportException;
import cellengine.api.model.CompensationId;
import cellengine.api.param.EventExport;
import cellengine.api.param.ExportFormat;
import cellengine.api.param.ZipExport;
import cellengine.testing.wire.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static cellengine.api.wire.Fixtures.AID;
import static cellengine.api.wire.Fixtures.EID;
import static cellengine.api.wire.Fixtures.FID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Downloads: bytes, streams, atomic files, parsed events, and their failures. */
class DownloadTest extends PeerTest {

    private static List<Path> folder(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void download_to_a_path_replaces_the_target_and_leaves_no_temporary_file(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("text.txt");
        Files.writeString(target, "old");
        peer.script(r -> Reply.bytes("hello world\n\n".getBytes(StandardCharsets.UTF_8)));
        client.downloadAttachment(EID, AID, Download.toFile(target));
        assertEquals("hello world\n\n", Files.readString(target));
        assertEquals(List.of(target), folder(dir));
    }

    @Test
    void an_error_answer_leaves_the_target_untouched(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("events.fcs");
        Files.writeString(target, "previous");
        peer.script(r -> Reply.json(404, "{\"error\":\"FCS file not found.\"}"));
        assertThrows(NotFoundException.class, () -> client.downloadFcsFile(EID, FID, EventExport.fcs(), Download.toFile(target)));
        assertEquals("previous", Files.readString(target));
        assertEquals(List.of(target), folder(dir));
    }

    @Test
    void a_body_that_breaks_off_is_a_transport_failure_and_the_partial_file_is_removed(@TempDir Path dir)
            throws IOException {
        Path target = dir.resolve("events.fcs");
        peer.script(r -> Reply.bytes(new byte[1_000_000]).cutAfter(100_000));
        TransportException e = assertThrows(TransportException.class,
                () -> client.downloadFcsFile(EID, FID, EventExport.fcs(), Download.toFile(target)));
        assertTrue(e.getMessage().contains("failed while reading the 200 response"), e.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(List.of(), folder(dir));
    }

    @Test
    void a_missing_folder_fails_before_any_request(@TempDir Path dir) {
        peer.script(r -> Reply.bytes(new byte[1]));
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> client.downloadAttachment(EID, AID, Download.toFile(dir.resolve("no/such/folder/x.txt"))));
        assertTrue(e.getMessage().contains("folder does not exist"), e.getMessage());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void a_failing_output_stream_is_reported_as_such() {
        peer.script(r -> Reply.bytes(new byte[10]));
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> client.downloadAttachment(EID, AID, Download.to(broken)));
        assertTrue(e.getMessage().contains("OutputStream") && e.getMessage().contains("disk full"), e.getMessage());
    }

    @Test
    void get_events_parses_the_downloaded_fcs_file() throws IOException {
        double[] fsc = {100, 200, 300, 400};
        double[] blue = {10, 20, 30, 40};
        ByteArrayOutputStream fcs = new ByteArrayOutputStream();
        FcsWriter.builder().parameter("FSC-A", null, 262144).parameter("Blue530-A", "CD3", 262144)
                .spillover(new Spillover(List.of("FSC-A", "Blue530-A"), new double[] {1, 0.1, 0, 1}))
                .write(fcs, fsc, blue);
        peer.script(r -> Reply.bytes(fcs.toByteArray()));
        FcsData data = client.getEvents(EID, FID,
                EventExport.builder(ExportFormat.FCS).preSubsampleN(4).seed(1L).build());
        assertEquals("/api/v1/experiments/" + EID + "/fcsfiles/" + FID + ".fcs", peer.only().rawPath());
        assertEquals("preSubsampleN=4&seed=1", peer.only().rawQuery());
        assertEquals(List.of("FSC-A", "Blue530-A"), data.parameterNames());
        assertArrayEquals(fsc, data.column("FSC-A"));
        assertArrayEquals(blue, data.column("Blue530-A"));
        assertTrue(data.spillover().isPresent());
    }

    @Test
    void get_events_of_a_body_that_is_not_fcs_is_an_invalid_fcs_exception() {
        peer.script(r -> Reply.bytes("<html>maintenance</html>".getBytes(StandardCharsets.UTF_8)));
        InvalidFcsException e = assertThrows(InvalidFcsException.class,
                () -> client.getEvents(EID, FID, EventExport.fcs()));
        assertEquals(200, e.status());
        assertInstanceOf(FcsFormatException.class, e.getCause());
        assertTrue(e.getMessage().contains("not a readable FCS file"), e.getMessage());
    }

    @Test
    void get_events_refuses_tsv_options() {
        assertThrows(IllegalArgumentException.class, () -> client.getEvents(EID, FID, EventExport.tsv()));
    }

    @Test
    void zip_export_to_a_path_is_atomic(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("events.zip");
        peer.script(r -> Reply.bytes(new byte[] {'P', 'K', 5, 6}));
        client.exportEventsZip(EID, ZipExport.builder(ExportFormat.FCS).compensationId(CompensationId.uncompensated())
                .build(), Download.toFile(target));
        assertArrayEquals(new byte[] {'P', 'K', 5, 6}, Files.readAllBytes(target));
        assertEquals("{\"format\":\"fcs\",\"compensationId\":0}", peer.only().bodyText());
        assertEquals(List.of(target), folder(dir));
    }

    @Test
    void a_64_mib_download_reaches_the_output_stream_while_the_server_is_still_sending() {
        long total = 64L << 20;
        int gate = 8 << 20;
        CountDownLatch clientHasGate = new CountDownLatch(1);
        peer.raw(exchange -> {
            exchange.sendResponseHeaders(200, total);
            try (OutputStream out = exchange.getResponseBody()) {
                byte[] chunk = new byte[1 << 16];
                long sent = 0;
                boolean waited = false;
                while (sent < total) {
                    if (sent == gate && !waited) {
                        out.flush();
                        try {
                            // a client that buffered the whole body before handing it over never gets here
                            if (!clientHasGate.await(20, TimeUnit.SECONDS)) {
                                return;
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        waited = true;
                    }
                    out.write(chunk);
                    sent += chunk.length;
                }
            }
        });
        long[] count = new long[1];
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                count[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                count[0] += len;
                if (count[0] >= gate / 2) {
                    clientHasGate.countDown();
                }
            }
        };
        client.downloadFcsFile(EID, FID, EventExport.fcs(), Download.to(counting));
        assertEquals(total, count[0]);
    }
}
