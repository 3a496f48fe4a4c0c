package cellengine.api.wire;

import cellengine.api.ApiException;
import cellengine.api.CellEngine;
import cellengine.api.RetryPolicy;
import cellengine.api.internal.json.Json;
import cellengine.api.model.Statistic;
import cellengine.api.model.StatisticsResult;
import cellengine.api.model.StatisticsRow;
import cellengine.api.param.StatisticsRequest;
import cellengine.api.spi.Headers;
import cellengine.api.spi.Transport;
import cellengine.api.spi.TransportRequest;
import cellengine.api.spi.TransportResponse;
import jakarta.json.JsonPointer;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A server that answers 200 with JSON of the wrong shape must get a typed {@link ApiException} naming the problem
 * from the SDK, never a {@code NullPointerException}, a {@code ClassCastException} or another stray runtime error.
 * Every entity the client binds (each fixture as the service sends it, and a statistics row read through every typed
 * accessor and {@code toCsv()}) is mutated at every JSON pointer to a depth of
 * four: the value replaced by one of another kind, or removed; each mutation is answered to the matching client call.
 */
class ResponseMutationFuzzTest {

    private static final JsonProvider JSON = Json.provider();
    private static final List<JsonValue> WRONG = List.of(JsonValue.NULL, JsonValue.FALSE, JSON.createValue(-1),
            JSON.createValue(1e308), JSON.createValue("x"), JSON.createValue("2019-02-30T00:00:00Z"),
            JsonValue.EMPTY_JSON_ARRAY, JSON.createArrayBuilder().add(7).build(), JsonValue.EMPTY_JSON_OBJECT);
    private static final int MAX_DEPTH = 4;

    /** A valid answer and the call that reads it. */
    private record Case(String body, Function<CellEngine, Object> call) {
    }

    /** Answers every request with 200 and the body set last. */
    private static final class OneAnswer implements Transport {
        private volatile byte[] body = new byte[0];

        @Override
        public TransportResponse send(TransportRequest request) {
            return TransportResponse.of(200, Headers.builder().set("Content-Type", "application/json").build(),
                    new ByteArrayInputStream(body));
        }
    }

    private final OneAnswer transport = new OneAnswer();
    private final CellEngine client = CellEngine.builder().baseUrl("http://127.0.0.1:9").token("fuzz-token")
            .transport(transport).retryPolicy(RetryPolicy.none()).build();

    @AfterEach
    void close() {
        client.close();
    }

    private static String fixture(String name) throws IOException {
        return Files.readString(Path.of("src/test/resources/fixtures", name));
    }

    private static JsonStructure parse(String json) {
        return (JsonStructure) Json.readValue(json.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return JSON pointers to every value below {@code value}, depth-first, to {@link #MAX_DEPTH}} */
    private static List<String> pointers(JsonValue value, String at, int depth) {
        List<String> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        if (value instanceof jakarta.json.JsonObject) {
            for (Map.Entry<String, JsonValue> e : value.asJsonObject().entrySet()) {
                String child = at + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                out.add(child);
                out.addAll(pointers(e.getValue(), child, depth + 1));
            }
        } else if (value instanceof jakarta.json.JsonArray) {
            for (int i = 0; i < Math.min(3, value.asJsonArray().size()); i++) {
                String child = at + "/" + i;
                out.add(child);
                out.addAll(pointers(value.asJsonArray().get(i), child, depth + 1));
            }
        }
        return out;
    }

    private static List<JsonStructure> mutationsOf(JsonStructure valid) {
        List<JsonStructure> out = new ArrayList<>();
        for (String at : pointers(valid, "", 1)) {
            JsonPointer pointer = JSON.createPointer(at);
            out.add(pointer.remove(valid));
            for (JsonValue wrong : WRONG) {
                out.add(pointer.replace(valid, wrong));
            }
        }
        return out;
    }

    @Test
    void every_mutation_of_every_entity_is_bound_or_refused_with_an_api_exception() throws IOException {
        String eid = Fixtures.EID;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(fixture("experiment-full.json"), c -> c.getExperiment(eid)));
        cases.add(new Case(fixture("experiment-new-abridged.json"), c -> c.getExperiment(eid)));
        cases.add(new Case("[" + fixture("experiment-new-abridged.json") + "]", CellEngine::getExperiments));
        cases.add(new Case(fixture("folder.json"), c -> c.getFolder(eid)));
        for (String type : List.of("Rectangle", "Polygon", "Ellipse", "Range", "Quadrant", "Split")) {
            cases.add(new Case(fixture("gates/" + type + "Gate.json"), c -> c.getGate(eid, Fixtures.GATE_ID)));
        }
        cases.add(new Case(Fixtures.fcsFile(Fixtures.FID, "a.fcs"), c -> c.getFcsFile(eid, Fixtures.FID)));
        // attachments have no GET by id: the client lists them with a query (docs/wire.md)
        cases.add(new Case("[" + Fixtures.attachment(Fixtures.AID, "a.txt") + "]",
                c -> c.getAttachment(eid, Fixtures.AID)));
        cases.add(new Case(Fixtures.compensation(Fixtures.CID, "c"), c -> c.getCompensation(eid, Fixtures.CID)));
        cases.add(new Case(Fixtures.population(Fixtures.PID, "p", "{\"$and\":[\"" + Fixtures.GID + "\"]}", null),
                c -> c.getPopulation(eid, Fixtures.PID)));
        cases.add(new Case("[" + Fixtures.scaleSet() + "]", c -> c.getScaleset(eid)));
        StatisticsRequest statistics = StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT, Statistic.MEAN,
                Statistic.MEDIAN, Statistic.PERCENT, Statistic.QUANTILE).q(0.9).channels("FSC-A").annotations(true)
                .populationIds(Fixtures.PID).build();
        cases.add(new Case("[" + AnalysisWireTest.LIVE_ROW + "]", c -> {
            StatisticsResult result = c.getStatistics(eid, statistics);
            for (StatisticsRow row : result.rows()) {
                row.percent();
                row.eventCount();
                row.annotations();
                row.population();
            }
            return result.toCsv();
        }));

        List<String> failures = new ArrayList<>();
        int answered = 0;
        int refused = 0;
        for (Case c : cases) {
            JsonStructure valid = parse(c.body());
            Function<CellEngine, Object> call = c.call();
            transport.body = valid.toString().getBytes(StandardCharsets.UTF_8);
            call.apply(client); // the unmutated fixture binds
            for (JsonStructure mutated : mutationsOf(valid)) {
                answered++;
                transport.body = mutated.toString().getBytes(StandardCharsets.UTF_8);
                try {
                    call.apply(client);
                } catch (ApiException expected) {
                    refused++;
                    if (expected.status() / 100 != 2 && expected.status() != 404
                            || !expected.getMessage().contains("answered 200")) {
                        failures.add(abbreviate(mutated) + " -> " + expected.getMessage());
                    }
                } catch (RuntimeException | Error e) {
                    failures.add(abbreviate(mutated) + " -> " + e);
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + answered + " mutated answers escaped as "
                + "something other than an ApiException");
        assertTrue(answered > 2_000 && refused > answered / 4, refused + " of " + answered + " refused");
    }

    private static String abbreviate(JsonValue value) {
        String text = value.toString();
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
