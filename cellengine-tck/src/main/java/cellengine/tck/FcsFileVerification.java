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
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules for FCS file records: upload, lookup, update, delete and derived files (docs/wire.md#fcs-files,
 * docs/wire.md#fcs-file-fields, docs/wire.md#uploads, docs/wire.md#derived-fcs-files;
 * docs/semantics.md#derived-fcs-files, docs/semantics.md#upload-side-effects).
 */
@RuleGroup(reference = "docs/wire.md#fcs-files, docs/wire.md#fcs-file-fields, docs/semantics.md#the-spill-matrix, docs/wire.md#derived-fcs-files; docs/semantics.md#derived-fcs-files, docs/semantics.md#upload-side-effects",
        check = "the upload parser, the FcsFile fields and derived-file creation")
abstract class FcsFileVerification extends ExperimentScopedSupport {

    @Rule(id = "FCS-UPLOAD-1",
            statement = "uploadFcsFile parses the file and fills count, panel, checksums and spillover")
    void fills_fields() throws NoSuchAlgorithmException {
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

    @Rule(id = "FCS-UPLOAD-2", statement = "uploadFcsFile from a path and from a stream store the same file")
    void path_and_stream(@TempDir Path dir) throws IOException {
        TckData data = TckData.generate("b2.fcs", 100, 2);
        Path file = Files.write(dir.resolve("b2.fcs"), data.bytes());
        FcsFile fromPath = client().uploadFcsFile(eid(), file);
        FcsFile fromStream = client().uploadFcsFile(eid(), Upload.of("b2-stream.fcs", new ByteArrayInputStream(data.bytes()), data.bytes().length));
        assertEquals("b2.fcs", fromPath.filename(), "the path's file name");
        assertEquals(fromPath.md5(), fromStream.md5(), "same bytes, same md5");
        assertEquals(100, fromStream.eventCount(), "eventCount");
    }

    @Rule(id = "FCS-UPLOAD-3",
            statement = "uploading a file that is not FCS answers 400 naming the problem, and nothing is stored")
    void not_fcs_rejected() {
        BadRequestException e = assertThrows(BadRequestException.class, () -> client().uploadFcsFile(eid(),
                Upload.of("notes.fcs", "this is not an FCS file".getBytes(StandardCharsets.UTF_8))));
        assertFalse(e.serverMessage().isBlank(), "the 400 names the problem");
        assertTrue(client().getFcsFiles(eid()).isEmpty(), "nothing was stored");
    }

    @Rule(id = "FCS-UPLOAD-4",
            statement = "an upload adds default scales for new channels to the experiment's scale set")
    void default_scales() {
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

    @Rule(id = "FCS-LIST-1", statement = "getFcsFiles lists uploaded files")
    void lists() {
        FcsFile a = upload(TckData.generate("a.fcs", 10, 1));
        FcsFile b = upload(TckData.generate("b.fcs", 10, 2));
        assertEquals(java.util.Set.of(a.id(), b.id()), client().getFcsFiles(eid()).stream().map(FcsFile::id)
                .collect(java.util.stream.Collectors.toSet()), "listed ids");
    }

    @Rule(id = "FCS-PAGED-1",
            statement = "getFcsFilesPaged lists the same files as getFcsFiles, a page at a time",
            reference = "docs/wire.md#list-queries, docs/wire.md#fcs-files", check = "limit and skip on the FCS file list")
    void pages() {
        for (int i = 0; i < 3; i++) {
            upload(TckData.generate("p" + i + ".fcs", 10, i));
        }
        List<String> paged = client().getFcsFilesPaged(eid(), cellengine.api.param.ListOptions.none(), 2).stream()
                .map(FcsFile::id).toList();
        assertEquals(3, paged.size(), () -> "each file once: " + paged);
        assertEquals(java.util.Set.copyOf(paged), client().getFcsFiles(eid()).stream().map(FcsFile::id)
                .collect(java.util.stream.Collectors.toSet()), "the same files");
    }

    @Rule(id = "FCS-GET-1",
            statement = "getFcsFile returns the file with header and spillString; an unknown id answers 404")
    void by_id_and_unknown() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        FcsFile got = client().getFcsFile(eid(), f.id());
        assertEquals(f.md5(), got.md5(), "md5");
        assertNotNull(got.header(), "header by id");
        assertNotNull(got.spillString(), "spillString by id");
        assertThrows(NotFoundException.class, () -> client().getFcsFile(eid(), UNKNOWN_ID), "unknown id");
    }

    @Rule(id = "FCS-BYNAME-1", statement = "getFcsFileByName finds one match, fails on zero and on two")
    void zero_one_two() {
        FcsFile f = upload(TckData.generate("one.fcs", 10, 1));
        assertEquals(f.id(), client().getFcsFileByName(eid(), "one.fcs").id(), "one");
        assertEquals(0, assertThrows(NameLookupException.class,
                () -> client().getFcsFileByName(eid(), "none.fcs")).matchCount(), "zero");
        upload(TckData.generate("two.fcs", 10, 2));
        upload(TckData.generate("two.fcs", 10, 3));
        assertEquals(2, assertThrows(NameLookupException.class,
                () -> client().getFcsFileByName(eid(), "two.fcs")).matchCount(), "two");
    }

    @Rule(id = "FCS-UPDATE-1", statement = "updateFcsFile renames and replaces the annotation list")
    void rename_and_annotations() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        FcsFile updated = client().updateFcsFile(eid(), f.id(), FcsFileUpdate.builder().filename("renamed.fcs")
                .annotations(List.of(Annotation.of("donor", "D7"), Annotation.of("dose", 5))).build());
        assertEquals("renamed.fcs", updated.filename(), "filename");
        assertEquals(List.of("donor", "dose"), updated.annotations().stream().map(Annotation::name).toList(),
                "annotations replace the list");
        assertEquals("renamed.fcs", client().getFcsFile(eid(), f.id()).filename(), "after GET");
    }

    @Rule(id = "FCS-UPDATE-2", statement = "an FcsFile compensation of -2 (PER_FILE) answers 400")
    void per_file_compensation_rejected() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        assertThrows(BadRequestException.class, () -> client().patch(
                "/experiments/" + eid() + "/fcsfiles/" + f.id(), Map.of("compensation", -2)));
    }

    @Rule(id = "FCS-DELETE-1", statement = "deleteFcsFile soft-deletes: GET answers 404, the list shows it deleted")
    void soft_delete() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        client().deleteFcsFile(eid(), f.id());
        assertThrows(NotFoundException.class, () -> client().getFcsFile(eid(), f.id()), "GET after delete");
        FcsFile listed = client().getFcsFiles(eid()).stream().filter(x -> x.id().equals(f.id())).findFirst()
                .orElseThrow(() -> new AssertionError("a soft-deleted file is still listed"));
        assertNotNull(listed.deleted(), "deleted is set");
    }

    @Rule(id = "FCS-DELETE-2", statement = "deleting an FCS file that is already soft-deleted succeeds and keeps it "
            + "deleted")
    void delete_of_soft_deleted() {
        FcsFile f = upload(TckData.generate("a.fcs", 10, 1));
        client().deleteFcsFile(eid(), f.id());
        client().deleteFcsFile(eid(), f.id());
        assertThrows(NotFoundException.class, () -> client().getFcsFile(eid(), f.id()), "GET after both");
        assertNotNull(client().getFcsFiles(eid()).stream().filter(x -> x.id().equals(f.id())).findFirst()
                .orElseThrow(() -> new AssertionError("the file is still listed")).deleted(), "still deleted");
    }

    @Rule(id = "FCS-CREATE-1", statement = "createFcsFile copies one file and concatenates several")
    void copy_and_concatenate() {
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

    @Rule(id = "FCS-CREATE-2", statement = "createFcsFile subsamples each input with preSubsampleN and a seed")
    void subsample() {
        FcsFile a = upload(TckData.generate("a.fcs", 200, 1));
        FcsFile sub = client().createFcsFile(eid(), FcsFileCreate.builder().fcsFiles(List.of(a.id()))
                .filename("sub.fcs").preSubsampleN(25).seed(42).build());
        assertEquals(25, sub.eventCount(), "eventCount after preSubsampleN=25");
    }

    @Rule(id = "FCS-CREATE-3", statement = "createFcsFile imports a file from another experiment")
    void import_from_other_experiment() {
        var other = newExperiment(uniqueName("source"));
        FcsFile source = client().uploadFcsFile(other.id(), Upload.of("src.fcs", TckData.generate("src.fcs", 40, 5).bytes()));
        FcsFile imported = client().createFcsFile(eid(), FcsFileCreate.builder()
                .fromExperiment(other.id(), source.id()).filename("imported.fcs").build());
        assertEquals(eid(), imported.experimentId(), "lands in the destination experiment");
        assertEquals(40, imported.eventCount(), "eventCount");
    }

    @Rule(id = "FCS-404-1", statement = "FCS file calls on an unknown experiment answer 404")
    void unknown_experiment_is_404() {
        assertThrows(NotFoundException.class, () -> client().getFcsFiles(UNKNOWN_ID));
    }
}
