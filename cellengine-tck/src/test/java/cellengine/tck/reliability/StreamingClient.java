package cellengine.tck.reliability;

import cellengine.api.CellEngine;
import cellengine.api.Download;
import cellengine.api.Upload;
import cellengine.api.model.FcsFile;
import cellengine.api.param.EventExport;

import cellengine.api.param.ExportFormat;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32C;

/**
 * The client side of {@link StreamingTest}, run in a child JVM with a small heap: uploads a generated FCS file
 * from an {@code InputStream} and downloads the original back into a digesting {@code OutputStream}, and prints
 * what it saw as {@code key=value} lines. Arguments: base URL, token, experiment id, size in bytes.
 */
public final class StreamingClient {

    private StreamingClient() {
    }

    /**
     * Runs one round trip.
     *
     * @param args base URL, token, experiment id, approximate size in bytes
     * @throws Exception on any failure, which ends the JVM with a non-zero status
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String experimentId = args[2];
        long bytes = Long.parseLong(args[3]);
        try (CellEngine client = CellEngine.builder().baseUrl(baseUrl).token(token).build()) {
            FcsGeneratorStream generated = new FcsGeneratorStream(bytes);
            AtomicLong uploadReports = new AtomicLong();
            AtomicLong uploadLast = new AtomicLong();
            FcsFile file = client.uploadFcsFile(experimentId, Upload.of("generated.fcs", generated, generated.length())
                    .withProgress((sent, total) -> {
                        uploadReports.incrementAndGet();
                        uploadLast.set(total == generated.length() ? sent : -sent);
                    }));
            System.out.println("length=" + generated.length());
            System.out.println("events=" + generated.events());
            System.out.println("generated.md5=" + generated.md5());
            System.out.println("generated.crc32c=" + generated.crc32c());
            System.out.println("upload.progress.last=" + uploadLast.get());
            System.out.println("upload.progress.reports=" + uploadReports.get());
            System.out.println("server.id=" + file.id());
            System.out.println("server.md5=" + file.md5());
            System.out.println("server.crc32c=" + file.crc32c());
            System.out.println("server.size=" + file.size());

            DigestingOutputStream out = new DigestingOutputStream();
            AtomicLong downloadLast = new AtomicLong();
            EventExport original = EventExport.builder(ExportFormat.FCS).original(true).build();
            client.downloadFcsFile(experimentId, file.id(), original, Download.to(out)
                    .withProgress((received, total) -> downloadLast.set(total == generated.length() ? received
                            : -received)));
            System.out.println("download.bytes=" + out.count);
            System.out.println("download.md5=" + FcsGeneratorStream.hex(out.md5.digest()));
            System.out.println("download.crc32c=" + String.format("%08x", out.crc.getValue()));
            System.out.println("download.progress.last=" + downloadLast.get());
            Runtime rt = Runtime.getRuntime();
            System.out.println("maxHeap=" + rt.maxMemory());
        }
    }

    /** Discards the bytes, keeping their count, MD5 and CRC-32C. */
    private static final class DigestingOutputStream extends OutputStream {
        final MessageDigest md5 = MessageDigest.getInstance("MD5");
        final CRC32C crc = new CRC32C();
        long count;

        DigestingOutputStream() throws Exception {
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            md5.update(b, off, len);
            crc.update(b, off, len);
            count += len;
        }
    }
}
