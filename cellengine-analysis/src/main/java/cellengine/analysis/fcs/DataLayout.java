package cellengine.analysis.fcs;

import java.util.List;
import java.util.Locale;

/**
 * The DATA layout of one data set, from its TEXT keywords: parameters, byte order, event size and count.
 * Every size is checked here, before anything is allocated from it.
 */
final class DataLayout {

    /** Parameter keyword numbering starts at 1, or at 0 in some files (docs/fcs.md#parameter-numbering-and-names). */
    final int firstIndex;
    final ParameterSpec[] parameters;
    final ByteOrderSpec byteOrder;
    /** Bytes per event; 0 for delimited ASCII. */
    final long eventBytes;
    /** {@code $TOT}, or -1 when absent (FCS 2.0). */
    final long declaredEvents;

    private DataLayout(int firstIndex, ParameterSpec[] parameters, ByteOrderSpec byteOrder, long eventBytes,
            long declaredEvents) {
        this.firstIndex = firstIndex;
        this.parameters = parameters;
        this.byteOrder = byteOrder;
        this.eventBytes = eventBytes;
        this.declaredEvents = declaredEvents;
    }

    boolean delimitedAscii() {
        return eventBytes == 0;
    }

    static DataLayout parse(Keywords kw, boolean version3, List<String> warnings) throws FcsFormatException {
        String mode = kw.get("$MODE");
        if (mode == null) {
            warnings.add("$MODE is missing; list mode (L) was assumed");
        } else if (!mode.strip().equalsIgnoreCase("L")) {
            throw new FcsFormatException("$MODE", "only list mode (L) is supported, found '"
                    + Numbers.shorten(mode) + "' (C and U are histogram modes, deprecated in FCS 3.1)");
        }
        char dataType = dataType("$DATATYPE", kw.get("$DATATYPE"));
        long par = Numbers.parseCount("$PAR", kw.get("$PAR"));
        if (par < 1) {
            throw new FcsFormatException("$PAR", "must be at least 1, found " + par);
        }
        if (par > kw.size()) {
            throw new FcsFormatException("$PAR", "says " + par + " parameters, but TEXT has only " + kw.size()
                    + " keywords (each parameter needs $PnB)");
        }
        int n = (int) par;
        int first = kw.contains("$P0B") && !kw.contains("$P" + n + "B") ? 0 : 1;
        if (first == 0) {
            warnings.add("parameter keywords are numbered from $P0; $P0 was read as parameter 1");
        }
        if (kw.contains("$P" + (n + first) + "B")) {
            warnings.add("$PAR is " + n + " but $P" + (n + first) + "B is present; only " + n
                    + " parameters were read");
        }
        ParameterSpec[] specs = new ParameterSpec[n];
        long eventBytes = 0;
        boolean delimited = false;
        boolean needsOrder = false;
        boolean rangeWarned = false;
        for (int i = 0; i < n; i++) {
            String p = "$P" + (i + first);
            String nameValue = kw.get(p + "N");
            String name = nameValue == null ? "P" + (i + 1) : nameValue;
            if (nameValue == null) {
                warnings.add(p + "N is missing; parameter " + (i + 1) + " was named " + name);
            }
            String labelValue = kw.get(p + "S");
            String label = labelValue == null || labelValue.isBlank() ? null : labelValue;
            char type = dataType;
            String ownType = kw.get(p + "DATATYPE");
            if (ownType != null) {
                type = dataType(p + "DATATYPE", ownType);
            }
            String bitsValue = kw.get(p + "B");
            if (bitsValue == null) {
                throw new FcsFormatException(p + "B", "is missing, but $PAR says there are " + n + " parameters");
            }
            double range = Numbers.parseDoubleOrNaN(kw.get(p + "R"));
            int width;
            long mask = -1;
            boolean floatStorage;
            if (type == 'A' && bitsValue.strip().equals("*")) {
                delimited = true;
                width = 0;
                floatStorage = false;
            } else {
                long bits = Numbers.parseCount(p + "B", bitsValue);
                width = width(p + "B", type, bits, warnings);
                if (type == 'I') {
                    int usedBits = width * 8;
                    if (Double.isNaN(range) || range <= 0) {
                        if (!rangeWarned) {
                            warnings.add(p + "R is missing or not a positive number; integer values of such "
                                    + "parameters were not masked");
                            rangeWarned = true;
                        }
                    } else {
                        int rangeBits = ceilLog2(range);
                        if (rangeBits < usedBits) {
                            mask = (1L << rangeBits) - 1;
                            usedBits = rangeBits;
                        }
                    }
                    floatStorage = usedBits <= 24;
                } else {
                    floatStorage = type == 'F';
                }
                needsOrder |= type != 'A' && width > 1;
            }
            eventBytes += width;
            ScaleRule scale = scaleRule(p, kw.get(p + "E"), kw.get(p + "G"), range, warnings);
            specs[i] = new ParameterSpec(name, label, type, width, range, mask, floatStorage, scale);
        }
        if (delimited) {
            for (int i = 0; i < n; i++) {
                if (specs[i].width() != 0) {
                    throw new FcsFormatException("$P" + (i + first) + "B", "delimited ASCII data ($PnB = *) "
                            + "cannot be mixed with fixed widths");
                }
            }
            eventBytes = 0;
        }
        ByteOrderSpec order = ByteOrderSpec.parse(kw.get("$BYTEORD"), needsOrder);
        if (order.isMixed()) {
            for (int i = 0; i < n; i++) {
                ParameterSpec s = specs[i];
                if (s.type() != 'A' && s.width() > 1 && s.width() != order.size()) {
                    throw new FcsFormatException("$BYTEORD", "the mixed byte order '" + kw.get("$BYTEORD").strip()
                            + "' covers " + order.size() + " bytes, but $P" + (i + first) + "B is "
                            + s.width() * 8 + " bits");
                }
            }
        }
        String tot = kw.get("$TOT");
        long events;
        if (tot == null && !version3) {
            events = -1;
        } else {
            events = Numbers.parseCount("$TOT", tot);
            if (events > Integer.MAX_VALUE - 8) {
                throw new FcsFormatException("$TOT", events + " events exceed the " + (Integer.MAX_VALUE - 8)
                        + " a Java array can hold per parameter");
            }
        }
        return new DataLayout(first, specs, order, eventBytes, events);
    }

