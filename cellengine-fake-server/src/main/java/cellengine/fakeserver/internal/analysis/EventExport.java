package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsWriter;
import cellengine.analysis.fcs.Spillover;
import cellengine.analysis.stats.EventTable;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.json.JsonNumbers;
import cellengine.fakeserver.internal.store.FcsPayload;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Event export (docs/wire.md#event-export, docs/wire.md#tsv-output, docs/semantics.md#event-export): selects events
 * (pre-subsample, gate, post-subsample, all with one {@link SplittableRandom} seeded by {@code seed}) and writes them
 * as FCS or TSV.
 *
 * <p>Values are FCS scale values (decision D1). TSV writes them compensated when {@code compensatedQ}, with
 * the compensated columns' headers in angle brackets; FCS writes them unchanged as float32 little-endian with
 * {@link FcsWriter}, and with {@code compensatedQ} the chosen matrix as {@code $SPILLOVER}.
 */
final class EventExport {

    static final String FCS_TYPE = "application/vnd.isac.fcs";
    static final String TSV_TYPE = "text/tab-separated-values; charset=utf-8";
    static final String EVENT_NUMBER = "Event Number";

    /** The export formats. */
    enum Format {
        FCS(".fcs", FCS_TYPE),
        TSV(".tsv", TSV_TYPE);

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    /** The selected events: a subset of the file, their 0-based indices in the original file, the compensation. */
    record Selection(FcsData events, int[] originalIndices, CompensationMatrix compensation) {
    }

    private final CompensationResolver resolver;
    private final PopulationGating gating;

    EventExport(CompensationResolver resolver, PopulationGating gating) {
        this.resolver = resolver;
        this.gating = gating;
    }

    /** {@return the bytes of one export, after validating the request against this file} */
    byte[] export(String experimentId, JsonObject file, FcsPayload payload, ExportRequest request, Format format) {
        if (request.original()) {
            if (format != Format.FCS) {
                throw new ApiError.BadRequest("\"original=true\" returns the uploaded FCS file; ask for .fcs, not "
                        + format.extension + ".");
            }
            return payload.original().bytes();
        }
        Selection selection = select(experimentId, file, payload.data(), request);
        return format == Format.FCS ? fcs(selection, request) : tsv(selection, request);
    }

    Selection select(String experimentId, JsonObject file, FcsData data, ExportRequest request) {
        if (request.populationId() != null && request.compensation() == null) {
            throw new ApiError.BadRequest("\"compensationId\" is required with \"populationId\": it is the "
                    + "compensation used for gating (send 0 for none).");
        }
        CompensationMatrix compensation = resolver.resolve(request.compensationOrNone(), experimentId, file, data);
        SplittableRandom rng = request.seed() == null ? new SplittableRandom() : new SplittableRandom(request.seed());
        int[] events = new int[data.eventCount()];
        for (int i = 0; i < events.length; i++) {
            events[i] = i;
        }
        events = request.pre().apply(events, rng);
        if (request.populationId() != null) {
            EventTable table = data.subset(events).toEventTable();
            long[] members = gating.members(experimentId, request.populationId(), file,
                    compensation == null ? table : compensation.apply(table));
            events = kept(events, members);
        }
        events = request.post().apply(events, rng);
        return new Selection(data.subset(events), events, compensation);
    }

    private static int[] kept(int[] events, long[] members) {
        int count = 0;
        for (int i = 0; i < events.length; i++) {
            if (isSet(members, i)) {
                count++;
            }
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < events.length; i++) {
            if (isSet(members, i)) {
                out[k++] = events[i];
            }
        }
        return out;
    }

    private static boolean isSet(long[] bits, int i) {
        int word = i >>> 6;
        return word < bits.length && (bits[word] & (1L << (i & 63))) != 0;
    }

    static byte[] fcs(Selection selection, ExportRequest request) {
        FcsData events = selection.events();
        try {
            FcsWriter.Builder writer = FcsWriter.builder(events);
            CompensationMatrix compensation = selection.compensation();
            if (request.compensatedQ() && compensation != null) {
                writer.spillover(new Spillover(compensation.channels(), compensation.spillMatrix()));
            }
            int parameters = events.parameterCount();
            double[][] columns = new double[parameters + (request.addEventNumber() ? 1 : 0)][];
            for (int p = 0; p < parameters; p++) {
                columns[p] = events.column(p);
            }
            if (request.addEventNumber()) {
                writer.parameter(eventNumberName(events.parameterNames()), null,
                        Math.max(1, selection.originalIndices().length == 0 ? 1
                                : selection.originalIndices()[selection.originalIndices().length - 1] + 1));
                columns[parameters] = eventNumbers(selection.originalIndices());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.write(out, columns);
            return out.toByteArray();
        } catch (IllegalArgumentException e) {
            throw new ApiError.BadRequest("This FCS file cannot be re-encoded as FCS 3.1: " + e.getMessage() + ".");
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }

    static byte[] tsv(Selection selection, ExportRequest request) {
        FcsData events = selection.events();
        EventTable table = events.toEventTable();
        CompensationMatrix compensation = request.compensatedQ() ? selection.compensation() : null;
        if (compensation != null) {
            table = compensation.apply(table);
        }
        int parameters = events.parameterCount();
        int rows = events.eventCount();
        StringBuilder out = new StringBuilder(Math.max(64, rows * parameters * 10));
        if (request.headers()) {
            for (int p = 0; p < parameters; p++) {
                String name = events.parameterNames().get(p);
                String label = events.parameterLabels().get(p);
                String column = label == null ? name : name + " (" + label + ")";
                boolean compensated = compensation != null && compensation.channels().contains(name);
                out.append(p == 0 ? "" : "\t").append(compensated ? "<" + column + ">" : column);
            }
            if (request.addEventNumber()) {
                out.append('\t').append(eventNumberName(events.parameterNames()));
            }
            out.append("\r\n");
        }
        double[][] columns = new double[parameters][];
        for (int p = 0; p < parameters; p++) {
            columns[p] = table.column(p);
        }
        int[] original = selection.originalIndices();
        for (int e = 0; e < rows; e++) {
            for (int p = 0; p < parameters; p++) {
                if (p > 0) {
                    out.append('\t');
                }
                out.append(number(columns[p][e]));
            }
            if (request.addEventNumber()) {
                out.append('\t').append(original[e] + 1);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A value as TSV text: a value that is exactly a float32 (every value of float data) is written as the
     * shortest decimal of that float, others as the shortest decimal of the double; never in exponent form.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        float f = (float) value;
        if (f == value) {
            return new BigDecimal(Float.toString(f)).stripTrailingZeros().toPlainString();
        }
        return JsonNumbers.text(value);
    }

    private static double[] eventNumbers(int[] originalIndices) {
        double[] numbers = new double[originalIndices.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = originalIndices[i] + 1.0;
        }
        return numbers;
    }

    /** {@return "Event Number", or "Event Number 2", ... when the file already has a parameter of that name} */
    static String eventNumberName(List<String> existing) {
        String name = EVENT_NUMBER;
        for (int k = 2; existing.contains(name); k++) {
            name = EVENT_NUMBER + " " + k;
        }
        return name;
    }
}
