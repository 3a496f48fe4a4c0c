package cellengine.tck.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.model.FcsFile;
import cellengine.fakeserver.FakeCellEngine;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Moves a generated FCS file (1 GiB by default; {@code -Dcellengine.stream.bytes=N} to change it) both ways through
 * the fake server, with the client in a child JVM limited to 64 MiB of heap: the upload streams from an
 * {@code InputStream}, the {@code original=true} download streams into an {@code OutputStream}, and the MD5 and
 * CRC-32C of the generator, the server and the download must agree. The server runs here; it spools the upload to
 * a temporary file and keeps only the file's keywords and parameters in memory.
 */
@Tag("large")
class StreamingTest {

    private static final long DEFAULT_BYTES = 1L << 30;

    @Test
    void a_large_fcs_file_goes_up_and_down_in_constant_client_memory_with_matching_checksums() throws Exception {
        long bytes = Long.getLong("cellengine.stream.bytes", DEFAULT_BYTES);
        try (FakeCellEngine server = FakeCellEngine.start();
             CellEngine client = CellEngine.builder().baseUrl(server.baseUrl()).token(server.token()).build()) {
            String experimentId = client.postExperiment("streaming").id();
            long started = System.nanoTime();
            ChildJvm.Result child = ChildJvm.run(List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
                    StreamingClient.class, List.of(server.baseUrl(), server.token(), experimentId,
                            Long.toString(bytes)), Duration.ofMinutes(5));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(0, child.exitCode(), () -> "the -Xmx64m client failed:\n" + child.output());

            long length = Long.parseLong(child.value("length"));
            assertTrue(length > bytes - 4096 && length <= bytes, "generated " + length + " bytes for " + bytes);
            assertTrue(Long.parseLong(child.value("maxHeap")) <= 64L * 1024 * 1024, child.value("maxHeap"));
            String md5 = child.value("generated.md5");
            String crc32c = child.value("generated.crc32c");
            assertEquals(md5, child.value("server.md5"), "server md5 against the generator's");
            assertEquals(crc32c, child.value("server.crc32c"), "server crc32c against the generator's");
            assertEquals(length, Long.parseLong(child.value("server.size")));
            assertEquals(length, Long.parseLong(child.value("download.bytes")));
            assertEquals(md5, child.value("download.md5"), "downloaded md5");
            assertEquals(crc32c, child.value("download.crc32c"), "downloaded crc32c");
            assertEquals(length, Long.parseLong(child.value("upload.progress.last")),
                    "the last upload report carries every byte and the total");
            assertTrue(Long.parseLong(child.value("upload.progress.reports")) >= length / (64 * 1024));
            assertEquals(length, Long.parseLong(child.value("download.progress.last")),
                    "the last download report carries every byte and the total");

            FcsFile stored = client.getFcsFile(experimentId, child.value("server.id"));
            assertEquals(md5, stored.md5());
            assertEquals(Long.parseLong(child.value("events")), stored.eventCount().longValue());
            System.out.printf("StreamingTest: %d bytes up and down through a -Xmx64m client in %d ms%n", length,
                    millis);
        }
    }
}
