package cellengine.tck.net;

import cellengine.api.CellEngine;
import cellengine.api.Download;
import cellengine.api.Upload;
import cellengine.api.model.Attachment;
import cellengine.api.spi.RequestBody;
import cellengine.testing.wire.PatternBytes;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * What {@code NET-STREAM-1} runs in a child JVM with a small heap: uploads an attachment of pattern bytes through a
 * proxy to an HTTPS server and downloads it again, never holding it in memory, and prints {@code key=value} lines.
 * Arguments: transport, base URL, token, CA bundle, proxy, proxy user, proxy password, experiment id, size.
 */
public final class ProxyStreamingMain {

    private ProxyStreamingMain() {
    }

    /**
     * Runs the transfer.
     *
     * @param args see the class comment
     * @throws IOException when the generated stream fails
     */
    public static void main(String[] args) throws IOException {
        long size = Long.parseLong(args[8]);
        try (CellEngine client = CellEngine.builder().transportName(args[0]).baseUrl(args[1]).token(args[2])
                .caBundle(Path.of(args[3])).proxy(args[4]).proxyCredentials(args[5], args[6].toCharArray())
                .build()) {
            Attachment uploaded = client.uploadAttachment(args[7], Upload.of("stream.bin",
                    RequestBody.ofInputStream(() -> PatternBytes.stream(size), size, "application/octet-stream")));
            System.out.println("uploaded=" + uploaded.size());
            CrcOutputStream out = new CrcOutputStream();
            client.downloadAttachment(args[7], uploaded.id(), Download.to(out));
            System.out.println("downloaded=" + out.count);
            System.out.println("crc=" + out.crc.getValue());
            System.out.println("expected.crc=" + PatternBytes.crc32(size));
            System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
        }
    }

    /** Counts and checksums what is written, keeping nothing. */
    private static final class CrcOutputStream extends OutputStream {
        final CRC32 crc = new CRC32();
        long count;

        @Override
        public void write(int b) {
            crc.update(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            crc.update(b, off, len);
            count += len;
        }
    }
}
