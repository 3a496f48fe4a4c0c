package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snapshot export and import: round trips, user id remapping, secrets left out, and named errors. */
class SnapshotTest {

    private static final String HAND_WRITTEN = "{\"format\":\"cellengine-fake-snapshot\",\"version\":1,"
            + "\"users\":[{\"_id\":\"0123456789abcdef01234567\",\"username\":\"seed@example.org\","
            + "\"password\":\"seed-pw\"}],"
            + "\"collections\":{\"folders\":[{\"_id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"name\":\"Seeded\","
            + "\"created\":\"2024-01-02T03:04:05.000Z\",\"deleted\":null,\"creator\":\"0123456789abcdef01234567\","
            + "\"path\":[],\"permissions\":[{\"_id\":\"bbbbbbbbbbbbbbbbbbbbbbbb\",\"grantee\":{\"_id\":"
            + "\"0123456789abcdef01234567\",\"username\":\"seed@example.org\"},\"access\":\"WRITE\"}],\"__v\":0}]}}";

    @Test
    void a_snapshot_restores_experiments_and_folders_into_another_server_under_its_own_user_ids(
            @TempDir Path dir) {
        Path file = dir.resolve("state.json");
        String experimentId;
        String folderId;
        String exportedText;
        try (FakeCellEngine source = FakeCellEngine.start()) {
            Api api = Api.of(source);
            experimentId = api.post("/experiments", "{\"name\":\"Snap\",\"tags\":[\"t1\"]}").expect(201).object()
                    .getString("_id");
            folderId = api.post("/folders", "{\"name\":\"Plates\"}").expect(201).object().getString("_id");
            source.exportSnapshot(file);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            source.exportSnapshot(out);
            exportedText = out.toString(StandardCharsets.UTF_8);
            assertFalse(exportedText.contains(source.token()), "no token in a snapshot");
            assertFalse(exportedText.contains(source.password()), "no password in a snapshot");
        }
        assertTrue(exportedText.contains("\"format\": \"cellengine-fake-snapshot\""), exportedText);

        try (FakeCellEngine target = FakeCellEngine.start(c -> c.snapshot(file))) {
            Api api = Api.of(target);
            JsonObject experiment = api.get("/experiments/" + experimentId).expect(200).object();
            assertEquals("Snap", experiment.getString("name"));
            assertEquals("t1", experiment.getJsonArray("tags").getString(0));
            assertEquals(target.userId(), experiment.getJsonObject("uploader").getString("_id"),
                    "the same username maps to the target's own user id");
            assertEquals("Plates", api.get("/folders/" + folderId).expect(200).object().getString("name"));
            assertEquals(1, api.get("/experiments").expect(200).array().size());
        }
    }

    @Test
    void importing_replaces_the_collections_and_reset_empties_them() {
        try (FakeCellEngine server = FakeCellEngine.start()) {
            Api api = Api.of(server);
            api.post("/experiments", "{\"name\":\"Old\"}").expect(201);
            server.importSnapshot(stream(HAND_WRITTEN));
            assertEquals(0, api.get("/experiments").expect(200).array().size(), "old experiments are gone");

            FakeUser seed = server.user("seed@example.org").orElseThrow();
            assertEquals("0123456789abcdef01234567", seed.userId());
            JsonArray folders = Api.of(server).withToken(seed.token()).get("/folders").expect(200).array();
            assertEquals("Seeded", folders.getJsonObject(0).getString("name"));
            api.post("/signin", "{\"username\":\"seed@example.org\",\"password\":\"seed-pw\"}").expect(200);

            server.reset();
            assertEquals(0, Api.of(server).withToken(seed.token()).get("/folders").expect(200).array().size());
        }
    }

    @Test
    void an_invalid_snapshot_is_refused_with_the_place_and_problem_and_changes_nothing() {
        try (FakeCellEngine server = FakeCellEngine.start()) {
            Api api = Api.of(server);
            api.post("/folders", "{\"name\":\"Kept\"}").expect(201);
            assertRefused(server, "{\"format\":\"other\",\"version\":1}", "format must be");
            assertRefused(server, "{\"format\":\"cellengine-fake-snapshot\",\"version\":2}",
                    "newer fake server");
            assertRefused(server, "{\"format\":\"cellengine-fake-snapshot\",\"version\":1,\"collections\":"
                    + "{\"files\":[]}}", "collections.files is not a collection this fake server stores");
            assertRefused(server, "{\"format\":\"cellengine-fake-snapshot\",\"version\":1,\"collections\":"
                    + "{\"folders\":[{\"_id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"},{\"_id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\"}]}}",
                    "collections.folders[1]._id aaaaaaaaaaaaaaaaaaaaaaaa appears twice");
            assertRefused(server, "{\"format\":\"cellengine-fake-snapshot\",\"version\":1,\"collections\":"
                    + "{\"folders\":[{\"name\":\"no id\"}]}}", "collections.folders[0]._id must be 24");
            assertRefused(server, "{\"format\":\"cellengine-fake-snapshot\",\"version\":1,\"users\":"
                    + "[{\"_id\":\"0123456789abcdef01234567\",\"username\":\"x@y.z\",\"password\":7}]}",
                    "users[0].password must be a non-empty string");
            assertRefused(server, "{\"format\":", "is not valid JSON");
            assertEquals(1, api.get("/folders").expect(200).array().size(), "the state is untouched");
        }
    }

    @Test
    void a_missing_snapshot_file_is_named_in_the_error(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> FakeCellEngine.start(c -> c.snapshot(missing)).close());
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing));
    }

    private static void assertRefused(FakeCellEngine server, String json, String phrase) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> server.importSnapshot(stream(json)));
        assertTrue(e.getMessage().contains(phrase), () -> "expected '" + phrase + "' in: " + e.getMessage());
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
