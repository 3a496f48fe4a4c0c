package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.analysis.fcs.FcsData;
import cellengine.analysis.fcs.FcsReader;
import cellengine.api.Download;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.Upload;
import cellengine.api.model.CacheInfo;
import cellengine.api.model.Compensation;
import cellengine.api.model.Experiment;
import cellengine.api.model.FcsFile;
import cellengine.api.param.ExportFormat;
import cellengine.api.param.FcsFileUpdate;
import cellengine.api.param.ImportResources;
import cellengine.api.param.ZipExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules for the experiment-wide data tools: resource import, generic entity calls, ZIP export, deep clone and
 * the client's name cache (docs/wire.md#experiments, docs/wire.md#zip-export, docs/wire.md#name-cache;
 * docs/semantics.md#clone, docs/semantics.md#import-resources).
 */
@RuleGroup(reference = "docs/wire.md#experiments, docs/wire.md#zip-export, docs/semantics.md#d2-rectangle; docs/semantics.md#clone, docs/semantics.md#import-resources",
        check = "importResources, generic entity paths, ZIP export, deep clone, the name cache")
abstract class DataToolsVerification extends ExperimentScopedSupport {

    @Rule(id = "DATA-IMPORT-1", statement = "importExperimentResources copies compensations from another experiment")
    void compensations() {
        Experiment source = newExperiment(uniqueName("source"));
        client().postCompensation(source.id(), "shared comp", List.of("FITC-A", "PE-A"), new double[] {1, 0.1, 0, 1});
        client().importExperimentResources(eid(), ImportResources.builder(source.id())
                .compensations(true).build());
        List<Compensation> imported = client().getCompensations(eid());
        assertEquals(1, imported.size(), () -> "compensations after import: " + imported);
        assertEquals("shared comp", imported.get(0).name(), "name");
    }

    @Rule(id = "DATA-ENTITY-1", statement = "updateEntity and deleteEntity reach any experiment-scoped entity")
    void generic() {
        Compensation c = client().postCompensation(eid(), "generic", List.of("FITC-A", "PE-A"),
                new double[] {1, 0, 0, 1});
        client().updateEntity(eid(), c.id(), "compensations", Map.of("name", "renamed"));
        assertEquals("renamed", client().getCompensation(eid(), c.id()).name(), "after updateEntity");
        client().deleteEntity(eid(), "compensations", c.id());
        assertThrows(NotFoundException.class, () -> client().getCompensation(eid(), c.id()), "after deleteEntity");
    }

    @Rule(id = "DATA-ZIP-1", statement = "exportEventsZip writes one FCS file per FCS file in a ZIP archive")
    void one_entry_per_file(@TempDir Path dir) throws IOException {
        FcsFile a = upload(TckData.generate("a.fcs", 12, 1));
        FcsFile b = upload(TckData.generate("b.fcs", 7, 2));
        Path zip = dir.resolve("events.zip");
        client().exportEventsZip(eid(), ZipExport.builder(ExportFormat.FCS).fcsFileIds(List.of(a.id(), b.id())).build(),
                Download.toFile(zip));
        List<Integer> counts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                FcsData events = FcsReader.read(new java.io.ByteArrayInputStream(in.readAllBytes()));
                counts.add(events.eventCount());
            }
        }
        counts.sort(null);
        assertEquals(List.of(7, 12), counts, "event counts of the ZIP entries");
    }

    @Rule(id = "DATA-CLONE-1", statement = "cloneExperiment copies FCS files, attachments and compensations")
    void deep_copy() {
        upload(TckData.generate("a.fcs", 12, 1));
        client().uploadAttachment(eid(), Upload.of("notes.txt", new byte[] {1, 2, 3}));
        client().postCompensation(eid(), "comp", List.of("FITC-A", "PE-A"), new double[] {1, 0, 0, 1});
        Experiment copy = client().cloneExperiment(eid());
        deleteAfterwards(() -> client().deleteExperiment(copy.id()));
        assertEquals(1, client().getFcsFiles(copy.id()).size(), "files in the clone");
        assertEquals(12, client().getFcsFiles(copy.id()).get(0).eventCount(), "eventCount in the clone");
        assertEquals(1, client().getAttachments(copy.id()).size(), "attachments in the clone");
        assertEquals(1, client().getCompensations(copy.id()).size(), "compensations in the clone");
    }

    @Rule(id = "DATA-CACHE-1",
            statement = "by-name lookups are cached, and the client's own rename invalidates the entry")
    void invalidated_on_rename() {
        client().cacheClear();
        FcsFile f = upload(TckData.generate("cached.fcs", 5, 1));
        client().getFcsFileByName(eid(), "cached.fcs");
        client().getFcsFileByName(eid(), "cached.fcs");
        CacheInfo info = client().cacheInfo();
        assertTrue(info.hits() >= 1, () -> "a repeated lookup hits the cache: " + info);
        client().updateFcsFile(eid(), f.id(), FcsFileUpdate.builder().filename("moved.fcs").build());
        assertThrows(NameLookupException.class, () -> client().getFcsFileByName(eid(), "cached.fcs"),
                "the old name no longer resolves after the client renamed the file");
        assertEquals(f.id(), client().getFcsFileByName(eid(), "moved.fcs").id(), "the new name resolves");
    }
}
