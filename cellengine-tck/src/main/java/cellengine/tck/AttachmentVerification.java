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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules for attachments (cellengine-api.md §2.4, §3.6, §4.1, §4.2).
 *
 * @since 0.1
 */
public abstract class AttachmentVerification extends ExperimentScopedSupport {

    /** Creates the rules; a subclass names the target. */
    protected AttachmentVerification() {
    }

    /** The Python integration tests' {@code text.txt}, with its live md5 and crc32c (§3.6). */
    private static final byte[] HELLO = "hello world\n\n".getBytes(StandardCharsets.US_ASCII);

    /** Rule {@code ATT-UPLOAD-1}: uploadAttachment from bytes records filename, size, md5 and crc32c. */
    @Test
    @DisplayName("ATT-UPLOAD-1 uploadAttachment from bytes records filename, size, md5 and crc32c")
    public void required_attUpload1_fromBytes() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        assertEquals("text.txt", a.filename(), "filename");
        assertEquals(13, a.size(), "size");
        assertEquals("d300fa70af75aa4b157382293609dcd9", a.md5(), "md5 of hello world\\n\\n");
        assertEquals("4afc08fb", a.crc32c(), "crc32c of hello world\\n\\n");
        assertEquals(eid(), a.experimentId(), "experimentId");
    }

    /**
     * Rule {@code ATT-UPLOAD-2}: uploadAttachment from a path uses the file's name.
     *
     * @param dir a temporary folder for the rule's files
     * @throws IOException when a file of the rule cannot be written or read
     */
    @Test
    @DisplayName("ATT-UPLOAD-2 uploadAttachment from a path uses the file's name")
    public void required_attUpload2_fromPath(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("notes.csv"), "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8));
        Attachment a = client().uploadAttachment(eid(), file);
        assertEquals("notes.csv", a.filename(), "filename");
        assertEquals(Files.size(file), a.size(), "size");
    }

    /** Rule {@code ATT-UPLOAD-3}: uploadAttachment streams an InputStream of unknown length. */
    @Test
    @DisplayName("ATT-UPLOAD-3 uploadAttachment streams an InputStream of unknown length")
    public void required_attUpload3_fromStream() {
        byte[] big = new byte[3 * 1024 * 1024 + 17];
        new java.util.SplittableRandom(7).nextBytes(big);
        Attachment a = client().uploadAttachment(eid(), Upload.of("blob.bin", new ByteArrayInputStream(big), -1));
        assertEquals(big.length, a.size(), "size of a streamed upload");
        assertArrayEquals(big, client().downloadAttachment(eid(), a.id()), "bytes after a round trip");
    }

    /** Rule {@code ATT-LIST-1}: getAttachments lists uploaded attachments. */
    @Test
    @DisplayName("ATT-LIST-1 getAttachments lists uploaded attachments")
    public void required_attList1_lists() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("one.txt", HELLO));
        Attachment b = client().uploadAttachment(eid(), Upload.of("two.txt", HELLO));
        assertEquals(java.util.Set.of(a.id(), b.id()),
                client().getAttachments(eid()).stream().map(Attachment::id).collect(java.util.stream.Collectors.toSet()),
                "attachment ids listed");
    }

    /** Rule {@code ATT-GET-1}: getAttachment returns an attachment's metadata. */
    @Test
    @DisplayName("ATT-GET-1 getAttachment returns an attachment's metadata")
    public void required_attGet1_metadata() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        Attachment got = client().getAttachment(eid(), a.id());
        assertEquals(a.id(), got.id(), "id");
        assertEquals(a.md5(), got.md5(), "md5");
    }

    /** Rule {@code ATT-GET-2}: getAttachment of an unknown id fails naming the id. */
    @Test
    @DisplayName("ATT-GET-2 getAttachment of an unknown id fails naming the id")
    public void required_attGet2_unknownId() {
        CellEngineException e = assertThrows(CellEngineException.class,
                () -> client().getAttachment(eid(), UNKNOWN_ID));
        assertTrue(e.getMessage().contains(UNKNOWN_ID), () -> "message names the id: " + e.getMessage());
    }

    /** Rule {@code ATT-BYNAME-1}: getAttachmentByName finds one match, fails on zero and on two. */
    @Test
    @DisplayName("ATT-BYNAME-1 getAttachmentByName finds one match, fails on zero and on two")
    public void required_attByName1_zeroOneTwo() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("unique.txt", HELLO));
        assertEquals(a.id(), client().getAttachmentByName(eid(), "unique.txt").id(), "one match");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getAttachmentByName(eid(), "missing.txt")).matchCount(), "zero matches");
        client().uploadAttachment(eid(), Upload.of("twice.txt", HELLO));
        client().uploadAttachment(eid(), Upload.of("twice.txt", HELLO));
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getAttachmentByName(eid(), "twice.txt")).matchCount(), "two matches");
    }

    /**
     * Rule {@code ATT-DOWNLOAD-1}: downloadAttachment returns the stored bytes to memory, a stream and a path.
     *
     * @param dir a temporary folder for the rule's files
     * @throws IOException when a file of the rule cannot be written or read
     */
    @Test
    @DisplayName("ATT-DOWNLOAD-1 downloadAttachment returns the stored bytes to memory, a stream and a path")
    public void required_attDownload1_threeSinks(@TempDir Path dir) throws IOException {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        assertArrayEquals(HELLO, client().downloadAttachment(eid(), a.id()), "bytes");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client().downloadAttachment(eid(), a.id(), Download.to(out));
        assertArrayEquals(HELLO, out.toByteArray(), "to an OutputStream");
        Path target = dir.resolve("copy.txt");
        client().downloadAttachment(eid(), a.id(), Download.toFile(target));
        assertArrayEquals(HELLO, Files.readAllBytes(target), "to a Path");
    }

    /** Rule {@code ATT-UPDATE-1}: updateAttachment renames an attachment. */
    @Test
    @DisplayName("ATT-UPDATE-1 updateAttachment renames an attachment")
    public void required_attUpdate1_rename() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("old.txt", HELLO));
        assertEquals("new.txt", client().updateAttachment(eid(), a.id(), "new.txt").filename(), "PATCH response");
        assertEquals("new.txt", client().getAttachment(eid(), a.id()).filename(), "after PATCH");
    }

    /** Rule {@code ATT-DELETE-1}: deleteAttachment deletes permanently. */
    @Test
    @DisplayName("ATT-DELETE-1 deleteAttachment deletes permanently")
    public void required_attDelete1_deletes() {
        Attachment a = client().uploadAttachment(eid(), Upload.of("text.txt", HELLO));
        client().deleteAttachment(eid(), a.id());
        assertThrows(NotFoundException.class, () -> client().downloadAttachment(eid(), a.id()), "download after delete");
        assertTrue(client().getAttachments(eid()).isEmpty(), "the list is empty again");
    }

    /** Rule {@code ATT-404-1}: attachments of an unknown experiment answer 404. */
    @Test
    @DisplayName("ATT-404-1 attachments of an unknown experiment answer 404")
    public void required_att404_1_unknownExperiment() {
        assertThrows(NotFoundException.class, () -> client().getAttachments(UNKNOWN_ID));
        assertThrows(NotFoundException.class, () -> client().uploadAttachment(UNKNOWN_ID, Upload.of("x.txt", HELLO)));
    }

    /**
     * Rule {@code ATT-BYNAME-2}: downloadAttachmentByName and deleteAttachmentByName act on the one attachment with
     * that name, as the Python client's name= arguments do.
     */
    @Test
    @DisplayName("ATT-BYNAME-2 downloadAttachmentByName and deleteAttachmentByName act on the one attachment with "
            + "that name, as the Python client's name= arguments do")
    public void required_attByName2_downloadAndDelete() {
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
