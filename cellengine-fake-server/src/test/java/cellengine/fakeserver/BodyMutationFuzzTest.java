package cellengine.fakeserver;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Valid bodies of every route that takes one, each mutated at every position: every value (to a depth of four, the
 * first three elements of an array) replaced by values of every other kind (fourteen at the top level, five below),
 * every key removed, every array given an extra wrong element. PATCH bodies are the entity as GET returns it, as clients echo it. In strict and relaxed
 * mode alike, no mutation may be answered with a 5xx, and every error must have the reference shape.
 */
class BodyMutationFuzzTest {

    private static final List<JsonValue> WRONG = List.of(JsonValue.NULL, JsonValue.TRUE, num(7), num(-1),
            Json.createValue(1.5), Json.createValue(1e308), Json.createValue("x"), Json.createValue(""),
            Json.createValue("000000000000000000000000"), Json.createValue("k".repeat(5000)),
            JsonValue.EMPTY_JSON_ARRAY, Json.createArrayBuilder().addNull().build(), JsonValue.EMPTY_JSON_OBJECT,
            Json.createObjectBuilder().add("$and", JsonValue.EMPTY_JSON_ARRAY).build());

    /** Below the top level, where most positions are, the kinds of value that differ most. */
    private static final List<JsonValue> WRONG_NESTED = List.of(JsonValue.NULL, num(-1), Json.createValue("x"),
            JsonValue.EMPTY_JSON_ARRAY, JsonValue.EMPTY_JSON_OBJECT);

    private static final int MAX_DEPTH = 4;

    private record Case(String method, String path, JsonValue body) {
    }

    private final List<String> failures = new ArrayList<>();
    private int requests;
    private int refused;

    private static JsonValue num(long n) {
        return Json.createValue(n);
    }

    private static JsonValue parse(String json) {
        return Json.createReader(new java.io.StringReader(json)).readValue();
    }

