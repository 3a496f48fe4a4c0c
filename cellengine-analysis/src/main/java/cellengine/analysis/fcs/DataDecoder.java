package cellengine.analysis.fcs;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes list-mode binary and fixed-width ASCII DATA into one primitive array per parameter.
 *
 * <p>DATA is read in chunks of about {@link #CHUNK_BYTES} (256 KiB) into one reused buffer, and each chunk is
 * de-interleaved parameter by parameter in a plain loop whose element type, width, byte order and mask are fixed before the loop
 * starts. Heap use is the columns plus the chunk.
 */
final class DataDecoder {

    /** Small enough to stay in L2 cache while it is de-interleaved, large enough to amortise each read call. */
    static final int CHUNK_BYTES = 1 << 18;

    private static final VarHandle SHORT_LE = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle SHORT_BE = MethodHandles.byteArrayViewVarHandle(short[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle LONG_LE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle FLOAT_LE = MethodHandles.byteArrayViewVarHandle(float[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_BE = MethodHandles.byteArrayViewVarHandle(float[].class,
            ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLE_LE = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_BE = MethodHandles.byteArrayViewVarHandle(double[].class,
            ByteOrder.BIG_ENDIAN);

    private DataDecoder() {
    }

    /**
     * Decodes {@code events} fixed-size events starting at {@code begin}.
     *
     * @param lengthVerified true when the caller checked that the bytes exist (a file); false for a stream, where
     *     columns grow as data arrives so that a lying {@code $TOT} cannot make us allocate more than was sent
     */
    static Column[] decode(ByteSource source, long begin, DataLayout layout, int events, boolean lengthVerified)
            throws IOException {
        ParameterSpec[] specs = layout.parameters;
        int par = specs.length;
        if (layout.eventBytes > CHUNK_BYTES * 64L) {
            throw new FcsFormatException("$PAR", "one event takes " + layout.eventBytes + " bytes; at most "
                    + CHUNK_BYTES * 64L + " are supported");
        }
        int stride = (int) layout.eventBytes;
        int chunkEvents = Math.max(1, CHUNK_BYTES / stride);
        byte[] chunk = new byte[(int) Math.min((long) chunkEvents * stride, (long) Math.max(events, 1) * stride)];
        int capacity = lengthVerified ? events : Math.min(events, chunkEvents);
        Object[] arrays = new Object[par];
        int[] offsets = new int[par];
        for (int p = 0, off = 0; p < par; p++) {
            arrays[p] = specs[p].newArray(capacity);
            offsets[p] = off;
            off += specs[p].width();
        }
        for (int first = 0; first < events; ) {
            int n = Math.min(chunkEvents, events - first);
            source.readFully(begin + (long) first * stride, chunk, 0, n * stride, "DATA segment");
            if (first + n > capacity) {
                capacity = (int) Math.min(events, Math.max(first + n, capacity * 2L));
                for (int p = 0; p < par; p++) {
                    arrays[p] = Column.grow(arrays[p], capacity);
                }
            }
            for (int p = 0; p < par; p++) {
                decodeParameter(specs[p], layout.byteOrder, chunk, offsets[p], stride, n, arrays[p], first,
                        begin + (long) first * stride);
            }
            first += n;
        }
        Column[] columns = new Column[par];
        for (int p = 0; p < par; p++) {
            columns[p] = Column.of(arrays[p]);
        }
        return columns;
    }

    private static void decodeParameter(ParameterSpec spec, ByteOrderSpec order, byte[] chunk, int off, int stride,
            int n, Object dst, int at, long chunkPosition) throws FcsFormatException {
        boolean big = order.isBigEndian();
        if (order.isMixed() && spec.width() > 1 && spec.type() != 'A') {
            mixed(spec, order, chunk, off, stride, n, dst, at);
            return;
        }
        switch (spec.type()) {
            case 'F':
                floats(chunk, off, stride, n, (float[]) dst, at, big);
                return;
            case 'D':
                doubles(chunk, off, stride, n, (double[]) dst, at, big);
                return;
            case 'A':
                ascii(spec, chunk, off, stride, n, (double[]) dst, at, chunkPosition);
                return;
            default:
                break;
        }
        long mask = spec.mask();
        switch (spec.width()) {
            case 1:
                uint8(chunk, off, stride, n, (float[]) dst, at, (int) (mask & 0xFF));
                return;
            case 2:
                uint16(chunk, off, stride, n, (float[]) dst, at, (int) (mask & 0xFFFF), big);
                return;
            case 3:
                uint24(chunk, off, stride, n, (float[]) dst, at, (int) (mask & 0xFFFFFF), big);
                return;
            case 4:
                if (dst instanceof float[]) {
                    uint32ToFloat(chunk, off, stride, n, (float[]) dst, at, (int) mask, big);
                } else {
                    uint32ToDouble(chunk, off, stride, n, (double[]) dst, at, mask & 0xFFFFFFFFL, big);
                }
                return;
            case 8:
                uint64(chunk, off, stride, n, dst, at, mask, big);
                return;
            default:
                uintAnyWidth(spec.width(), chunk, off, stride, n, dst, at, mask, big);
        }
    }

    private static void floats(byte[] b, int off, int stride, int n, float[] dst, int at, boolean big) {
        if (big) {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (float) FLOAT_BE.get(b, i);
            }
        } else {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (float) FLOAT_LE.get(b, i);
            }
        }
    }

    private static void doubles(byte[] b, int off, int stride, int n, double[] dst, int at, boolean big) {
        if (big) {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (double) DOUBLE_BE.get(b, i);
            }
        } else {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (double) DOUBLE_LE.get(b, i);
            }
        }
    }

    private static void uint8(byte[] b, int off, int stride, int n, float[] dst, int at, int mask) {
        for (int e = 0, i = off; e < n; e++, i += stride) {
            dst[at + e] = b[i] & mask;
        }
    }

    private static void uint16(byte[] b, int off, int stride, int n, float[] dst, int at, int mask, boolean big) {
        if (big) {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (short) SHORT_BE.get(b, i) & mask;
            }
        } else {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (short) SHORT_LE.get(b, i) & mask;
            }
        }
    }

    private static void uint24(byte[] b, int off, int stride, int n, float[] dst, int at, int mask, boolean big) {
        if (big) {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = ((b[i] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i + 2] & 0xFF)) & mask;
            }
        } else {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = ((b[i + 2] & 0xFF) << 16 | (b[i + 1] & 0xFF) << 8 | (b[i] & 0xFF)) & mask;
            }
        }
    }

    /** Masks of at most 24 bits: the masked value is a non-negative int that a float holds exactly. */
    private static void uint32ToFloat(byte[] b, int off, int stride, int n, float[] dst, int at, int mask,
            boolean big) {
        if (big) {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (int) INT_BE.get(b, i) & mask;
            }
        } else {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (int) INT_LE.get(b, i) & mask;
            }
        }
    }

    private static void uint32ToDouble(byte[] b, int off, int stride, int n, double[] dst, int at, long mask,
            boolean big) {
        if (big) {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (int) INT_BE.get(b, i) & mask;
            }
        } else {
            for (int e = 0, i = off; e < n; e++, i += stride) {
                dst[at + e] = (int) INT_LE.get(b, i) & mask;
            }
        }
    }

    private static void uint64(byte[] b, int off, int stride, int n, Object dst, int at, long mask, boolean big) {
        for (int e = 0, i = off; e < n; e++, i += stride) {
            long v = (big ? (long) LONG_BE.get(b, i) : (long) LONG_LE.get(b, i)) & mask;
            store(dst, at + e, v);
        }
    }

    private static void uintAnyWidth(int width, byte[] b, int off, int stride, int n, Object dst, int at, long mask,
            boolean big) {
        for (int e = 0, i = off; e < n; e++, i += stride) {
            long v = 0;
            for (int j = 0; j < width; j++) {
                int k = big ? j : width - 1 - j;
                v = v << 8 | (b[i + k] & 0xFF);
            }
            store(dst, at + e, v & mask);
        }
    }

    private static void mixed(ParameterSpec spec, ByteOrderSpec order, byte[] b, int off, int stride, int n,
            Object dst, int at) {
        for (int e = 0, i = off; e < n; e++, i += stride) {
            long v = order.assemble(b, i);
            if (spec.type() == 'F') {
                ((float[]) dst)[at + e] = Float.intBitsToFloat((int) v);
            } else if (spec.type() == 'D') {
                ((double[]) dst)[at + e] = Double.longBitsToDouble(v);
            } else {
                store(dst, at + e, v & spec.mask());
            }
        }
    }

    /** Stores an unsigned 64-bit value. */
    private static void store(Object dst, int index, long unsigned) {
        double d = unsigned >= 0 ? unsigned : ((unsigned >>> 1) | (unsigned & 1)) * 2.0;
        if (dst instanceof float[]) {
            ((float[]) dst)[index] = (float) d;
        } else {
            ((double[]) dst)[index] = d;
        }
    }

    private static void ascii(ParameterSpec spec, byte[] b, int off, int stride, int n, double[] dst, int at,
            long chunkPosition) throws FcsFormatException {
        int width = spec.width();
        for (int e = 0, i = off; e < n; e++, i += stride) {
            String s = new String(b, i, width, StandardCharsets.ISO_8859_1);
            double v = Numbers.parseDoubleOrNaN(s);
            if (Double.isNaN(v)) {
                throw new FcsFormatException(chunkPosition + i, "ASCII value '" + Numbers.shorten(s.strip())
                        + "' of parameter " + spec.name() + ", event " + (at + e + 1) + ", is not a number");
            }
            dst[at + e] = v;
        }
    }
}
