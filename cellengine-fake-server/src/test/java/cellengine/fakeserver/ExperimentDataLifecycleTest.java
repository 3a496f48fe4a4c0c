package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExperimentDataLifecycleTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String eid;

    @BeforeEach
    void experiment() {
        eid = fake.experiment("{\"name\":\"source\"}");
    }

    private String compensation(String experiment) {
        return fake.api().post("/experiments/" + experiment + "/compensations",
                "{\"name\":\"test_comp\",\"channels\":[\"FITC-A\",\"PE-A\"],\"spillMatrix\":[1,0.02,0,1]}")
                .expect(201).object().getString("_id");
    }

    @Test
    void clone_deep_copies_files_attachments_compensations_and_the_scale_set() {
        String comp = compensation(eid);
        String fid = fake.upload(eid, "s.fcs", TestFiles.sample(30));
        fake.api().patch("/experiments/" + eid + "/fcsfiles/" + fid, "{\"compensation\":\"" + comp + "\"}").expect(200);
        fake.api().patch("/experiments/" + eid, "{\"activeCompensation\":\"" + comp + "\"}").expect(200);
        fake.http().upload("/experiments/" + eid + "/attachments", "data", "t.txt",
                "hello world\n\n".getBytes(StandardCharsets.US_ASCII)).expect(201);

        JsonObject clone = fake.api().post("/experiments/" + eid + "/clone", "{}").expect(201).object();
        String cid = clone.getString("_id");
        assertEquals("source-1", clone.getString("name"));
        JsonArray comps = fake.api().get("/experiments/" + cid + "/compensations").expect(200).array();
        assertEquals(1, comps.size());
        String copiedComp = comps.getJsonObject(0).getString("_id");
        assertNotEquals(comp, copiedComp);
        assertEquals(copiedComp, clone.getString("activeCompensation"), "references follow the copies");

        JsonObject file = fake.api().get("/experiments/" + cid + "/fcsfiles").expect(200).array().getJsonObject(0);
        assertNotEquals(fid, file.getString("_id"));
        assertEquals(cid, file.getString("experimentId"));
        assertEquals(copiedComp, file.getString("compensation"));
        assertArrayEquals(fake.http().get("/experiments/" + eid + "/fcsfiles/" + fid + ".fcs?original=true").body(),
                fake.http().get("/experiments/" + cid + "/fcsfiles/" + file.getString("_id") + ".fcs?original=true")
                        .expect(200).body());
        assertEquals(31, fake.http().get("/experiments/" + cid + "/fcsfiles/" + file.getString("_id")
                + ".tsv?compensationId=-2&compensatedQ=true").expect(200).text().split("\r\n").length);

        JsonObject attachment = fake.api().get("/experiments/" + cid + "/attachments").expect(200).array()
                .getJsonObject(0);
        assertEquals("d300fa70af75aa4b157382293609dcd9", attachment.getString("md5"));
        assertEquals("hello world\n\n", fake.http().get("/experiments/" + cid
                + "/attachments/" + attachment.getString("_id"))
                .expect(200).text());

        JsonObject sourceSet = fake.api().get("/experiments/" + eid + "/scalesets").array().getJsonObject(0);
        JsonObject cloneSet = fake.api().get("/experiments/" + cid + "/scalesets").array().getJsonObject(0);
        assertNotEquals(sourceSet.getString("_id"), cloneSet.getString("_id"));
        assertEquals(cid, cloneSet.getString("experimentId"));
        assertEquals(sourceSet.getJsonArray("scales"), cloneSet.getJsonArray("scales"));

        assertTrue(fake.api().delete("/experiments/" + cid + "/compensations/" + copiedComp).expect(409).error()
                .contains("activeCompensation"), "a compensation in use is not deleted");
        fake.api().patch("/experiments/" + cid, "{\"activeCompensation\":0}").expect(200);
        assertTrue(fake.api().delete("/experiments/" + cid + "/compensations/" + copiedComp).expect(409).error()
                .contains(file.getString("_id")));
        fake.api().patch("/experiments/" + cid + "/fcsfiles/" + file.getString("_id"), "{\"compensation\":0}")
                .expect(200);
        fake.api().delete("/experiments/" + cid + "/compensations/" + copiedComp).expect(204);
        fake.api().get("/experiments/" + eid + "/compensations/" + comp).expect(200);
    }

    @Test
    void import_resources_copies_compensations_and_annotations_and_answers_json() {
        String comp = compensation(eid);
        String src = fake.upload(eid, "s.fcs", TestFiles.plain(3, 0));
        fake.api().patch("/experiments/" + eid + "/fcsfiles/" + src,
                "{\"annotations\":[{\"name\":\"donor\",\"value\":\"D1\"},{\"name\":\"dose\",\"value\":5}]}")
                .expect(200);
        String dst = fake.experiment("{\"name\":\"dst\"}");
        String dstFile = fake.upload(dst, "s.fcs", TestFiles.plain(3, 0));

        JsonObject answer = fake.api().post("/experiments/" + dst + "/importResources", "{\"srcExperiment\":\"" + eid
                + "\",\"channelMap\":{\"FSC-A\":\"FSC-A\"},\"dstPopulationId\":null,\"import\":{\"populations\":true,"
                + "\"compensations\":true,\"annotations\":[\"donor\"]}}").expect(200).object();
        assertEquals(1, answer.getJsonArray("compensations").size());
        JsonArray comps = fake.api().get("/experiments/" + dst + "/compensations").array();
        assertEquals(List.of("test_comp"), List.of(comps.getJsonObject(0).getString("name")));
        assertNotEquals(comp, comps.getJsonObject(0).getString("_id"));
        JsonArray annotations = fake.api().get("/experiments/" + dst + "/fcsfiles/" + dstFile).object()
                .getJsonArray("annotations");
        assertEquals(1, annotations.size(), "only the named annotation: " + annotations);
        assertEquals("D1", annotations.getJsonObject(0).getString("value"));

        assertEquals("\"srcExperiment\" is required.",
                fake.api().post("/experiments/" + dst + "/importResources", "{}").expect(400).error());
        fake.api().post("/experiments/" + dst + "/importResources", "{\"srcExperiment\":\"0123456789abcdef01234567\"}")
                .expect(404);
        assertTrue(fake.api().post("/experiments/" + dst + "/importResources", "{\"srcExperiment\":\"" + eid
                + "\",\"import\":{\"compensations\":\"yes\"}}").expect(400).error().contains("import.compensations"));
    }

    @Test
    void another_users_experiment_data_is_forbidden() {
        FakeUser other = fake.server().user("intruder@example.com").orElseGet(() ->
                fake.server().addUser("intruder@example.com", "pw"));
        Api intruder = fake.api().withToken(other.token());
        intruder.get("/experiments/" + eid + "/fcsfiles").expect(403);
        intruder.get("/experiments/" + eid + "/scalesets").expect(403);
        intruder.post("/experiments/" + eid + "/compensations", "{}").expect(403);
    }
}