    private static char dataType(String keyword, String value) throws FcsFormatException {
        if (value == null) {
            throw new FcsFormatException(keyword, "required keyword is missing");
        }
        String s = value.strip().toUpperCase(Locale.ROOT);
        if (s.length() == 1 && "IFDA".indexOf(s.charAt(0)) >= 0) {
            return s.charAt(0);
        }
        throw new FcsFormatException(keyword, "expected I, F, D or A, found '" + Numbers.shorten(value) + "'");
    }

    private static int width(String keyword, char type, long bits, List<String> warnings) throws FcsFormatException {
        switch (type) {
            case 'F':
                if (bits != 32) {
                    throw new FcsFormatException(keyword, "float ($DATATYPE F) data needs 32 bits, found " + bits);
                }
                return 4;
            case 'D':
                if (bits != 64) {
                    throw new FcsFormatException(keyword, "double ($DATATYPE D) data needs 64 bits, found " + bits);
                }
                return 8;
            case 'A':
                if (bits < 1 || bits > 64) {
                    throw new FcsFormatException(keyword, "ASCII width must be 1-64 characters or *, found " + bits);
                }
                return (int) bits;
            default:
                if (bits < 1 || bits > 64) {
                    throw new FcsFormatException(keyword, "integer width must be 8, 16, 24, 32 or 64 bits, found "
                            + bits);
                }
                if (bits % 8 != 0) {
                    int rounded = (int) ((bits + 7) / 8 * 8);
                    warnings.add(keyword + " is " + bits + " bits, which is not a whole number of bytes; read as "
                            + rounded + "-bit values (as cytolib does for Beckman's $PnB=10)");
                }
                return (int) ((bits + 7) / 8);
        }
    }

    /** {@return ceil(log2(range)), at most 64} */
    static int ceilLog2(double range) {
        double c = Math.ceil(range);
        if (c >= 0x1p63) {
            return 64;
        }
        long v = (long) c;
        return v <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(v - 1);
    }

    private static ScaleRule scaleRule(String p, String amplification, String gainValue, double range,
            List<String> warnings) {
        double decades = 0;
        double offset = 1;
        if (amplification != null && !amplification.isBlank()) {
            String[] parts = amplification.split(",");
            double f1 = parts.length == 2 ? Numbers.parseDoubleOrNaN(parts[0]) : Double.NaN;
            double f2 = parts.length == 2 ? Numbers.parseDoubleOrNaN(parts[1]) : Double.NaN;
            if (Double.isNaN(f1) || Double.isNaN(f2) || f1 < 0) {
                warnings.add(p + "E '" + Numbers.shorten(amplification) + "' is not 'f1,f2' with f1 >= 0; the "
                        + "parameter was read as linear");
            } else if (f1 > 0) {
                if (Double.isNaN(range) || range <= 0) {
                    warnings.add(p + "E is " + amplification.strip() + " but " + p + "R is not a positive number; "
                            + "the log amplification could not be decoded and the parameter was read as linear");
                } else {
                    decades = f1;
                    offset = f2 == 0 ? 1 : f2;
                }
            }
        }
        double gain = 1;
        if (decades == 0 && gainValue != null) {
            double g = Numbers.parseDoubleOrNaN(gainValue);
            if (Double.isNaN(g) || g <= 0) {
                warnings.add(p + "G '" + Numbers.shorten(gainValue) + "' is not a positive number; it was ignored");
            } else {
                gain = g;
            }
        }
        return decades == 0 && gain == 1 ? ScaleRule.IDENTITY : new ScaleRule(decades, offset, range, gain);
    }
}
