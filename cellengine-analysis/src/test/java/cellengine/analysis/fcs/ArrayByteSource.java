package cellengine.analysis.fcs;

/** A file-like source over a byte array: the length is known, as for {@link FileByteSource}. */
final class ArrayByteSource implements ByteSource {

    private final byte[] bytes;

    ArrayByteSource(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public int read(long position, byte[] dst, int off, int len) {
        if (position >= bytes.length) {
            return 0;
        }
        int n = (int) Math.min(len, bytes.length - position);
        System.arraycopy(bytes, (int) position, dst, off, n);
        return n;
    }
}
