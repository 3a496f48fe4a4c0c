package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.fcs.Spillover;
import cellengine.api.BadRequestException;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.Upload;
import cellengine.api.model.Annotation;
import cellengine.api.model.FcsFile;
import cellengine.api.param.FcsFileCreate;
import cellengine.api.param.FcsFileUpdate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules for FCS file records: upload, lookup, update, delete and derived files (cellengine-api.md §2.6, §3.5,
 * §4.1, §4.3; semantics.md §11.5, §11.8).
 *
 * @since 0.1
 */
public abstract class FcsFileVerification extends ExperimentScopedSupport {

    /** Creates the rules; a subclass names the target. */
    protected FcsFileVerification() {
    }

    /**
     * Rule {@code FCS-UPLOAD-1}: uploadFcsFile parses the file and fills count, panel, checksums and spillover.
     *
     * @throws NoSuchAlgorithmException when the JDK has no MD5
     */
    @Test
    @DisplayName("FCS-UPLOAD-1 uploadFcsFile parses the file and fills count, panel, checksums and spillover")
    public void required_fcsUpload1_fillsFields() throws NoSuchAlgorithmException {
        TckData data = TckData.generate("a1.fcs", 500, 1);
        FcsFile f = upload(data);
        assertEquals("a1.fcs", f.filename(), "filename");
        assertEquals(500, f.eventCount(), "eventCount");
        assertEquals(TckData.CHANNELS, f.channels(), "panel channels in $Pn order");
        assertEquals(java.util.Optional.of("FITC-A"), f.channelForReagent("CD3"), "channelForReagent(CD3)");
        assertEquals(data.bytes().length, f.size(), "size");
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(data.bytes())), f.md5(), "md5");
        CRC32C crc = new CRC32C();
        crc.update(data.bytes());
        assertEquals(String.format("%08x", crc.getValue()), f.crc32c(), "crc32c");
        assertTrue(f.hasFileInternalComp(), "hasFileInternalComp");
        Spillover spill = f.spillover().orElseThrow(() -> new AssertionError("spillString missing"));
        assertEquals(TckData.SPILLOVER.parameterNames(), spill.parameterNames(), "spillover channels");
        assertArrayEquals(TckData.SPILLOVER.matrix(), spill.matrix(), 1e-12, "spillover values");
        assertEquals("500", f.headerKeywords().get("$TOT"), "header $TOT");
        assertNull(f.deleted(), "deleted");
        assertEquals("Panel 1", f.panelName(), "panelName");
    }

    /**
     * Rule {@code FCS-UPLOAD-2}: uploadFcsFile from a path and from a stream store the same file.
     *
     * @param dir a temporary folder for the rule's files
     * @throws IOException when a file of the rule cannot be written or read
     */
    @Test
    @DisplayName("FCS-UPLOAD-2 uploadFcsFile from a path and from a stream store the same file")
    public void required_fcsUpload2_pathAndStream(@TempDir Path dir) throws IOException {
        TckData data = TckData.generate("b2.fcs", 100, 2);
        Path file = Files.write(dir.resolve("b2.fcs"), data.bytes());
        FcsFile fromPath = client().uploadFcsFile(eid(), file);
        FcsFile fromStream = client().uploadFcsFile(eid(), Upload.of("b2-stream.fcs", new ByteArrayInputStream(data.bytes()), data.bytes().length));
        assertEquals("b2.fcs", fromPath.filename(), "the path's file name");
        assertEquals(fromPath.md5(), fromStream.md5(), "same bytes, same md5");
        assertEquals(100, fromStream.eventCount(), "eventCount");
    }

    /**
     * Rule {@code FCS-UPLOAD-3}: uploading a file that is not FCS answers 400 naming the problem, and nothing is
     * stored.
     */
    @Test
    @DisplayName("FCS-UPLOAD-3 uploading a file that is not FCS answers 400 naming the problem, and nothing is stored")
    public void required_fcsUpload3_notFcsRejected() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> client().uploadFcsFile(eid(),
                Upload.of("notes.fcs", "this is not an FCS file".getBytes(StandardCharsets.UTF_8))));
        assertFalse(e.serverMessage().isBlank(), "the 400 names the problem");
        assertTrue(client().getFcsFiles(eid()).isEmpty(), "nothing was stored");
    }

    /** Rule {@code FCS-UPLOAD-4}: an upload adds default scales for new channels to the experiment's scale set. */
    @Test
    @DisplayName("FCS-UPLOAD-4 an upload adds default scales for new channels to the experiment's scale set")
    public void required_fcsUpload4_defaultScales() {
        upload(TckData.generate("c.fcs", 10, 3));
        var scales = client().getScaleset(eid());
        var fsc = scales.scaleFor("FSC-A");
        assertTrue(fsc instanceof cellengine.analysis.scale.LinearScale, () -> "scatter channels are linear: " + fsc);
        assertEquals(1, fsc.minimum(), 0, "FSC-A minimum");
        assertEquals(262144, fsc.maximum(), 0, "FSC-A maximum = $PnR");
        var fitc = scales.scaleFor("FITC-A");
        assertTrue(fitc instanceof cellengine.analysis.scale.ArcSinhScale, () -> "fluorescence channels are arcsinh: " + fitc);
        assertEquals(-200, fitc.minimum(), 0, "FITC-A minimum");
    }

    /** Rule {@code FCS-LIST-1}: getFcsFiles lists uploaded files. */
    @Test
    @DisplayName("FCS-LIST-1 getFcsFiles lists uploaded files")
    public void required_fcsList1_lists() {
        FcsFile a = upload(TckData.generate("a.fcs", 10, 1));
        FcsFile b = upload(TckData.generate("b.fcs", 10, 2));
        assertEquals(java.util.Set.of(a.id(), b.id()), client().getFcsFiles(eid()).stream().map(FcsFile::id)
                .collect(java.util.stream.Collectors.toSet()), "listed ids");
    }

    /** Rule {@code FCS-PAGED-1}: getFcsFilesPaged lists the same files as getFcsFiles, a page at a time. */
    @Test
    @DisplayName("FCS-PAGED-1 getFcsFilesPaged lists the same files as getFcsFiles, a page at a time")
    public void required_fcsPaged1_pages() {
        for (int i = 0; i < 3; i++) {
            upload(TckData.generate("p" + i + ".fcs", 10, i));
        }
        List<String> paged = client().getFcsFilesPaged(eid(), cellengine.api.param.ListOptions.none(), 2).stream()
                .map(FcsFile::id).toList();
        assertEquals(3, paged.size(), () -> "each file once: " + paged);
        assertEquals(java.util.Set.copyOf(paged), client().getFcsFiles(eid()).stream().map(FcsFile::id)
                .collect(java.util.stream.Collectors.toSet()), "the same files");
    }

    /** Rule {@code FCS-GET-1}: getFcsFile returns the file with header and spillString; an unknown id answers 404. */
    @Test
    @DisplayName("FCS-GET-1 getFcsFile returns the file with header and spillString; an unknown id answers 404")
    public void required_fcsGet1_byIdAndUnknown() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        FcsFile got = client().getFcsFile(eid(), f.id());
        assertEquals(f.md5(), got.md5(), "md5");
        assertNotNull(got.header(), "header by id");
        assertNotNull(got.spillString(), "spillString by id");
        assertThrows(NotFoundException.class, () -> client().getFcsFile(eid(), UNKNOWN_ID), "unknown id");
    }

    /** Rule {@code FCS-BYNAME-1}: getFcsFileByName finds one match, fails on zero and on two. */
    @Test
    @DisplayName("FCS-BYNAME-1 getFcsFileByName finds one match, fails on zero and on two")
    public void required_fcsByName1_zeroOneTwo() {
        FcsFile f = upload(TckData.generate("one.fcs", 10, 1));
        assertEquals(f.id(), client().getFcsFileByName(eid(), "one.fcs").id(), "one");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getFcsFileByName(eid(), "none.fcs")).matchCount(), "zero");
        upload(TckData.generate("two.fcs", 10, 2));
        upload(TckData.generate("two.fcs", 10, 3));
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getFcsFileByName(eid(), "two.fcs")).matchCount(), "two");
    }

    /** Rule {@code FCS-UPDATE-1}: updateFcsFile renames and replaces the annotation list. */
    @Test
    @DisplayName("FCS-UPDATE-1 updateFcsFile renames and replaces the annotation list")
    public void required_fcsUpdate1_renameAndAnnotations() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        FcsFile updated = client().updateFcsFile(eid(), f.id(), FcsFileUpdate.builder().filename("renamed.fcs")
                .annotations(List.of(Annotation.of("donor", "D7"), Annotation.of("dose", 5))).build());
        assertEquals("renamed.fcs", updated.filename(), "filename");
        assertEquals(List.of("donor", "dose"), updated.annotations().stream().map(Annotation::name).toList(),
                "annotations replace the list");
        assertEquals("renamed.fcs", client().getFcsFile(eid(), f.id()).filename(), "after GET");
    }

    /** Rule {@code FCS-UPDATE-2}: an FcsFile compensation of -2 (PER_FILE) answers 400. */
    @Test
    @DisplayName("FCS-UPDATE-2 an FcsFile compensation of -2 (PER_FILE) answers 400")
    public void required_fcsUpdate2_perFileCompensationRejected() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        assertThrows(BadRequestException.class, () -> client().patch(
                "/experiments/" + eid() + "/fcsfiles/" + f.id(), Map.of("compensation", -2)));
    }

    /** Rule {@code FCS-DELETE-1}: deleteFcsFile soft-deletes: GET answers 404, the list shows it deleted. */
    @Test
    @DisplayName("FCS-DELETE-1 deleteFcsFile soft-deletes: GET answers 404, the list shows it deleted")
    public void required_fcsDelete1_softDelete() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        client().deleteFcsFile(eid(), f.id());
        assertThrows(NotFoundException.class, () -> client().getFcsFile(eid(), f.id()), "GET after delete");
        FcsFile listed = client().getFcsFiles(eid()).stream().filter(x -> x.id().equals(f.id())).findFirst()
                .orElseThrow(() -> new AssertionError("a soft-deleted file is still listed"));
        assertNotNull(listed.deleted(), "deleted is set");
    }

    /** Rule {@code FCS-CREATE-1}: createFcsFile copies one file and concatenates several. */
    @Test
    @DisplayName("FCS-CREATE-1 createFcsFile copies one file and concatenates several")
    public void required_fcsCreate1_copyAndConcatenate() {
        FcsFile a = upload(TckData.generate("a.fcs", 30, 1));
        FcsFile b = upload(TckData.generate("b.fcs", 20, 2));
        FcsFile copy = client().createFcsFile(eid(), FcsFileCreate.builder().fcsFiles(List.of(a.id()))
                .filename("copy.fcs").build());
        assertNotEquals(a.id(), copy.id(), "a copy has a new id");
        assertEquals(30, copy.eventCount(), "copy eventCount");
        FcsFile joined = client().createFcsFile(eid(), FcsFileCreate.builder().fcsFiles(List.of(a.id(), b.id()))
                .filename("joined.fcs").build());
        assertEquals(50, joined.eventCount(), "concatenation eventCount");
        assertEquals("joined.fcs", joined.filename(), "filename");
    }

    /** Rule {@code FCS-CREATE-2}: createFcsFile subsamples each input with preSubsampleN and a seed. */
    @Test
    @DisplayName("FCS-CREATE-2 createFcsFile subsamples each input with preSubsampleN and a seed")
    public void required_fcsCreate2_subsample() {
        FcsFile a = upload(TckData.generate("a.fcs", 200, 1));
        FcsFile sub = client().createFcsFile(eid(), FcsFileCreate.builder().fcsFiles(List.of(a.id()))
                .filename("sub.fcs").preSubsampleN(25).seed(42).build());
        assertEquals(25, sub.eventCount(), "eventCount after preSubsampleN=25");
    }

    /** Rule {@code FCS-CREATE-3}: createFcsFile imports a file from another experiment. */
    @Test
    @DisplayName("FCS-CREATE-3 createFcsFile imports a file from another experiment")
    public void required_fcsCreate3_importFromOtherExperiment() {
        var other = newExperiment(uniqueName("source"));
        FcsFile source = client().uploadFcsFile(other.id(), Upload.of("src.fcs", TckData.generate("src.fcs", 40, 5).bytes()));
        FcsFile imported = client().createFcsFile(eid(), FcsFileCreate.builder()
                .fromExperiment(other.id(), source.id()).filename("imported.fcs").build());
        assertEquals(eid(), imported.experimentId(), "lands in the destination experiment");
        assertEquals(40, imported.eventCount(), "eventCount");
    }

    /** Rule {@code FCS-404-1}: FCS file calls on an unknown experiment answer 404. */
    @Test
    @DisplayName("FCS-404-1 FCS file calls on an unknown experiment answer 404")
    public void required_fcs404_1_unknownExperiment() {
        assertThrows(NotFoundException.class, () -> client().getFcsFiles(UNKNOWN_ID));
    }
}
