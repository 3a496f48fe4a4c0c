package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.compensation.CompensationMatrix;
import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.Spillover;
import cellengine.fakeserver.internal.ApiError;
import cellengine.fakeserver.internal.store.Compensations;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves a request's compensation for one file (docs/semantics.md#per-event-pipeline step 2,
 * docs/semantics.md#special-compensation-ids): {@code 0} none, {@code -1} the file's own spillover, {@code -2} the
 * file's {@code compensation} ({@code null} counts as 0), an id the stored compensation. Every failure is a 400 naming
 * the problem: no spillover for -1, an unknown id, a compensation channel the file lacks.
 */
final class CompensationResolver {

    private final Compensations compensations;

    CompensationResolver(Compensations compensations) {
        this.compensations = compensations;
    }

    /** {@return the compensation to apply, or null for none} */
    CompensationMatrix resolve(CompensationChoice choice, String experimentId, JsonObject file, FcsData data) {
        CompensationMatrix resolved;
        if (choice.id() != null) {
            JsonObject stored = compensations.find(experimentId, choice.id()).orElseThrow(() ->
                    new ApiError.BadRequest("\"compensationId\" names no compensation of experiment " + experimentId
                            + ": \"" + choice.id() + "\"."));
            resolved = Compensations.toAnalysis(stored);
        } else if (choice.code() == 0) {
            return null;
        } else if (choice.code() == -1) {
            Spillover spill = data.spillover().orElseThrow(() -> new ApiError.BadRequest("FCS file "
                    + file.getString("_id") + " has no file-internal compensation (no spillover keyword), so "
                    + "compensation -1 cannot be used."));
            try {
                resolved = CompensationMatrix.from(spill);
            } catch (IllegalArgumentException e) {
                throw new ApiError.BadRequest("The file-internal compensation of FCS file " + file.getString("_id")
                        + " cannot be applied: " + e.getMessage() + ".");
            }
        } else {
            return resolve(perFile(file), experimentId, file, data);
        }
        List<String> missing = new ArrayList<>();
        for (String channel : resolved.channels()) {
            if (data.indexOf(channel) < 0) {
                missing.add(channel);
            }
        }
        if (!missing.isEmpty()) {
            throw new ApiError.BadRequest("Compensation " + choice + " names channels that FCS file "
                    + file.getString("_id") + " does not have: " + missing + ".");
        }
        return resolved;
    }

    private static CompensationChoice perFile(JsonObject file) {
        JsonValue own = file.getOrDefault("compensation", JsonValue.NULL);
        if (own instanceof JsonString) {
            return new CompensationChoice(0, ((JsonString) own).getString());
        }
        if (own instanceof JsonNumber && ((JsonNumber) own).intValue() == -1) {
            return CompensationChoice.FILE_INTERNAL;
        }
        return CompensationChoice.UNCOMPENSATED;
    }
}
