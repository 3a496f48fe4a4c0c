package cellengine.analysis.fcs;

import java.util.List;

/**
 * Finds the DATA segment of a data set from the HEADER and the {@code $BEGINDATA}/{@code $ENDDATA} keywords, sized
 * by {@code $TOT} × event size (docs/fcs.md#header-and-text-offsets).
 *
 * <p>Each candidate (HEADER, TEXT) is judged on three facts: its begin lies after the HEADER and does not overlap
 * TEXT; the {@code $TOT} events fit between its begin and the end of the file; its declared length equals the
 * computed one (or one byte more, a common writer bug). The preferred source (TEXT for FCS 3.x, HEADER for FCS 2.0)
 * wins when it is fully consistent, else a fully consistent other source, else whichever at least fits. A
 * disagreement is reported as a warning naming the source used. HEADER values of 0 or 99,999,999 mean "see TEXT".
 */
final class DataLocator {

    /** The resolved DATA segment: absolute begin and end (inclusive), and the event count. */
    record Location(long begin, long end, int events) {
    }

    private record Candidate(String source, long begin, long end, long offsetOrMinusOne, String keyword) {
    }

    private DataLocator() {
    }

    static Location locate(DataSetText set, DataLayout layout, long fileLength, List<String> warnings)
            throws FcsFormatException {
        Header h = set.header;
        long base = set.base;
        Candidate fromHeader = h.dataBegin() > 0 && h.dataBegin() != 99_999_999
                ? new Candidate("HEADER", h.dataBegin(), h.dataEnd() == 99_999_999 ? 0 : h.dataEnd(), base + 26, null)
                : null;
        Candidate fromText = textCandidate(set, fromHeader != null, warnings);
        Candidate preferred = h.isVersion3() ? fromText : fromHeader;
        Candidate other = h.isVersion3() ? fromHeader : fromText;
        if (preferred == null) {
            preferred = other;
            other = null;
        }
        long events = layout.declaredEvents;
        if (events < 0) {
            events = eventsFromSegment(preferred, layout, warnings);
        }
        if (events == 0) {
            return new Location(base, base - 1, 0);
        }
        if (preferred == null) {
            throw new FcsFormatException("$BEGINDATA", -1, "no DATA offsets: the HEADER DATA begin is 0 and "
                    + "$BEGINDATA is missing", null);
        }
        if (layout.delimitedAscii()) {
            return asciiLocation(preferred, base, fileLength, events);
        }
        long length = events * layout.eventBytes;
        if (events > 0 && length / events != layout.eventBytes) {
            throw new FcsFormatException("$TOT", "$TOT × event size overflows");
        }
        Candidate chosen;
        if (exact(preferred, length) && fits(preferred, set, base, length, fileLength)) {
            chosen = preferred;
        } else if (other != null && exact(other, length) && fits(other, set, base, length, fileLength)) {
            chosen = other;
        } else if (fits(preferred, set, base, length, fileLength)) {
            chosen = preferred;
        } else if (other != null && fits(other, set, base, length, fileLength)) {
            chosen = other;
        } else {
            Candidate c = preferred;
            String where = c.keyword != null ? "$BEGINDATA" : null;
            throw new FcsFormatException(where, c.offsetOrMinusOne, "DATA segment from " + c.source + " offsets ["
                    + (base + c.begin) + ", " + (base + c.begin + length - 1) + "] ($TOT " + events + " × "
                    + layout.eventBytes + " bytes per event) "
                    + (fileLength >= 0 && base + c.begin + length > fileLength
                            ? "extends beyond the end of the file (" + fileLength + " bytes)"
                            : "overlaps the HEADER or TEXT segment"), null);
        }
        if (fromHeader != null && fromText != null && (fromHeader.begin != fromText.begin
                || (fromHeader.end != 0 && fromHeader.end != fromText.end))) {
            boolean consistent = exact(chosen, length);
            warnings.add(describe(fromHeader) + " and " + describe(fromText) + " disagree; used the "
                    + chosen.source + " offsets" + (consistent
                            ? ", which match $TOT × event size (" + length + " bytes) and the file length"
                            : ", the " + (chosen == preferred ? "preferred" : "only") + " ones that fit the file"));
        }
        long declared = chosen.end - chosen.begin + 1;
        if (chosen.end > 0 && declared == length + 1) {
            warnings.add("the declared DATA segment is one byte longer than $TOT × event size (" + length
                    + " bytes); the extra byte was ignored");
        } else if (chosen.end > 0 && declared != length) {
            warnings.add("the declared DATA segment [" + chosen.begin + ", " + chosen.end + "] holds " + declared
                    + " bytes, but $TOT × event size is " + length + "; read " + length + " bytes from "
                    + chosen.begin);
        }
        return new Location(base + chosen.begin, base + chosen.begin + length - 1, (int) events);
    }

