package cellengine.api.wire;

import cellengine.analysis.scale.LinearScale;
import cellengine.analysis.scale.LogScale;
import cellengine.api.ApiException;
import cellengine.api.BadRequestException;
import cellengine.api.CellEngine;
import cellengine.api.Download;
import cellengine.api.NameLookupException;
import cellengine.api.NotFoundException;
import cellengine.api.model.Annotation;
import cellengine.api.model.Attachment;
import cellengine.api.model.ChannelScale;
import cellengine.api.model.Compensation;
import cellengine.api.model.CompensationId;
import cellengine.api.model.FcsFile;
import cellengine.api.model.ScaleSet;
import cellengine.api.param.CompensationUpdate;
import cellengine.api.param.EventExport;
import cellengine.api.param.ExportFormat;
import cellengine.api.param.FcsFileCreate;
import cellengine.api.param.FcsFileUpdate;
import cellengine.api.param.ImportResources;
import cellengine.api.param.ListOptions;
import cellengine.api.param.ZipExport;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cellengine.api.wire.Fixtures.AID;
import static cellengine.api.wire.Fixtures.CID;
import static cellengine.api.wire.Fixtures.EID;
import static cellengine.api.wire.Fixtures.FID2;
import static cellengine.api.wire.Fixtures.FID;
import static cellengine.api.wire.Fixtures.PID;
import static cellengine.api.wire.Fixtures.SID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exact method, path, query and body of every data-side call, against a scripted loopback peer. */
class DataWireTest extends PeerTest {

    private static JsonObject json(RecordedRequest r) {
        return cellengine.api.internal.json.Json.readValue(r.body()).asJsonObject();
    }

    // ---- attachments ----

