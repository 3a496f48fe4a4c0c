package cellengine.fakeserver;

import static jakarta.json.JsonValue.ValueType.ARRAY;
import static jakarta.json.JsonValue.ValueType.FALSE;
import static jakarta.json.JsonValue.ValueType.NULL;
import static jakarta.json.JsonValue.ValueType.NUMBER;
import static jakarta.json.JsonValue.ValueType.OBJECT;
import static jakarta.json.JsonValue.ValueType.STRING;
import static jakarta.json.JsonValue.ValueType.TRUE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsReader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FcsFileRoutesTest {

    private static final Map<String, ValueType> FIELDS = new LinkedHashMap<>();

    static {
        for (String f : List.of("_id", "experimentId", "filename", "md5", "crc32c", "panelName", "spillString",
                "header", "sampleName")) {
            FIELDS.put(f, STRING);
        }
        for (String f : List.of("size", "compensation", "eventCount", "__v")) {
            FIELDS.put(f, NUMBER);
        }
        FIELDS.put("gatesLocked", FALSE);
        FIELDS.put("isControl", FALSE);
        FIELDS.put("hasFileInternalComp", TRUE);
        FIELDS.put("deleted", NULL);
        FIELDS.put("panel", ARRAY);
        FIELDS.put("annotations", ARRAY);
        FIELDS.put("data", OBJECT);
    }

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String eid;
    private String files;

    @BeforeEach
    void experiment() {
        eid = fake.experiment("{\"name\":\"fcs\"}");
        files = "/experiments/" + eid + "/fcsfiles";
    }

    private JsonObject upload(String filename, byte[] bytes) {
        return fake.http().upload(files, "data", filename, bytes).expect(201).object();
    }

    @Test
    void upload_fills_every_field_with_its_json_type() throws Exception {
        byte[] bytes = TestFiles.sample(200);
        JsonObject f = upload("sample.fcs", bytes);
        FIELDS.forEach((field, type) -> assertEquals(type, f.get(field) == null ? null : f.get(field).getValueType(),
                field));
        assertEquals(200, f.getInt("eventCount"));
        assertEquals(bytes.length, f.getInt("size"));
        assertEquals(hex(MessageDigest.getInstance("MD5").digest(bytes)), f.getString("md5"));
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        assertEquals(String.format("%08x", crc.getValue()), f.getString("crc32c"));
        assertEquals("Panel 1", f.getString("panelName"));
        assertEquals(-1, f.getInt("compensation"), "a file with a spillover defaults to its own");
        assertEquals(eid, f.getString("experimentId"));
        assertEquals("sample", f.getString("sampleName"));
    }

    @Test
    void panel_spill_string_annotations_and_header_come_from_the_file() {
        JsonObject f = upload("sample.fcs", TestFiles.sample(10));
        JsonArray panel = f.getJsonArray("panel");
        assertEquals(5, panel.size());
        assertEquals(Json.createObjectBuilder().add("index", 1).add("channel", "FSC-A").add("reagent", JsonValue.NULL)
                .build(), panel.get(0));
        assertEquals(Json.createObjectBuilder().add("index", 3).add("channel", "FITC-A").add("reagent", "CD3").build(),
                panel.get(2));
        assertEquals("2,FITC-A,PE-A,1,0.125,0.0625,1", f.getString("spillString"));
        assertEquals(List.of(annotation("plate", "96 Well - V bottom"), annotation("plate row", "B"),
                annotation("plate column", "07"), annotation("plate well", "B07")), f.getJsonArray("annotations"));
        JsonObject header = Json.createReader(new StringReader(f.getString("header"))).readObject();
        assertEquals("10", header.getString("$TOT"));
        assertEquals("FITC-A", header.getString("$P3N"));
        assertEquals("B07", header.getString("WELL ID"));
    }

    @Test
    void upload_adds_default_scales_of_new_channels_only_and_list_shows_one_scale_set() {
        JsonArray sets = fake.api().get("/experiments/" + eid + "/scalesets").expect(200).array();
        assertEquals(1, sets.size());
        JsonObject empty = sets.getJsonObject(0);
        assertEquals("Scale Set 1", empty.getString("name"));
        assertEquals(0, empty.getJsonArray("scales").size());
        upload("sample.fcs", TestFiles.sample(10));
        Map<String, JsonObject> scales = scales();
        assertEquals(List.of("FSC-A", "SSC-A", "FITC-A", "PE-A", "Time"), List.copyOf(scales.keySet()));
        assertEquals(scale("LinearScale", 1, 262144, null), scales.get("FSC-A"));
        assertEquals(scale("ArcSinhScale", -200, 262144, 150), scales.get("FITC-A"));
        assertEquals(scale("LinearScale", 0, 65536, null), scales.get("Time"));

        String id = fake.api().get("/experiments/" + eid + "/scalesets").array().getJsonObject(0).getString("_id");
        fake.api().patch("/experiments/" + eid + "/scalesets/" + id,
                "{\"scales\":[{\"channelName\":\"FSC-A\",\"scale\":{\"type\":\"LogScale\",\"minimum\":1,\"maximum\":1000}}]}")
                .expect(200);
        upload("plain.fcs", TestFiles.plain(5, 0));
        Map<String, JsonObject> after = scales();
        assertEquals(scale("LogScale", 1, 1000, null), after.get("FSC-A"), "an existing entry is left as it is");
        assertEquals(scale("ArcSinhScale", -200, 262144, 150), after.get("FITC-A"));
    }

    @Test
    void scale_set_patch_answers_the_wrapped_scale_set_and_validates_each_entry() {
        upload("sample.fcs", TestFiles.sample(10));
        JsonObject set = fake.api().get("/experiments/" + eid + "/scalesets/").array().getJsonObject(0);
        String path = "/experiments/" + eid + "/scalesets/" + set.getString("_id");
        JsonObject answer = fake.api().patch(path, "{\"scales\":[{\"channelName\":\"FITC-A\",\"scale\":{\"type\":"
                + "\"ArcSinhScale\",\"minimum\":-10,\"maximum\":5000,\"cofactor\":5}}]}").expect(200).object();
        JsonObject updated = answer.getJsonObject("scaleSet");
        assertEquals(set.getString("_id"), updated.getString("_id"));
        assertEquals(eid, updated.getString("experimentId"));
        assertEquals(1, updated.getJsonArray("scales").size());
        assertEquals(scale("ArcSinhScale", -10, 5000, 5), updated.getJsonArray("scales").getJsonObject(0)
                .getJsonObject("scale"));
        assertEquals("\"scales[0].scale.type\" must be one of LinearScale, LogScale, ArcSinhScale, was \"Biex\".",
                fake.api().patch(path, "{\"scales\":[{\"channelName\":\"a\",\"scale\":{\"type\":\"Biex\",\"minimum\":0,"
                        + "\"maximum\":1}}]}").expect(400).error());
        assertEquals("\"scales[1].scale.cofactor\" is required.",
                fake.api().patch(path, "{\"scales\":[{\"channelName\":\"a\",\"scale\":{\"type\":\"LinearScale\","
                        + "\"minimum\":0,"
                        + "\"maximum\":1}},{\"channelName\":\"b\",\"scale\":{\"type\":\"ArcSinhScale\",\"minimum\":0,"
                        + "\"maximum\":1}}]}").expect(400).error());
        assertTrue(fake.api().patch(path, "{\"scales\":[{\"channelName\":\"a\",\"scale\":{\"type\":\"LinearScale\","
                + "\"minimum\":5,\"maximum\":1}}]}").expect(400).error().startsWith("\"scales[0].scale\" is not a valid"));
        fake.api().patch("/experiments/" + eid + "/scalesets/0123456789abcdef01234567", "{\"scales\":[]}").expect(404);
        assertEquals(1, scales().size(), "refused PATCHes change nothing");
    }

    @Test
    void uploads_above_the_json_body_limit_of_one_megabyte_are_accepted() {
        byte[] big = TestFiles.sample(60_000);
        assertTrue(big.length > 1_000_000);
        JsonObject f = upload("big.fcs", big);
        assertEquals(60_000, f.getInt("eventCount"));
        assertEquals(big.length, f.getInt("size"));
    }

    @Test
    void a_file_that_is_not_fcs_is_refused_with_400_and_nothing_is_stored() {
        Reply reply = fake.http().upload(files, "data", "notes.txt", "hello world\n\n".getBytes()).expect(400);
        assertTrue(reply.error().startsWith("\"notes.txt\" is not a readable FCS file"), reply.body);
        assertEquals(0, fake.api().get(files).array().size());
        assertEquals(0, scales().size());
    }

    @Test
    void a_real_corpus_file_uploads_with_its_spill_keyword() throws IOException {
        Path file = Path.of("/work/shared/data/fcs/cellengine-r-toolkit/5k.fcs");
        assumeTrue(Files.isRegularFile(file), "corpus file absent");
        byte[] bytes = Files.readAllBytes(file);
        JsonObject f = upload("5k.fcs", bytes);
        FcsData expected = FcsReader.read(ByteBuffer.wrap(bytes));
        assertEquals(5000, f.getInt("eventCount"));
        assertEquals(12, f.getJsonArray("panel").size());
        assertTrue(f.getBoolean("hasFileInternalComp"));
        assertTrue(f.getString("spillString").startsWith("9,"), f.getString("spillString"));
        assertEquals(expected.parameterNames().get(0), f.getJsonArray("panel").getJsonObject(0).getString("channel"));
        assertArrayEquals(bytes, fake.http().get(files + "/" + f.getString("_id") + ".fcs?original=true").expect(200)
                .body());
    }

    @Test
    void patch_updates_the_documented_fields_and_annotations_replace_the_list() {
        String id = upload("sample.fcs", TestFiles.sample(10)).getString("_id");
        String comp = fake.api().post("/experiments/" + eid + "/compensations",
                "{\"name\":\"c\",\"channels\":[\"FITC-A\"],\"spillMatrix\":[1]}").expect(201).object().getString("_id");
        JsonObject patched = fake.api().patch(files + "/" + id, "{\"filename\":\"renamed.fcs\",\"isControl\":true,"
                + "\"gatesLocked\":true,\"panelName\":\"P2\",\"compensation\":\"" + comp + "\","
                + "\"annotations\":[{\"name\":\"donor\",\"value\":7}]}").expect(200).object();
        assertEquals("renamed.fcs", patched.getString("filename"));
        assertTrue(patched.getBoolean("isControl"));
        assertTrue(patched.getBoolean("gatesLocked"));
        assertEquals("P2", patched.getString("panelName"));
        assertEquals(comp, patched.getString("compensation"));
        assertEquals(List.of(Json.createObjectBuilder().add("name", "donor").add("value", 7).build()),
                patched.getJsonArray("annotations"));
        assertEquals("\"compensation\" cannot be -2 (PER_FILE) on an FCS file; use 0, -1 or a compensation _id.",
                fake.api().patch(files + "/" + id, "{\"compensation\":-2}").expect(400).error());
        assertTrue(fake.api().patch(files + "/" + id, "{\"compensation\":\"0123456789abcdef01234567\"}")
                .expect(400).error().contains("names no compensation"));
        assertEquals("\"annotations[0].value\" must be a string or a number, was a boolean.",
                fake.api().patch(files + "/" + id, "{\"annotations\":[{\"name\":\"x\",\"value\":true}]}").expect(400)
                .error());
    }

    @Test
    void control_files_are_listed_only_with_include_controls() {
        String id = upload("control.fcs", TestFiles.plain(3, 0)).getString("_id");
        upload("sample.fcs", TestFiles.plain(3, 0));
        fake.api().patch(files + "/" + id, "{\"isControl\":true}").expect(200);
        assertEquals(List.of("sample.fcs"), fake.api().get(files).strings("filename"));
        assertEquals(List.of("control.fcs", "sample.fcs"), fake.api().get(files + "?includeControls=true")
                .strings("filename"));
        assertEquals(List.of("control.fcs", "sample.fcs"), fake.api().get(files + "?includeControls=T")
                .strings("filename"));
    }

    @Test
    void delete_is_soft_get_answers_404_lists_show_it_and_patch_restores_it() {
        String id = upload("sample.fcs", TestFiles.plain(3, 0)).getString("_id");
        fake.api().delete(files + "/" + id).expect(204);
        fake.api().get(files + "/" + id).expect(404);
        fake.http().get(files + "/" + id + ".fcs").expect(404);
        JsonObject listed = fake.api().get(files).array().getJsonObject(0);
        assertEquals(STRING, listed.get("deleted").getValueType());
        assertEquals(0, fake.api().get(files + "?query=" + Api.q("eq(deleted,null)")).array().size());
        fake.api().patch(files + "/" + id, "{\"deleted\":null}").expect(200);
        fake.api().get(files + "/" + id).expect(200);
    }

    @Test
    void delete_of_an_already_deleted_file_answers_204_and_leaves_it_deleted() {
        String id = upload("sample.fcs", TestFiles.plain(3, 0)).getString("_id");
        String deleted = fake.api().patch(files + "/" + id, "{\"deleted\":\"2024-10-25T18:00:00Z\"}")
                .expect(200).object().getString("deleted");
        fake.api().delete(files + "/" + id).expect(204);
        fake.api().get(files + "/" + id).expect(404);
        assertEquals(deleted, fake.api().get(files).expect(200).array().getJsonObject(0).getString("deleted"));
        fake.api().delete(files + "/" + id).expect(204);
    }

    @Test
    void json_create_copies_one_file_byte_for_byte() {
        JsonObject source = upload("sample.fcs", TestFiles.sample(20));
        JsonObject copy = fake.api().post(files, "{\"fcsFiles\":[\"" + source.getString("_id")
                + "\"],\"filename\":null}").expect(201).object();
        assertNotEquals(source.getString("_id"), copy.getString("_id"));
        assertEquals(source.getString("md5"), copy.getString("md5"));
        assertEquals("sample.fcs", copy.getString("filename"));
        assertEquals(Json.createObjectBuilder().add("sourceFiles", Json.createArrayBuilder().add(Json
                .createObjectBuilder().add("experimentId", eid).add("_id", source.getString("_id")))).build(),
                copy.getJsonObject("data"));
    }

    @Test
    void json_create_concatenates_with_file_and_event_numbers() throws IOException {
        String a = upload("a.fcs", TestFiles.plain(3, 0)).getString("_id");
        String b = upload("b.fcs", TestFiles.plain(2, 100)).getString("_id");
        JsonObject joined = fake.api().post(files, "{\"fcsFiles\":[\"" + a + "\",\"" + b + "\"],\"filename\":\"j.fcs\","
                + "\"addFileNumber\":true,\"addEventNumber\":true,\"seed\":3}").expect(201).object();
        assertEquals("j.fcs", joined.getString("filename"));
        assertEquals(5, joined.getInt("eventCount"));
        FcsData data = FcsReader.read(ByteBuffer.wrap(
                fake.http().get(files + "/" + joined.getString("_id") + ".fcs").expect(200).body()));
        assertEquals(List.of("FSC-A", "FITC-A", "File Number", "Event Number"), data.parameterNames());
        assertArrayEquals(new double[] {0, 1, 2, 100, 101}, data.column("FSC-A"));
        assertArrayEquals(new double[] {1, 2, 3, 1, 2}, data.column("Event Number"));
        double[] fileNumbers = data.column("File Number");
        for (int e = 0; e < 5; e++) {
            double expected = e < 3 ? 1 : 2;
            assertTrue(Math.abs(fileNumbers[e] - expected) <= 0.25, "file number " + fileNumbers[e]);
        }
    }

    @Test
    void json_create_pre_subsamples_each_input_reproducibly() {
        String a = upload("a.fcs", TestFiles.plain(50, 0)).getString("_id");
        String body = "{\"fcsFiles\":[\"" + a + "\"],\"preSubsampleN\":10,\"seed\":42}";
        JsonObject one = fake.api().post(files, body).expect(201).object();
        JsonObject two = fake.api().post(files, body).expect(201).object();
        assertEquals(10, one.getInt("eventCount"));
        assertEquals(one.getString("md5"), two.getString("md5"), "same seed, same events");
        JsonObject fraction = fake.api().post(files, "{\"fcsFiles\":[\"" + a + "\"],\"preSubsampleP\":0.5}").expect(201)
                .object();
        assertEquals(25, fraction.getInt("eventCount"));
    }

    @Test
    void json_create_imports_from_another_experiment_and_refuses_s3_and_missing_channels() {
        String other = fake.experiment("{}");
        String remote = fake.http().upload("/experiments/" + other + "/fcsfiles", "file", "r.fcs",
                TestFiles.plain(4, 0)).expect(201).object().getString("_id");
        JsonObject imported = fake.api().post(files, "{\"fcsFiles\":[{\"_id\":\"" + remote + "\",\"experiment_id\":\""
                + other + "\"}]}").expect(201).object();
        assertEquals(eid, imported.getString("experimentId"));
        assertEquals(other, imported.getJsonObject("data").getJsonArray("sourceFiles").getJsonObject(0)
                .getString("experimentId"));
        assertTrue(scales().containsKey("FITC-A"), "imports extend the scale set too");
        assertTrue(fake.api().post(files, "{\"fcsFiles\":[{\"host\":\"b.s3.amazonaws.com\",\"path\":\"/x.fcs\"}]}")
                .expect(400).error().contains("not supported by the fake server"));
        String sample = upload("s.fcs", TestFiles.sample(3)).getString("_id");
        String plain = upload("p.fcs", TestFiles.plain(3, 0)).getString("_id");
        assertTrue(fake.api().post(files, "{\"fcsFiles\":[\"" + sample + "\",\"" + plain + "\"]}").expect(400).error()
                .contains("lacks the channel \"SSC-A\""));
        assertEquals("\"fcsFiles\" is required.", fake.api().post(files, "{}").expect(400).error());
        fake.api().post(files, "{\"fcsFiles\":[\"0123456789abcdef01234567\"]}").expect(404);
    }

    @Test
    void get_by_id_includes_header_and_unknown_ids_answer_404() {
        String id = upload("s.fcs", TestFiles.sample(3)).getString("_id");
        JsonObject f = fake.api().get(files + "/" + id + "/").expect(200).object();
        assertEquals(STRING, f.get("header").getValueType());
        assertEquals(STRING, fake.api().get(files).array().getJsonObject(0).get("header").getValueType());
        fake.api().get(files + "/0123456789abcdef01234567").expect(404);
        fake.api().patch(files + "/0123456789abcdef01234567", "{}").expect(404);
        fake.api().delete(files + "/0123456789abcdef01234567").expect(404);
        fake.api().get("/experiments/0123456789abcdef01234567/fcsfiles").expect(404);
        fake.api().get("/experiments/0123456789abcdef01234567/scalesets").expect(404);
    }

    private Map<String, JsonObject> scales() {
        Map<String, JsonObject> out = new LinkedHashMap<>();
        for (JsonValue entry : fake.api().get("/experiments/" + eid + "/scalesets").expect(200).array().getJsonObject(0)
                .getJsonArray("scales")) {
            out.put(entry.asJsonObject().getString("channelName"), entry.asJsonObject().getJsonObject("scale"));
        }
        return out;
    }

    private static JsonObject scale(String type, int min, int max, Integer cofactor) {
        var b = Json.createObjectBuilder().add("type", type).add("minimum", min).add("maximum", max);
        if (cofactor != null) {
            b.add("cofactor", cofactor);
        }
        return b.build();
    }

    private static JsonObject annotation(String name, String value) {
        return Json.createObjectBuilder().add("name", name).add("value", value).build();
    }

    private static String hex(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