    private static Candidate textCandidate(DataSetText set, boolean haveHeader, List<String> warnings)
            throws FcsFormatException {
        String beginValue = set.keywords.get("$BEGINDATA");
        String endValue = set.keywords.get("$ENDDATA");
        if (beginValue == null) {
            return null;
        }
        long begin;
        long end;
        try {
            begin = Numbers.parseCount("$BEGINDATA", beginValue);
            end = endValue == null ? 0 : Numbers.parseCount("$ENDDATA", endValue);
        } catch (FcsFormatException e) {
            if (!haveHeader) {
                throw e;
            }
            warnings.add(e.getMessage() + "; the HEADER DATA offsets were used");
            return null;
        }
        return begin > 0 ? new Candidate("TEXT", begin, end, -1, "$BEGINDATA") : null;
    }

    private static long eventsFromSegment(Candidate c, DataLayout layout, List<String> warnings)
            throws FcsFormatException {
        if (c == null || c.end < c.begin || layout.delimitedAscii()) {
            throw new FcsFormatException("$TOT", "required keyword is missing, and the DATA segment length does "
                    + "not give the event count");
        }
        long events = (c.end - c.begin + 1) / layout.eventBytes;
        if (events > Integer.MAX_VALUE - 8) {
            throw new FcsFormatException("$TOT", "missing, and the DATA segment would hold " + events + " events");
        }
        warnings.add("$TOT is missing; " + events + " events were computed from the DATA segment length");
        return events;
    }

    private static Location asciiLocation(Candidate c, long base, long fileLength, long events)
            throws FcsFormatException {
        if (c.end < c.begin || (fileLength >= 0 && base + c.end >= fileLength)) {
            throw new FcsFormatException(c.keyword, c.offsetOrMinusOne, "delimited ASCII DATA needs a valid DATA "
                    + "end offset; found [" + c.begin + ", " + c.end + "]", null);
        }
        return new Location(base + c.begin, base + c.end, (int) events);
    }

    private static boolean exact(Candidate c, long length) {
        long declared = c.end - c.begin + 1;
        return c.end > 0 && (declared == length || declared == length + 1);
    }

    private static boolean fits(Candidate c, DataSetText set, long base, long length, long fileLength) {
        if (c.begin < Header.LENGTH) {
            return false;
        }
        long tb = set.header.textBegin();
        long te = set.header.textEnd();
        // DATA starting on the last TEXT byte is a known writer quirk (docs/fcs.md#header-and-text-offsets), so allow
        // one byte.
        boolean overlapsText = c.begin < te && c.begin + length - 1 >= tb;
        if (overlapsText) {
            return false;
        }
        return fileLength < 0 || base + c.begin + length <= fileLength;
    }

    private static String describe(Candidate c) {
        if (c == null) {
            return "(absent)";
        }
        return c.keyword == null ? "HEADER DATA offsets [" + c.begin + ", " + c.end + "]"
                : "$BEGINDATA/$ENDDATA [" + c.begin + ", " + c.end + "]";
    }
}
