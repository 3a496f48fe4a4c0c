package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngineException;
import cellengine.api.Download;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.Upload;
import cellengine.api.model.Attachment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules for attachments (docs/wire.md#attachments, docs/wire.md#attachment-fields, docs/wire.md#uploads,
 * docs/wire.md#attachment-download).
 */
@RuleGroup(reference = "docs/wire.md#attachments, docs/wire.md#attachment-fields, docs/wire.md#uploads", check = "multipart framing (one file part), md5/crc32c, raw-bytes GET by id")
abstract class AttachmentVerification extends ExperimentScopedSupport {

    /**
     * The Python integration tests' {@code text.txt}, with its live md5 and crc32c (docs/wire.md#attachment-fields).
     */
    private static final byte[] HELLO = "hello world\n\n".getBytes(StandardCharsets.US_ASCII);

    @Rule(id = "ATT-UPLOAD-1", statement = "uploadAttachment from bytes records filename, size, md5 and crc32c")
    void from_bytes() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        assertEquals("text.txt", a.filename(), "filename");
        assertEquals(13, a.size(), "size");
        assertEquals("d300fa70af75aa4b157382293609dcd9", a.md5(), "md5 of hello world\\n\\n");
        assertEquals("4afc08fb", a.crc32c(), "crc32c of hello world\\n\\n");
        assertEquals(eid(), a.experimentId(), "experimentId");
    }

    @Rule(id = "ATT-UPLOAD-2", statement = "uploadAttachment from a path uses the file's name")
    void from_path(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("notes.csv"), "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
        Attachment a = client().uploadAttachment(eid(), file);
        assertEquals("notes.csv", a.filename(), "filename");
        assertEquals(Files.size(file), a.size(), "size");
    }

    @Rule(id = "ATT-UPLOAD-3", statement = "uploadAttachment streams an InputStream of unknown length")
    void from_stream() {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new java.util.SplittableRandom(7).nextBytes(big);
        Attachment a = client().uploadAttachment(eid(), Upload.of("blob.bin", new ByteArrayInputStream(big), -1));
        assertEquals(big.length, a.size(), "size of a streamed upload");
        assertArrayEquals(big, client().downloadAttachment(eid(), a.id()), "bytes after a round trip");
    }

    @Rule(id = "ATT-LIST-1", statement = "getAttachments lists uploaded attachments")
    void lists() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("one.txt", HELLO));
        Attachment b = client().uploadAttachment(eid(), Upload.of("two.txt", HELLO));
        assertEquals(java.util.Set.of(a.id(), b.id()),
                client().getAttachments(eid()).stream().map(Attachment::id).collect(java.util.stream.Collectors.toSet()),
                "attachment ids listed");
    }

    @Rule(id = "ATT-GET-1", statement = "getAttachment returns an attachment's metadata")
    void metadata() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        Attachment got = client().getAttachment(eid(), a.id());
        assertEquals(a.id(), got.id(), "id");
        assertEquals(a.md5(), got.md5(), "md5");
    }

    @Rule(id = "ATT-GET-2", statement = "getAttachment of an unknown id fails naming the id")
    void unknown_id() {
        CellEngineException e = assertThrows(CellEngineException.class,
                () -> client().getAttachment(eid(), UNKNOWN_ID));
        assertTrue(e.getMessage().contains(UNKNOWN_ID), () -> "message names the id: " + e.getMessage());
    }

    @Rule(id = "ATT-BYNAME-1", statement = "getAttachmentByName finds one match, fails on zero and on two")
    void zero_one_two() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("unique.txt", HELLO));
        assertEquals(a.id(), client().getAttachmentByName(eid(), "unique.txt").id(), "one match");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getAttachmentByName(eid(), "missing.txt")).matchCount(), "zero matches");
        client().uploadAttachment(eid(), Upload.of("twice.txt", HELLO));
        client().uploadAttachment(eid(), Upload.of("twice.txt", HELLO));
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getAttachmentByName(eid(), "twice.txt")).matchCount(), "two matches");
    }

    @Rule(id = "ATT-DOWNLOAD-1",
            statement = "downloadAttachment returns the stored bytes to memory, a stream and a path")
    void three_sinks(@TempDir Path dir) throws IOException {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        assertArrayEquals(HELLO, client().downloadAttachment(eid(), a.id()), "bytes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client().downloadAttachment(eid(), a.id(), Download.to(out));
        assertArrayEquals(HELLO, out.toByteArray(), "to an OutputStream");
        Path target = dir.resolve("copy.txt");
        client().downloadAttachment(eid(), a.id(), Download.toFile(target));
        assertArrayEquals(HELLO, Files.readAllBytes(target), "to a Path");
    }

    @Rule(id = "ATT-UPDATE-1", statement = "updateAttachment renames an attachment")
    void rename() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("old.txt", HELLO));
        assertEquals("new.txt", client().updateAttachment(eid(), a.id(), "new.txt").filename(), "PATCH response");
        assertEquals("new.txt", client().getAttachment(eid(), a.id()).filename(), "after PATCH");
    }

    @Rule(id = "ATT-DELETE-1", statement = "deleteAttachment deletes permanently")
    void deletes() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        client().deleteAttachment(eid(), a.id());
        assertThrows(NotFoundException.class, () -> client().downloadAttachment(eid(), a.id()), "download after delete");
        assertTrue(client().getAttachments(eid()).isEmpty(), "the list is empty again");
    }

    @Rule(id = "ATT-404-1", statement = "attachments of an unknown experiment answer 404")
    void unknown_experiment_is_404() {
        assertThrows(NotFoundException.class, () -> client().getAttachments(UNKNOWN_ID));
        assertThrows(NotFoundException.class, () -> client().uploadAttachment(UNKNOWN_ID, Upload.of("x.txt", HELLO)));
    }

    @Rule(id = "ATT-BYNAME-2", statement = "downloadAttachmentByName and deleteAttachmentByName act on the one "
            + "attachment with that name, as the Python client's name= arguments do", reference = "docs/wire.md#attachments, docs/wire.md#name-lookup",
            check = "the by-name lookup of attachments (filename, limit=2)")
    void download_and_delete_by_name() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("by-name.txt", HELLO));
        assertArrayEquals(HELLO, client().downloadAttachmentByName(eid(), "by-name.txt"), "bytes by name");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        client().downloadAttachmentByName(eid(), "by-name.txt", Download.to(out));
        assertArrayEquals(HELLO, out.toByteArray(), "bytes by name to a stream");
        client().deleteAttachmentByName(eid(), "by-name.txt");
        assertThrows(NotFoundException.class, () -> client().getAttachment(eid(), a.id()), "deleted by name");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().deleteAttachmentByName(eid(), "by-name.txt")).matchCount(), "gone: zero matches");
    }
}