    @Test
    void get_attachments_lists_the_collection() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.attachment(AID, "text.txt") + "]"));
        List<Attachment> all = client.getAttachments(EID);
        assertEquals("text.txt", all.get(0).filename());
        assertEquals("4afc08fb", all.get(0).crc32c());
        assertEquals(13L, all.get(0).size());
        RecordedRequest r = peer.only();
        assertEquals("GET", r.method());
        assertEquals(base("/attachments"), r.rawPath());
        assertNull(r.rawQuery());
    }

    @Test
    void get_attachment_lists_with_an_id_query_and_no_limit() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.attachment(AID, "text.txt") + "]"));
        assertEquals(AID, client.getAttachment(EID, AID).id());
        RecordedRequest r = peer.only();
        assertEquals(base("/attachments"), r.rawPath());
        assertEquals(Map.of("query", "eq(_id,\"" + AID + "\")"), r.query());
    }

    @Test
    void get_attachment_that_is_not_listed_is_not_found() {
        peer.script(r -> Reply.json(200, "[]"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getAttachment(EID, AID));
        assertEquals(404, e.status());
        assertTrue(e.getMessage().contains(AID), e.getMessage());
        assertEquals("Attachment with ID " + AID + " not found.", e.serverMessage());
    }

    @Test
    void attachment_by_name_uses_the_filename_lookup() {
        client.cacheClear();
        peer.script(r -> Reply.json(200, "[" + Fixtures.attachment(AID, "text.txt") + "]"));
        assertEquals(AID, client.getAttachmentByName(EID, "text.txt").id());
        RecordedRequest r = peer.only();
        assertEquals(base("/attachments"), r.rawPath());
        assertEquals("and(eq(filename,\"text.txt\"),eq(deleted,null))", r.query().get("query"));
        assertEquals("2", r.query().get("limit"));
    }

    @Test
    void download_attachment_gets_the_raw_bytes() {
        byte[] content = "hello world\n\n".getBytes(StandardCharsets.UTF_8);
        peer.script(r -> Reply.bytes(content));
        assertArrayEquals(content, client.downloadAttachment(EID, AID));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client.downloadAttachment(EID, AID, Download.to(out));
        assertArrayEquals(content, out.toByteArray());
        RecordedRequest r = peer.requests().get(0);
        assertEquals("GET", r.method());
        assertEquals(base("/attachments/" + AID), r.rawPath());
        assertEquals("*/*", r.header("Accept"));
    }

    @Test
    void update_attachment_patches_the_filename() {
        peer.script(r -> Reply.json(200, Fixtures.attachment(AID, "new.txt")));
        assertEquals("new.txt", client.updateAttachment(EID, AID, "new.txt").filename());
        RecordedRequest r = peer.only();
        assertEquals("PATCH", r.method());
        assertEquals(base("/attachments/" + AID), r.rawPath());
        assertEquals("{\"filename\":\"new.txt\"}", r.bodyText());
        assertEquals("application/json", r.header("Content-Type"));
    }

    @Test
    void delete_attachment_sends_delete() {
        peer.script(r -> Reply.empty(204));
        client.deleteAttachment(EID, AID);
        RecordedRequest r = peer.only();
        assertEquals("DELETE", r.method());
        assertEquals(base("/attachments/" + AID), r.rawPath());
    }

    // ---- compensations ----

    @Test
    void post_compensation_sends_name_channels_and_row_major_matrix() {
        peer.script(r -> Reply.json(201, Fixtures.compensation(CID, "test_comp")));
        Compensation c = client.postCompensation(EID, "test_comp", List.of("Blue530-A", "Vio450-A"),
                new double[] {1, 0.02, 0, 1});
        assertEquals(CID, c.id());
        assertArrayEquals(new double[] {1, 0.02, 0, 1}, c.spillMatrix());
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/compensations"), r.rawPath());
        assertEquals("{\"name\":\"test_comp\",\"channels\":[\"Blue530-A\",\"Vio450-A\"],"
                + "\"spillMatrix\":[1.0,0.02,0.0,1.0]}", r.bodyText());
    }

    @Test
    void post_compensation_with_a_matrix_of_the_wrong_size_fails_before_sending() {
        peer.script(r -> Reply.json(500, "{}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.postCompensation(
                EID, "c", List.of("A", "B"), new double[] {1, 0, 1}));
        assertTrue(e.getMessage().contains("needs 4 values"), e.getMessage());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void compensation_get_list_by_name_update_and_delete_use_their_routes() {
        peer.script(r -> {
            if (r.method().equals("DELETE")) {
                return Reply.empty(204);
            }
            return Reply.json(200, r.rawPath().endsWith("/compensations") ? "[" + Fixtures.compensation(CID, "c")
                    + "]" : Fixtures.compensation(CID, "c"));
        });
        assertEquals(1, client.getCompensations(EID).size());
        assertEquals("c", client.getCompensation(EID, CID).name());
        assertEquals(CID, client.getCompensationByName(EID, "c").id());
        client.updateCompensation(EID, CID, CompensationUpdate.builder().name("d").build());
        client.deleteCompensation(EID, CID);
        List<RecordedRequest> all = peer.requests();
        assertEquals(base("/compensations"), all.get(0).rawPath());
        assertEquals(base("/compensations/" + CID), all.get(1).rawPath());
        assertEquals("and(eq(name,\"c\"),eq(deleted,null))", all.get(2).query().get("query"));
        assertEquals("PATCH", all.get(3).method());
        assertEquals("{\"name\":\"d\"}", all.get(3).bodyText());
        assertEquals("DELETE", all.get(4).method());
        assertEquals(base("/compensations/" + CID), all.get(4).rawPath());
    }

    // ---- FCS files ----

    @Test
    void get_fcs_files_sends_list_options_and_include_controls() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.fcsFile(FID, "a.fcs") + "]"));
        client.getFcsFiles(EID, ListOptions.builder().query("eq(deleted,null)").fields("+filename").limit(5).build(),
                true);
        RecordedRequest r = peer.only();
        assertEquals(base("/fcsfiles"), r.rawPath());
        assertEquals("query=eq%28deleted%2Cnull%29&fields=%2Bfilename&limit=5&includeControls=true", r.rawQuery());
    }

    @Test
    void get_fcs_file_binds_every_field() {
        peer.script(r -> Reply.json(200, Fixtures.fcsFile(FID, "A1.fcs")));
        FcsFile f = client.getFcsFile(EID, FID);
        assertEquals(base("/fcsfiles/" + FID), peer.only().rawPath());
        assertEquals(List.of("FSC-A", "Blue530-A", "Vio450-A"), f.channels());
        assertEquals("Vio450-A", f.channelForReagent("CD4").orElseThrow());
        assertEquals(CompensationId.fileInternal(), f.compensation());
        assertEquals(211974L, f.eventCount());
        assertEquals("211974", f.headerKeywords().get("$TOT"));
        assertEquals("5", f.annotation("dose").orElseThrow().valueAsString());
        assertEquals(List.of("Blue530-A", "Vio450-A"), f.spillover().orElseThrow().parameterNames());
    }

    @Test
    void the_file_internal_compensation_of_a_listed_file_is_fetched_on_demand() {
        String listed = Fixtures.fcsFile(FID, "a.fcs").replace("\"spillString\":\"2,Blue530-A,Vio450-A,1,0.02,0,1\",", "");
        peer.script(r -> Reply.json(200, "[" + listed + "]"));
        FcsFile fromList = client.getFcsFiles(EID).get(0);
        IllegalStateException e = assertThrows(IllegalStateException.class, fromList::fileInternalCompensation);
        assertTrue(e.getMessage().contains("CellEngine.getFileInternalCompensation(experimentId, id)"),
                e.getMessage());
        peer.script(r -> Reply.json(200, Fixtures.fcsFile(FID, "a.fcs")));
        Compensation internal = client.getFileInternalCompensation(EID, fromList.id());
        assertEquals(base("/fcsfiles/" + FID), peer.only().rawPath(), "one GET by id, as Python's lazy property");
        assertEquals(List.of("Blue530-A", "Vio450-A"), internal.channels());
        assertArrayEquals(new double[] {1, 0.02, 0, 1}, internal.spillMatrix());
        String none = Fixtures.fcsFile(FID, "a.fcs").replace("\"hasFileInternalComp\":true", "\"hasFileInternalComp\":false")
                .replace("\"spillString\":\"2,Blue530-A,Vio450-A,1,0.02,0,1\",", "");
        peer.script(r -> Reply.json(200, none));
        IllegalStateException noComp = assertThrows(IllegalStateException.class,
                () -> client.getFileInternalCompensation(EID, FID));
        assertEquals("FCS File '" + FID + "' does not have an internal compensation.", noComp.getMessage());
    }

    @Test
    void get_fcs_file_of_an_unknown_id_is_a_not_found_exception() {
        peer.script(r -> Reply.json(404, "{\"error\":\"FCS file not found.\"}"));
        NotFoundException e = assertThrows(NotFoundException.class, () -> client.getFcsFile(EID, FID));
        assertEquals("FCS file not found.", e.serverMessage());
    }

    @Test
    void bad_ids_are_refused_before_any_request() {
        peer.script(r -> Reply.json(200, "{}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.getFcsFile(EID, "../../signin"));
        assertTrue(e.getMessage().contains("fcsFileId"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> client.downloadAttachment("nope", AID));
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void create_fcs_file_sends_sources_filename_and_set_options_only() {
        peer.script(r -> Reply.json(201, Fixtures.fcsFile(FID2, "joined.fcs")));
        client.createFcsFile(EID, FcsFileCreate.builder().fcsFiles(List.of(FID, FID2)).filename("joined.fcs")
                .addFileNumber(true).addEventNumber(false).preSubsampleN(1000).seed(0).build());
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/fcsfiles"), r.rawPath());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals("{\"fcsFiles\":[\"" + FID + "\",\"" + FID2 + "\"],\"filename\":\"joined.fcs\","
                + "\"addFileNumber\":true,\"addEventNumber\":false,\"preSubsampleN\":1000,\"seed\":0}", r.bodyText());
    }

    @Test
    void create_fcs_file_from_another_experiment_sends_id_and_experiment_id() {
        peer.script(r -> Reply.json(201, Fixtures.fcsFile(FID2, "copy.fcs")));
        client.createFcsFile(EID, FcsFileCreate.builder().fromExperiment(CID, FID).build());
        assertEquals("{\"fcsFiles\":[{\"_id\":\"" + FID + "\",\"experimentId\":\"" + CID + "\"}],"
                + "\"filename\":null}", peer.only().bodyText());
    }

    @Test
    void update_fcs_file_sends_only_changed_keys_with_whole_annotation_list() {
        peer.script(r -> Reply.json(200, Fixtures.fcsFile(FID, "renamed.fcs")));
        FcsFile before = cellengine.api.internal.json.Json.read(
                Fixtures.fcsFile(FID, "A1.fcs").getBytes(StandardCharsets.UTF_8), FcsFile.class);
        FcsFile after = before.withFilename("renamed.fcs")
                .withAnnotations(List.of(Annotation.of("plate well", "B02"), Annotation.of("dose", 5)));
        client.updateFcsFile(EID, FID, FcsFileUpdate.diff(before, after));
        RecordedRequest r = peer.only();
        assertEquals("PATCH", r.method());
        assertEquals(base("/fcsfiles/" + FID), r.rawPath());
        assertEquals("{\"filename\":\"renamed.fcs\",\"annotations\":[{\"name\":\"plate well\",\"value\":\"B02\"},"
                + "{\"name\":\"dose\",\"value\":5}]}", r.bodyText());
    }

    @Test
    void update_fcs_file_sends_compensation_codes_as_numbers_and_refuses_per_file() {
        peer.script(r -> Reply.json(200, Fixtures.fcsFile(FID, "a.fcs")));
        client.updateFcsFile(EID, FID, FcsFileUpdate.builder().compensation(CompensationId.uncompensated())
                .gatesLocked(true).isControl(true).panelName("P2").deleted(null).build());
        assertEquals("{\"compensation\":0,\"gatesLocked\":true,\"isControl\":true,\"panelName\":\"P2\","
                + "\"deleted\":null}", peer.only().bodyText());
        assertThrows(IllegalArgumentException.class,
                () -> FcsFileUpdate.builder().compensation(CompensationId.perFile()));
    }

    @Test
    void delete_fcs_file_sends_delete() {
        peer.script(r -> Reply.empty(204));
        client.deleteFcsFile(EID, FID);
        assertEquals("DELETE", peer.only().method());
        assertEquals(base("/fcsfiles/" + FID), peer.only().rawPath());
    }

    @Test
    void download_fcs_file_sends_only_the_set_parameters_in_reference_order() {
        peer.script(r -> Reply.bytes(new byte[] {1, 2, 3}));
        byte[] bytes = client.downloadFcsFile(EID, FID, EventExport.builder(ExportFormat.TSV).headers(true)
                .compensatedQ(false).populationId(PID).compensationId(CompensationId.fileInternal())
                .preSubsampleP(0.25).postSubsampleN(10).seed(42L).addEventNumber(true).build());
        assertArrayEquals(new byte[] {1, 2, 3}, bytes);
        RecordedRequest r = peer.only();
        assertEquals(base("/fcsfiles/" + FID + ".tsv"), r.rawPath());
        assertEquals("populationId=" + PID + "&compensationId=-1&compensatedQ=false&headers=true"
                + "&preSubsampleP=0.25&postSubsampleN=10&seed=42&addEventNumber=true", r.rawQuery());
    }

    @Test
    void download_fcs_file_with_default_options_sends_no_query() {
        peer.script(r -> Reply.bytes(new byte[] {9}));
        client.downloadFcsFile(EID, FID, EventExport.builder(ExportFormat.FCS).original(true).build());
        assertEquals(base("/fcsfiles/" + FID + ".fcs"), peer.only().rawPath());
        assertEquals("original=true", peer.only().rawQuery());
        client.downloadFcsFile(EID, FID, EventExport.fcs());
        assertNull(peer.requests().get(1).rawQuery());
    }

    @Test
    void download_with_a_population_but_no_compensation_fails_before_sending() {
        peer.script(r -> Reply.bytes(new byte[0]));
        EventExport.Builder ungatable = EventExport.builder(ExportFormat.FCS).populationId(PID);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> client.downloadFcsFile(EID, FID, ungatable.build()));
        assertTrue(e.getMessage().contains("populationId") && e.getMessage().contains("compensationId"),
                e.getMessage());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void a_failed_export_maps_the_error_body() {
        peer.script(r -> Reply.json(400, "{\"error\":\"File has no internal compensation.\"}"));
        BadRequestException e = assertThrows(BadRequestException.class,
                () -> client.downloadFcsFile(EID, FID, EventExport.builder(ExportFormat.FCS).compensationId(-1)
                        .build()));
        assertEquals("File has no internal compensation.", e.serverMessage());
    }

    @Test
    void zip_export_posts_the_json_request_and_streams_the_answer() {
        byte[] zip = {'P', 'K', 3, 4};
        peer.script(r -> Reply.bytes(zip));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        client.exportEventsZip(EID, ZipExport.builder(ExportFormat.TSV).headers(false).fcsFileIds(List.of(FID))
                .populationIds(List.of(PID)).compensationId(CompensationId.of(CID)).compensatedQ(true)
                .postSubsampleP(0.5).seed(7L).filenameTemplate("{fcsfile.filename}-{population._id}").build(),
                Download.to(out));
        assertArrayEquals(zip, out.toByteArray());
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/fcsfiles/zip"), r.rawPath());
        assertEquals("{\"format\":\"tsv (without header)\",\"fcsFileIds\":[\"" + FID + "\"],\"populationIds\":[\""
                + PID + "\"],\"compensationId\":\"" + CID + "\",\"compensatedQ\":true,\"postSubsampleP\":0.5,"
                + "\"seed\":7,\"filenameTemplate\":\"{fcsfile.filename}-{population._id}\"}", r.bodyText());
    }

    // ---- scale sets ----

    @Test
    void get_scaleset_reads_the_first_element() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.scaleSet() + "]"));
        ScaleSet s = client.getScaleset(EID);
        assertEquals(base("/scalesets"), peer.only().rawPath());
        assertEquals(new LinearScale(1, 262144), s.scaleFor("FSC-A"));
        assertEquals(new LogScale(1, 80000), s.scaleFor("SSC-W"));
        assertEquals(3, s.scales().size());
    }

    @Test
    void get_scaleset_of_an_empty_list_is_an_api_exception() {
        peer.script(r -> Reply.json(200, "[]"));
        ApiException e = assertThrows(ApiException.class, () -> client.getScaleset(EID));
        assertEquals(200, e.status());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void update_scaleset_sends_the_whole_list_and_unwraps_the_answer() {
        peer.script(r -> Reply.json(200, "{\"scaleSet\":" + Fixtures.scaleSet() + "}"));
        ScaleSet s = client.updateScaleset(EID, SID, List.of(new ChannelScale("FSC-A", new LinearScale(0, 1000)),
                new ChannelScale("SSC-W", new LogScale(1, 80000))));
        assertEquals("Scale Set 1", s.name());
        RecordedRequest r = peer.only();
        assertEquals("PATCH", r.method());
        assertEquals(base("/scalesets/" + SID), r.rawPath());
        assertEquals("{\"scales\":[{\"channelName\":\"FSC-A\",\"scale\":{\"type\":\"LinearScale\",\"minimum\":0.0,"
                + "\"maximum\":1000.0}},{\"channelName\":\"SSC-W\",\"scale\":{\"type\":\"LogScale\",\"minimum\":1.0,"
                + "\"maximum\":80000.0}}]}", r.bodyText());
    }

    @Test
    void update_scaleset_without_the_wrapper_is_an_api_exception() {
        peer.script(r -> Reply.json(200, Fixtures.scaleSet()));
        ApiException e = assertThrows(ApiException.class, () -> client.updateScaleset(EID, SID, List.of()));
        assertTrue(e.getMessage().contains("scaleSet"), e.getMessage());
    }

    // ---- experiments and generic entities ----

    @Test
    void import_resources_sends_all_four_keys() {
        peer.script(r -> Reply.json(200, "{}"));
        client.importExperimentResources(EID, ImportResources.builder(CID)
                .channelMap(new LinkedHashMap<>(Map.of("FSC-A", "FSC-A"))).populations(true).compensations(true)
                .annotations(List.of("plate")).build());
        RecordedRequest r = peer.only();
        assertEquals("POST", r.method());
        assertEquals(base("/importResources"), r.rawPath());
        assertEquals("{\"srcExperiment\":\"" + CID + "\",\"channelMap\":{\"FSC-A\":\"FSC-A\"},\"dstPopulationId\":null,"
                + "\"import\":{\"populations\":true,\"compensations\":true,\"annotations\":[\"plate\"]}}", r.bodyText());
    }

    @Test
    void update_entity_patches_the_generic_path_with_explicit_nulls() {
        peer.script(r -> Reply.json(200, "{\"_id\":\"" + PID + "\"}"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "x");
        body.put("parentId", null);
        assertEquals(PID, client.updateEntity(EID, PID, "populations", body).asJsonObject().getString("_id"));
        RecordedRequest r = peer.only();
        assertEquals("PATCH", r.method());
        assertEquals(base("/populations/" + PID), r.rawPath());
        assertEquals("{\"name\":\"x\",\"parentId\":null}", r.bodyText());
    }

    @Test
    void delete_entity_sends_delete_and_refuses_a_path_with_slashes() {
        peer.script(r -> Reply.empty(204));
        client.deleteEntity(EID, "gates", PID);
        assertEquals(base("/gates/" + PID), peer.only().rawPath());
        assertThrows(IllegalArgumentException.class, () -> client.deleteEntity(EID, "gates/../x", PID));
        assertEquals(1, peer.requests().size());
    }

    @Test
    void fcs_file_lookup_by_name_with_two_matches_is_a_name_lookup_exception() {
        client.cacheClear();
        peer.script(r -> Reply.json(200, "[" + Fixtures.fcsFile(FID, "a.fcs") + "," + Fixtures.fcsFile(FID2, "a.fcs")
                + "]"));
        NameLookupException e = assertThrows(NameLookupException.class, () -> client.getFcsFileByName(EID, "a.fcs"));
        assertEquals(2, e.matchCount());
        assertEquals(0, client.cacheInfo().size(), "failed lookups are not cached");
    }

    @Test
    void compensation_update_diff_sends_channels_and_matrix_together() {
        Compensation before = new Compensation(CID, EID, "c", List.of("A", "B"), new double[] {1, 0, 0, 1}, 0);
        CompensationUpdate u = CompensationUpdate.diff(before, before.withMatrix(List.of("A", "B"),
                new double[] {1, 0.1, 0, 1}));
        assertEquals("{\"channels\":[\"A\",\"B\"],\"spillMatrix\":[1.0,0.1,0.0,1.0]}", u.toJson().toString());
    }
}
