package cellengine.fakeserver.internal.upload;

import cellengine.fakeserver.internal.json.ObjectIds;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32C;

/**
 * The digests the API reports for stored bytes (docs/wire.md#fcs-file-fields, docs/wire.md#attachment-fields): MD5 and
 * CRC-32C, as lower-case hex.
 */
public final class Checksums {

    private Checksums() {
    }

    /** {@return the MD5 of {@code bytes}, 32 lower-case hex digits} */
    public static String md5(byte[] bytes) {
        try {
            return ObjectIds.hex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides MD5", e);
        }
    }

    /** {@return the CRC-32C (Castagnoli) of {@code bytes}, 8 lower-case hex digits, big-endian} */
    public static String crc32c(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return String.format("%08x", crc.getValue());
    }
}
