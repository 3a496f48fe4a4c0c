package cellengine.fakeserver.internal.upload;

import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.ObjectIds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32C;

/**
 * Receives one uploaded file part: in memory up to the spool threshold, then in a temporary file, computing MD5 and
 * CRC-32C as the bytes pass. Above the upload limit it fails with a 413 and removes what it wrote. Not thread-safe;
 * one request owns it.
 */
final class SpoolingSink extends OutputStream {

    private final UploadLimits limits;
    private final MessageDigest md5;
    private final CRC32C crc = new CRC32C();
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long size;

    SpoolingSink(UploadLimits limits) {
        this.limits = limits;
        try {
            this.md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides MD5", e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return;
        }
        if (size + len > limits.maxUploadBytes()) {
            discard();
            throw new ApiError.ContentTooLarge("The uploaded file is larger than the fake server's upload limit of "
                    + limits.maxUploadBytes() + " bytes (FakeConfig.maxUploadBytes).");
        }
        md5.update(b, off, len);
        crc.update(b, off, len);
        size += len;
        if (fileOut == null && size > limits.spoolThresholdBytes()) {
            file = limits.spoolDirectory() == null ? Files.createTempFile("cellengine-fake-upload-", ".part")
                    : Files.createTempFile(limits.spoolDirectory(), "cellengine-fake-upload-", ".part");
            file.toFile().deleteOnExit();
            fileOut = Files.newOutputStream(file);
            memory.writeTo(fileOut);
            memory = null;
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
        } else {
            memory.write(b, off, len);
        }
    }

    /** {@return the received bytes; the sink must not be used afterwards} */
    Blob finish() {
        String digest = ObjectIds.hex(md5.digest());
        String crc32c = String.format("%08x", crc.getValue());
        if (fileOut == null) {
            return Blob.inMemory(memory.toByteArray(), digest, crc32c);
        }
        try {
            fileOut.close();
        } catch (IOException e) {
            discard();
            throw new UncheckedIOException("cannot write the spooled upload " + file, e);
        }
        return Blob.spooled(file, size, digest, crc32c);
    }

    /** Drops what was received, removing the spool file. */
    void discard() {
        memory = null;
        if (fileOut != null) {
            try {
                fileOut.close();
            } catch (IOException ignored) {
                // the file is removed next
            }
            fileOut = null;
        }
        if (file != null) {
            Blob.spooled(file, size, "", "").delete();
            file = null;
        }
    }
}