    /** {@return every route with a body, each with a valid body, on a fresh experiment of {@code server}} */
    private static List<Case> cases(FakeCellEngine server) {
        OneOfEverything everything = OneOfEverything.create(server);
        Api api = Api.of(server);
        String eid = everything.experimentId();
        String base = everything.base();
        String fid = everything.fileId();
        String gid = everything.gid();
        String tailoredGid = Gating.gid();
        JsonObject tailored = api.post(base + "/gates", Gating.tailoredRectangle("t", tailoredGid, fid, 1, 2, 1, 2))
                .expect(201).object();
        JsonObject gate = everything.gate();
        JsonObject population = everything.population();
        JsonObject compensation = everything.compensation();
        JsonObject attachment = everything.attachment();
        JsonObject scaleSet = everything.scaleSet();
        JsonObject folder = everything.folder();
        String populationId = population.getString("_id");

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("POST", "/experiments", parse("{\"name\":\"e\",\"comments\":\"note\",\"tags\":[\"a\"],"
                + "\"path\":[]}")));
        cases.add(new Case("PATCH", base, api.get(base).expect(200).object()));
        cases.add(new Case("POST", base + "/clone", parse("{\"name\":\"c\"}")));
        cases.add(new Case("POST", base + "/revision", parse("{\"description\":\"r\"}")));
        cases.add(new Case("POST", "/folders", parse("{\"name\":\"f2\"}")));
        cases.add(new Case("PATCH", "/folders/" + folder.getString("_id"), folder));
        for (String body : List.of(Gating.rectangle("r", Gating.gid(), 1, 2, 1, 2), Gating.range("g", Gating.gid(),
                1, 2), Gating.split("s", Gating.gid(), 5), Gating.quadrant("q", Gating.gid(), 5, 5),
                Gating.polygon("p", Gating.gid(), "[[0,0],[3000,0],[0,3000]]"),
                Gating.ellipse("e", Gating.gid(), 5, 5, 0.5, 4, 2))) {
            cases.add(new Case("POST", base + "/gates?createPopulation=true", parse(body)));
        }
        cases.add(new Case("POST", base + "/gates", parse("[" + Gating.rectangle("r", Gating.gid(), 1, 2, 1, 2)
                + "]")));
        cases.add(new Case("PATCH", base + "/gates/" + gate.getString("_id"), gate));
        cases.add(new Case("PATCH", base + "/gates?gid=" + gid, parse("{\"name\":\"renamed\"}")));
        cases.add(new Case("POST", base + "/gates/applyTailored?gid=" + tailoredGid, parse("{\"gate\":" + tailored
                + ",\"fcsFileIds\":[\"" + fid + "\"]}")));
        cases.add(new Case("POST", base + "/populations", parse(OneOfEverything.populationBody(gid))));
        cases.add(new Case("PATCH", base + "/populations/" + populationId, population));
        cases.add(new Case("POST", base + "/compensations", parse(OneOfEverything.COMPENSATION_BODY)));
        cases.add(new Case("PATCH", base + "/compensations/" + compensation.getString("_id"), compensation));
        cases.add(new Case("PATCH", base + "/attachments/" + attachment.getString("_id"), attachment));
        cases.add(new Case("PATCH", base + "/scalesets/" + scaleSet.getString("_id"), scaleSet));
        cases.add(new Case("PATCH", base + "/fcsfiles/" + fid, api.get(base + "/fcsfiles/" + fid).expect(200)
                .object()));
        cases.add(new Case("POST", base + "/fcsfiles", parse("{\"fcsFiles\":[\"" + fid + "\"],\"filename\":"
                + "\"copy.fcs\",\"preSubsampleN\":10,\"seed\":1}")));
        cases.add(new Case("POST", base + "/fcsfiles/zip", parse("{\"fcsFileIds\":[\"" + fid + "\"],\"format\":"
                + "\"fcs\"}")));
        cases.add(new Case("POST", base + "/bulkstatistics", parse("{\"statistics\":[\"mean\",\"eventCount\","
                + "\"quantile\"],\"channels\":[\"FSC-A\"],\"q\":0.5,\"annotations\":true,\"compensationId\":0,"
                + "\"format\":\"json\",\"layout\":\"medium\",\"percentOf\":\"PARENT\",\"populationIds\":[\""
                + populationId + "\"],\"fcsFileIds\":[\"" + fid + "\"]}")));
        cases.add(new Case("POST", base + "/importResources", parse("{\"srcExperiment\":\"" + eid + "\","
                + "\"channelMap\":null,\"dstPopulationId\":null,\"import\":{\"compensations\":true,\"gates\":true,"
                + "\"populations\":true}}")));
        cases.add(new Case("POST", "/signin", parse("{\"username\":\"" + server.username() + "\",\"password\":\""
                + server.password() + "\",\"otp\":null}")));
        return cases;
    }

    /** {@return the value with every single mutation applied, one at a time} */
    static List<JsonValue> mutations(JsonValue value, int depth) {
        List<JsonValue> out = new ArrayList<>();
        if (depth > MAX_DEPTH) {
            return out;
        }
        List<JsonValue> wrongs = depth == 1 ? WRONG : WRONG_NESTED;
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            JsonObject object = value.asJsonObject();
            for (String key : object.keySet()) {
                out.add(Json.createObjectBuilder(object).remove(key).build());
                for (JsonValue wrong : wrongs) {
                    out.add(Json.createObjectBuilder(object).add(key, wrong).build());
                }
                for (JsonValue inner : mutations(object.get(key), depth + 1)) {
                    out.add(Json.createObjectBuilder(object).add(key, inner).build());
                }
            }
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArray array = value.asJsonArray();
            for (JsonValue wrong : wrongs) {
                out.add(Json.createArrayBuilder(array).add(wrong).build());
            }
            for (int i = 0; i < Math.min(3, array.size()); i++) {
                int at = i;
                Function<JsonValue, JsonArray> replaced = v -> {
                    JsonArrayBuilder b = Json.createArrayBuilder(array);
                    b.set(at, v);
                    return b.build();
                };
                for (JsonValue wrong : wrongs) {
                    out.add(replaced.apply(wrong));
                }
                for (JsonValue inner : mutations(array.get(i), depth + 1)) {
                    out.add(replaced.apply(inner));
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "strict = {0}")
    @ValueSource(booleans = {true, false})
    void no_mutation_of_a_valid_body_is_answered_with_a_5xx(boolean strict) {
        try (FakeCellEngine server = FakeCellEngine.start(c -> {
            c.strict = strict;
            c.seed = 5L;
        })) {
            Api api = Api.of(server);
            int caseCount = cases(server).size();
            for (int c = 0; c < caseCount; c++) {
                // a fresh experiment for every case: accepted mutations change what the next ones would see
                Case valid = cases(server).get(c);
                check(valid.method + " " + valid.path + " (valid)", api.send(valid.method, valid.path,
                        valid.body.toString()), true);
                for (JsonValue mutated : mutations(valid.body, 1)) {
                    check(valid.method + " " + valid.path + " " + abbreviate(mutated.toString()),
                            api.send(valid.method, valid.path, mutated.toString()), false);
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " mutated bodies were answered "
                + "wrongly");
        assertTrue(requests > 2_000, "only " + requests + " requests were sent");
        // most mutations break a rule; a fake that accepted them all would not be validating
        assertTrue(refused > requests / 2, "only " + refused + " of " + requests + " mutated bodies were refused");
    }

    private void check(String what, Reply reply, boolean mustSucceed) {
        requests++;
        if (reply.status >= 400 && reply.status < 500) {
            refused++;
        }
        if (mustSucceed && reply.status >= 300) {
            failures.add(what + " should succeed, answered " + reply.status + ": " + abbreviate(reply.body));
        } else if (reply.status >= 500) {
            failures.add(what + " answered " + reply.status + ": " + abbreviate(reply.body));
        } else if (reply.status >= 400 && !reply.hasReferenceErrorShape()) {
            failures.add(what + " answered " + reply.status + " without the error shape: " + abbreviate(reply.body));
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 240 ? text : text.substring(0, 240) + "...";
    }
}
