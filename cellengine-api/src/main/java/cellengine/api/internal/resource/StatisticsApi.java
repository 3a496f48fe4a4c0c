package cellengine.api.internal.resource;

import cellengine.api.internal.http.ApiCaller;
import cellengine.api.internal.http.ApiPath;
import cellengine.api.internal.http.Ids;
import cellengine.api.internal.json.Json;
import cellengine.api.internal.json.MalformedJsonException;
import cellengine.api.model.StatisticsFormat;
import cellengine.api.model.StatisticsResult;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.StatisticsRequest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code POST /experiments/{eid}/bulkstatistics} (docs/wire.md#statistics). */
public final class StatisticsApi {

    private final ApiCaller caller;

    /**
     * Creates the resource.
     *
     * @param caller the authenticated caller
     */
    public StatisticsApi(ApiCaller caller) {
        this.caller = Objects.requireNonNull(caller, "caller");
    }

    /**
     * {@return the statistics: JSON rows, or CSV/TSV text}; files and populations given by name are resolved to
     * ids first, with one list call per kind
     *
     * @param eid the experiment id
     * @param request the request
     */
    public StatisticsResult get(String eid, StatisticsRequest request) {
        ApiPath path = ApiPath.of("experiments", Ids.require(eid, "experimentId"), "bulkstatistics");
        Objects.requireNonNull(request, "request");
        request = StatisticsNames.resolve(caller, eid, request);
        ApiCaller.Answer answer = caller.exchange("POST", path, Map.of(), request);
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        if (request.format() != StatisticsFormat.JSON) {
            return StatisticsResult.ofText(request.format(), text);
        }
        JsonValue value;
        try {
            value = Json.readValue(answer.body());
        } catch (MalformedJsonException e) {
            throw answer.unusable(e.getMessage(), e);
        }
        if (!(value instanceof JsonArray)) {
            throw answer.unusable("expected a JSON array of statistics rows, found " + Json.describe(value), null);
        }
        List<StatisticsRow> rows = new ArrayList<>();
        for (JsonValue row : (JsonArray) value) {
            if (!(row instanceof JsonObject)) {
                throw answer.unusable("statistics row " + rows.size() + " is " + Json.describe(row)
                        + ", not an object", null);
            }
            rows.add(new StatisticsRow((JsonObject) row));
        }
        return StatisticsResult.ofRows(text, rows);
    }
}
