package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AttachmentRoutesTest {

    private static final byte[] HELLO = "hello world\n\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String eid;

    @BeforeEach
    void experiment() {
        eid = fake.experiment("{\"name\":\"att\"}");
    }

    private JsonObject upload(String field, String filename, byte[] content) {
        return fake.http().upload("/experiments/" + eid + "/attachments", field, filename, content).expect(201)
                .object();
    }

    @Test
    void upload_records_the_reference_md5_crc32c_and_size_of_hello_world() {
        JsonObject a = upload("data", "text.txt", HELLO);
        assertEquals("d300fa70af75aa4b157382293609dcd9", a.getString("md5"));
        assertEquals("4afc08fb", a.getString("crc32c"));
        assertEquals(13, a.getInt("size"));
        assertEquals("text.txt", a.getString("filename"));
        assertEquals(eid, a.getString("experimentId"));
        for (String f : List.of("_id", "experimentId", "filename", "md5", "crc32c", "created")) {
            assertEquals(ValueType.STRING, a.get(f).getValueType(), f);
        }
        assertTrue(a.getString("created").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
    }

    @Test
    void get_by_id_answers_the_raw_bytes_and_the_r_field_name_works_too() {
        JsonObject a = upload("file", "dir/notes.bin", new byte[] {0, 1, 2, (byte) 0xFF, '\r', '\n'});
        assertEquals("notes.bin", a.getString("filename"), "path components are dropped");
        DataHttp.Bytes bytes = fake.http().get("/experiments/" + eid + "/attachments/" + a.getString("_id") + "/")
                .expect(200);
        assertArrayEquals(new byte[] {0, 1, 2, (byte) 0xFF, '\r', '\n'}, bytes.body());
        assertEquals("application/octet-stream", bytes.header("Content-Type"));
    }

    @Test
    void list_supports_query_and_limit_as_the_python_client_uses_them() {
        String id = upload("data", "a.txt", HELLO).getString("_id");
        upload("data", "b.txt", HELLO);
        Reply byId = fake.api().get("/experiments/" + eid + "/attachments?query=" + Api.q("eq(_id,\"" + id + "\")"))
                .expect(200);
        assertEquals(List.of("a.txt"), byId.strings("filename"));
        assertEquals(1, fake.api().get("/experiments/" + eid + "/attachments?limit=1").expect(200).array().size());
        assertEquals(List.of("a.txt", "b.txt"),
                fake.api().get("/experiments/" + eid + "/attachments?query=" + Api.q("eq(deleted,null)"))
                .strings("filename"));
    }

    @Test
    void patch_renames_and_delete_is_permanent() {
        String id = upload("data", "a.txt", HELLO).getString("_id");
        String path = "/experiments/" + eid + "/attachments/" + id;
        assertEquals("b.txt", fake.api().patch(path, "{\"filename\":\"b.txt\"}").expect(200).object()
                .getString("filename"));
        assertEquals("\"filename\" must be a string, was a number.",
                fake.api().patch(path, "{\"filename\":3}").expect(400).error());
        fake.api().delete(path).expect(204);
        assertTrue(fake.api().delete(path).expect(404).error().contains(id));
        fake.http().get(path).expect(404);
        assertEquals(0, fake.api().get("/experiments/" + eid + "/attachments").array().size());
    }

    @Test
    void uploads_without_exactly_one_file_part_are_refused_and_nothing_is_stored() {
        String body = "--" + DataHttp.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nv\r\n--"
                + DataHttp.BOUNDARY + "--\r\n";
        Reply none = fake.http().postMultipart("/experiments/" + eid + "/attachments",
                body.getBytes(StandardCharsets.UTF_8)).expect(400);
        assertTrue(none.error().contains("exactly one file part"), none.body);
        Reply truncated = fake.http().postMultipart("/experiments/" + eid + "/attachments",
                ("--" + DataHttp.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"a\"\r\n\r\nabc")
                        .getBytes(StandardCharsets.UTF_8)).expect(400);
        assertTrue(truncated.error().contains("not closed by the boundary"), truncated.body);
        assertEquals(0, fake.api().get("/experiments/" + eid + "/attachments").array().size());
    }

    @Test
    void unknown_ids_and_experiments_answer_404() {
        String missing = "0123456789abcdef01234567";
        fake.http().get("/experiments/" + eid + "/attachments/" + missing).expect(404);
        fake.api().patch("/experiments/" + eid + "/attachments/" + missing, "{\"filename\":\"x\"}").expect(404);
        fake.api().get("/experiments/" + missing + "/attachments").expect(404);
        fake.http().upload("/experiments/" + missing + "/attachments", "data", "a.txt", HELLO).expect(404);
    }

    @Test
    void another_experiments_attachment_is_not_found_here() {
        String id = upload("data", "a.txt", HELLO).getString("_id");
        String other = fake.experiment("{}");
        fake.http().get("/experiments/" + other + "/attachments/" + id).expect(404);
    }
}
