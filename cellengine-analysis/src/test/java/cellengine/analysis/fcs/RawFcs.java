package cellengine.analysis.fcs;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds FCS bytes by hand, including layouts {@link FcsWriter} never produces: any version, delimiter, datatype,
 * byte order, HEADER formatting and offset disagreement.
 */
final class RawFcs {

    private String version = "FCS3.1";
    private byte delimiter = '/';
    private final List<String[]> keywords = new ArrayList<>();
    private byte[] data = new byte[0];
    private int gap;
    private boolean textOffsets = true;
    private String headerDataBegin;
    private String headerDataEnd;
    private String rawText;
    private byte[] trailing = new byte[0];

    static RawFcs of(String version) {
        RawFcs r = new RawFcs();
        r.version = version;
        r.textOffsets = !version.equals("FCS2.0");
        return r;
    }

    /** A minimal list-mode layout: $MODE L, $DATATYPE, $BYTEORD, $PAR, $TOT. */
    RawFcs layout(String datatype, String byteord, int par, int tot) {
        return keyword("$MODE", "L").keyword("$DATATYPE", datatype).keyword("$BYTEORD", byteord)
                .keyword("$PAR", Integer.toString(par)).keyword("$TOT", Integer.toString(tot));
    }

    /** $PnN, $PnB, $PnR for parameter n (from 1). */
    RawFcs parameter(int n, String name, int bits, String range) {
        keyword("$P" + n + "N", name).keyword("$P" + n + "B", Integer.toString(bits));
        return range == null ? this : keyword("$P" + n + "R", range);
    }

    RawFcs keyword(String key, String value) {
        keywords.removeIf(kv -> kv[0].equals(key));
        keywords.add(new String[] {key, value});
        return this;
    }

    RawFcs remove(String key) {
        keywords.removeIf(kv -> kv[0].equals(key));
        return this;
    }

    RawFcs delimiter(char d) {
        delimiter = (byte) d;
        return this;
    }

    RawFcs data(byte[] bytes) {
        data = bytes;
        return this;
    }

    /** Padding bytes between the end of TEXT and the start of DATA. */
    RawFcs gap(int bytes) {
        gap = bytes;
        return this;
    }

    RawFcs textOffsets(boolean write) {
        textOffsets = write;
        return this;
    }

    /** Exact 8-character HEADER DATA fields (null: computed). */
    RawFcs headerData(String begin, String end) {
        headerDataBegin = begin;
        headerDataEnd = end;
        return this;
    }

    /** The whole TEXT segment as written, delimiter first; keywords are then ignored. */
    RawFcs rawText(String text) {
        rawText = text;
        return this;
    }

    RawFcs trailing(byte[] bytes) {
        trailing = bytes;
        return this;
    }

    byte[] build() {
        byte[] text = text(0, 0);
        long dataBegin = 58 + text.length + gap;
        for (int i = 0; i < 3 && textOffsets && rawText == null; i++) {
            text = text(dataBegin, dataBegin + data.length - 1);
            dataBegin = 58 + text.length + gap;
        }
        long dataEnd = dataBegin + data.length - 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder header = new StringBuilder(version).append("    ");
        header.append(pad(58)).append(pad(58 + text.length - 1));
        header.append(headerDataBegin != null ? headerDataBegin : pad(dataBegin));
        header.append(headerDataEnd != null ? headerDataEnd : pad(dataEnd));
        header.append(pad(0)).append(pad(0));
        out.writeBytes(header.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(text);
        out.writeBytes(new byte[gap]);
        out.writeBytes(data);
        out.writeBytes(trailing);
        return out.toByteArray();
    }

    private byte[] text(long dataBegin, long dataEnd) {
        if (rawText != null) {
            return rawText.getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(delimiter);
        List<String[]> all = new ArrayList<>();
        if (textOffsets) {
            all.add(new String[] {"$BEGINDATA", Long.toString(dataBegin)});
            all.add(new String[] {"$ENDDATA", Long.toString(dataEnd)});
        }
        all.addAll(keywords);
        for (String[] kv : all) {
            out.writeBytes(kv[0].getBytes(StandardCharsets.UTF_8));
            out.write(delimiter);
            for (byte b : kv[1].getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
                if (b == delimiter) {
                    out.write(b);
                }
            }
            out.write(delimiter);
        }
        return out.toByteArray();
    }

    static String pad(long value) {
        String s = Long.toString(value);
        return " ".repeat(Math.max(0, 8 - s.length())) + s;
    }

    /** Event-major integer DATA; {@code widths[p]} bytes for parameter p, in the given order. */
    static byte[] ints(int[] widths, ByteOrder order, long[][] events) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long[] event : events) {
            for (int p = 0; p < widths.length; p++) {
                int w = widths[p];
                for (int j = 0; j < w; j++) {
                    int shift = order == ByteOrder.BIG_ENDIAN ? 8 * (w - 1 - j) : 8 * j;
                    out.write((int) (event[p] >>> shift) & 0xFF);
                }
            }
        }
        return out.toByteArray();
    }

    static byte[] floats(ByteOrder order, float[][] events) {
        ByteBuffer b = ByteBuffer.allocate(events.length * events[0].length * 4).order(order);
        for (float[] event : events) {
            for (float v : event) {
                b.putFloat(v);
            }
        }
        return b.array();
    }

    static byte[] doubles(ByteOrder order, double[][] events) {
        ByteBuffer b = ByteBuffer.allocate(events.length * events[0].length * 8).order(order);
        for (double[] event : events) {
            for (double v : event) {
                b.putDouble(v);
            }
        }
        return b.array();
    }
}
