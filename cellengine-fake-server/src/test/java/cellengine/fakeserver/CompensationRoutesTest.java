package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CompensationRoutesTest {

    private static final String TEST_COMP =
            "{\"name\":\"test_comp\",\"channels\":[\"Blue530-A\",\"Vio450-A\"],\"spillMatrix\":[1,0.02,0,1]}";

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String base;

    @BeforeEach
    void experiment() {
        base = "/experiments/" + fake.experiment("{}")
                + "/compensations";
    }

    @Test
    void create_answers_201_with_every_field() {
        JsonObject c = fake.api().post(base, TEST_COMP).expect(201).object();
        assertEquals("test_comp", c.getString("name"));
        assertEquals(ValueType.STRING, c.get("_id").getValueType());
        assertEquals(base.split("/")[2], c.getString("experimentId"));
        assertEquals(List.of("Blue530-A", "Vio450-A"), List.of(c.getJsonArray("channels").getString(0),
                c.getJsonArray("channels").getString(1)));
        assertEquals(4, c.getJsonArray("spillMatrix").size());
        assertEquals(0.02, c.getJsonArray("spillMatrix").getJsonNumber(1).doubleValue());
        assertEquals(0, c.getInt("__v"));
    }

    @Test
    void get_list_patch_and_delete() {
        String id = fake.api().post(base, TEST_COMP).expect(201).object().getString("_id");
        assertEquals("test_comp", fake.api().get(base + "/" + id + "/").expect(200).object().getString("name"));
        assertEquals(List.of("test_comp"),
                fake.api().get(base + "?query=" + Api.q("eq(name,\"test_comp\")") + "&limit=2").strings("name"));
        JsonObject patched = fake.api().patch(base + "/" + id, "{\"spillMatrix\":[1,0.5,0,1]}").expect(200).object();
        assertEquals(0.5, patched.getJsonArray("spillMatrix").getJsonNumber(1).doubleValue());
        assertEquals("renamed", fake.api().patch(base + "/" + id, "{\"name\":\"renamed\"}").object().getString("name"));
        fake.api().delete(base + "/" + id).expect(204);
        fake.api().get(base + "/" + id).expect(404);
        assertEquals(0, fake.api().get(base).array().size());
    }

    @Test
    void validation_names_the_problem() {
        assertEquals("\"spillMatrix\" must hold 2² = 4 numbers (row-major) for the 2 channels, was given 3.",
                fake.api().post(base, "{\"name\":\"x\",\"channels\":[\"a\",\"b\"],\"spillMatrix\":[1,0,1]}").expect(400)
                        .error());
        assertEquals("\"channels\" is required.", fake.api().post(base, "{\"name\":\"x\",\"spillMatrix\":[1]}")
                .expect(400).error());
        assertEquals("\"spillMatrix[1]\" must be a number, was a string.",
                fake.api().post(base, "{\"name\":\"x\",\"channels\":[\"a\",\"b\"],\"spillMatrix\":[1,\"0\",0,1]}")
                        .expect(400).error());
        assertEquals("\"channels[1]\" repeats the channel \"a\".",
                fake.api().post(base, "{\"name\":\"x\",\"channels\":[\"a\",\"a\"],\"spillMatrix\":[1,0,0,1]}")
                        .expect(400).error());
        assertTrue(fake.api().post(base, "{\"name\":\"x\",\"channels\":[\"a\",\"b\"],\"spillMatrix\":[1,1,1,1]}")
                .expect(400).error().contains("cannot be used as a compensation"));
        String id = fake.api().post(base, TEST_COMP).expect(201).object().getString("_id");
        assertTrue(fake.api().patch(base + "/" + id, "{\"channels\":[\"a\"]}").expect(400).error()
                .contains("must hold 1² = 1 numbers"));
        assertEquals(0.02, fake.api().get(base + "/" + id).object().getJsonArray("spillMatrix").getJsonNumber(1)
                .doubleValue(), "a refused PATCH changes nothing");
        assertEquals(1, fake.api().get(base).array().size(), "refused creates store nothing");
    }

    @Test
    void unknown_ids_answer_404() {
        fake.api().get(base + "/0123456789abcdef01234567").expect(404);
        fake.api().patch(base + "/0123456789abcdef01234567", "{\"name\":\"x\"}").expect(404);
        fake.api().delete(base + "/0123456789abcdef01234567").expect(404);
    }
}
