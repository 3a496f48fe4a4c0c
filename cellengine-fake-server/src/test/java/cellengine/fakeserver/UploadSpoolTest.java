package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsReader;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Large uploads are spooled to a file, served from it, and removed on reset; the upload limit answers 413. */
class UploadSpoolTest {

    private static final int EVENTS = 2_000;

    @TempDir
    static Path spool;

    @RegisterExtension
    static final RunningFake fake = new RunningFake(c -> {
        c.spoolThresholdBytes = 4 * 1024;
        c.maxUploadBytes = 256 * 1024;
        c.spoolDirectory = spool;
    });

    private String files;

    @BeforeEach
    void experiment() {
        files = "/experiments/" + fake.experiment("{}") + "/fcsfiles";
    }

    @Test
    void a_file_above_the_threshold_is_spooled_served_byte_for_byte_and_decoded_on_demand() throws Exception {
        byte[] fcs = TestFiles.sample(EVENTS);
        assertTrue(fcs.length > 4 * 1024);
        JsonObject file = fake.http().upload(files, "data", "big.fcs", fcs).expect(201).object();
        assertEquals(1, spoolFiles(), "one spool file while the upload is stored");
        assertEquals(hex(MessageDigest.getInstance("MD5").digest(fcs)), file.getString("md5"));
        assertEquals(fcs.length, file.getJsonNumber("size").longValue());
        assertEquals(EVENTS, file.getInt("eventCount"));
        assertEquals("FITC-A", file.getJsonArray("panel").getJsonObject(2).getString("channel"));
        String id = file.getString("_id");

        DataHttp.Bytes original = fake.http().get(files + "/" + id + ".fcs?original=true").expect(200);
        assertArrayEquals(fcs, original.body());
        assertEquals(Integer.toString(fcs.length), original.header("Content-Length"));

        FcsData events = FcsReader.read(ByteBuffer.wrap(fake.http().get(files + "/" + id + ".fcs").expect(200).body()));
        assertEquals(EVENTS, events.eventCount());
        assertEquals(TestFiles.fsc(EVENTS - 1), events.column("FSC-A")[EVENTS - 1]);

        fake.server().reset();
        assertEquals(0, spoolFiles(), "reset removes spool files");
    }

    @Test
    void a_spooled_file_that_is_not_fcs_is_a_400_and_leaves_no_spool_file() throws IOException {
        byte[] junk = new byte[8 * 1024];
        String error = fake.http().upload(files, "file", "junk.fcs", junk).expect(400).error();
        assertTrue(error.contains("\"junk.fcs\" is not a readable FCS file"), error);
        assertEquals(0, spoolFiles());
    }

    @Test
    void an_upload_above_the_limit_is_a_413_even_when_chunked_and_leaves_no_spool_file() throws Exception {
        byte[] body = DataHttp.multipart("data", "huge.fcs", new byte[300 * 1024]);
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(fake.server().baseUrl() + "/api/v1" + files))
                .header("Authorization", "Bearer " + fake.server().token())
                .header("Content-Type", "multipart/form-data; boundary=" + DataHttp.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        HttpResponse<String> reply = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, reply.statusCode(), reply.body());
        assertTrue(reply.body().contains("maxUploadBytes"), reply.body());
        assertEquals(0, spoolFiles());
        assertEquals(0, fake.api().get(files).expect(200).array().size());
    }

    @Test
    void path_separators_in_uploaded_names_are_removed() {
        byte[] fcs = TestFiles.sample(10);
        assertEquals("evil.fcs", fake.http().upload(files, "data", "../../etc/evil.fcs", fcs).expect(201).object()
                .getString("filename"));
        assertEquals("w.fcs", fake.http().upload(files, "file", "C:\\\\data\\\\w.fcs", fcs).expect(201).object()
                .getString("filename"));
        String attachments = files.replace("fcsfiles", "attachments");
        assertEquals("notes.txt", fake.http().upload(attachments, "data", "/tmp/../notes.txt", new byte[] {1, 2})
                .expect(201).object().getString("filename"));
        assertTrue(fake.http().upload(attachments, "data", "..", new byte[] {1}).expect(400).error()
                .contains("must name a file"));
    }

    private static long spoolFiles() throws IOException {
        try (Stream<Path> list = Files.list(spool)) {
            return list.count();
        }
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            sb.append(String.format("%02x", b));
        }
        return sb.toString();
    }
}
