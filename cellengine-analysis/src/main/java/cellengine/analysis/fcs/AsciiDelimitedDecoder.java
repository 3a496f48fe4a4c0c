package cellengine.analysis.fcs;

import java.io.IOException;

/**
 * Decodes ASCII DATA whose {@code $PnB} is {@code *}: numbers separated by white space or commas, event after event.
 */
final class AsciiDelimitedDecoder {

    private AsciiDelimitedDecoder() {
    }

    static Column[] decode(ByteSource source, long begin, long end, DataLayout layout, int events)
            throws IOException {
        int par = layout.parameters.length;
        long length = end - begin + 1;
        long values = (long) events * par;
        if (values > (length + 1) / 2) {
            throw new FcsFormatException("$TOT", events + " events × " + par + " parameters of delimited ASCII "
                    + "need at least " + values * 2 + " bytes, but the DATA segment has " + length);
        }
        double[][] columns = new double[par][events];
        byte[] chunk = new byte[(int) Math.min(DataDecoder.CHUNK_BYTES, Math.max(1, length))];
        StringBuilder token = new StringBuilder();
        long index = 0;
        long tokenStart = begin;
        for (long at = begin; at <= end && index < values; ) {
            int n = (int) Math.min(chunk.length, end - at + 1);
            source.readFully(at, chunk, 0, n, "DATA segment");
            for (int i = 0; i < n && index < values; i++) {
                byte b = chunk[i];
                if (b == ' ' || b == ',' || b == '\t' || b == '\n' || b == '\r' || b == 0) {
                    if (token.length() > 0) {
                        store(columns, par, index++, token, tokenStart);
                    }
                } else {
                    if (token.length() == 0) {
                        tokenStart = at + i;
                    }
                    if (token.length() > 64) {
                        throw new FcsFormatException(tokenStart, "ASCII DATA value is longer than 64 characters");
                    }
                    token.append((char) (b & 0xFF));
                }
            }
            at += n;
        }
        if (index < values && token.length() > 0) {
            store(columns, par, index++, token, tokenStart);
        }
        if (index < values) {
            throw new FcsFormatException(end, "delimited ASCII DATA holds " + index + " values, but $TOT × $PAR is "
                    + values);
        }
        Column[] result = new Column[par];
        for (int p = 0; p < par; p++) {
            result[p] = new Column.Doubles(columns[p]);
        }
        return result;
    }

    private static void store(double[][] columns, int par, long index, StringBuilder token, long position)
            throws FcsFormatException {
        double v = Numbers.parseDoubleOrNaN(token.toString());
        if (Double.isNaN(v)) {
            throw new FcsFormatException(position, "ASCII DATA value '" + Numbers.shorten(token.toString())
                    + "' is not a number");
        }
        columns[(int) (index % par)][(int) (index / par)] = v;
        token.setLength(0);
    }
}
