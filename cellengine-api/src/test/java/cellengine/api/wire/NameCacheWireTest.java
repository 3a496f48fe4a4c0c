package cellengine.api.wire;

import cellengine.api.NameLookupException;
import cellengine.api.model.CacheInfo;
import cellengine.api.param.FcsFileUpdate;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static cellengine.api.wire.Fixtures.AID;
import static cellengine.api.wire.Fixtures.EID;
import static cellengine.api.wire.Fixtures.FID2;
import static cellengine.api.wire.Fixtures.FID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The name → id cache (docs/wire.md#name-cache) as seen on the wire: hits, misses and invalidation. */
class NameCacheWireTest extends PeerTest {

    /** Answers lookups with one file named a.fcs (id FID), and GETs by id with that file. */
    private static Reply files(RecordedRequest r, String id, String name) {
        if (r.method().equals("GET") && r.rawPath().endsWith("/fcsfiles")) {
            return Reply.json(200, "[" + Fixtures.fcsFile(id, name) + "]");
        }
        if (r.method().equals("DELETE")) {
            return Reply.empty(204);
        }
        return Reply.json(200, Fixtures.fcsFile(id, name));
    }

    @Test
    void a_miss_looks_up_then_gets_by_id_and_a_hit_only_gets_by_id() {
        peer.script(r -> files(r, FID, "a.fcs"));
        assertEquals(FID, client.getFcsFileByName(EID, "a.fcs").id());
        assertEquals(new CacheInfo(0, 1, 1), client.cacheInfo());
        List<RecordedRequest> first = peer.requests();
        assertEquals(2, first.size());
        assertEquals("and(eq(filename,\"a.fcs\"),eq(deleted,null))", first.get(0).query().get("query"));
        assertEquals("/api/v1/experiments/" + EID + "/fcsfiles/" + FID, first.get(1).rawPath());

        peer.script(r -> files(r, FID, "a.fcs"));
        assertEquals(FID, client.getFcsFileByName(EID, "a.fcs").id());
        assertEquals(new CacheInfo(1, 1, 1), client.cacheInfo());
        assertEquals("/api/v1/experiments/" + EID + "/fcsfiles/" + FID, peer.only().rawPath());
    }

    @Test
    void renaming_a_file_drops_its_entry() {
        peer.script(r -> files(r, FID, "a.fcs"));
        client.getFcsFileByName(EID, "a.fcs");
        assertEquals(1, client.cacheInfo().size());
        client.updateFcsFile(EID, FID, FcsFileUpdate.builder().filename("b.fcs").build());
        assertEquals(0, client.cacheInfo().size());
    }

    @Test
    void deleting_a_file_drops_its_entry_and_deleting_an_experiment_drops_all_of_its_entries() {
        peer.script(r -> files(r, FID, "a.fcs"));
        client.getFcsFileByName(EID, "a.fcs");
        client.deleteFcsFile(EID, FID);
        assertEquals(0, client.cacheInfo().size());

        client.getFcsFileByName(EID, "a.fcs");
        peer.script(r -> r.rawPath().endsWith("/attachments")
                ? Reply.json(200, "[" + Fixtures.attachment(AID, "t.txt") + "]") : Reply.empty(204));
        client.getAttachmentByName(EID, "t.txt");
        assertEquals(2, client.cacheInfo().size());
        client.deleteExperiment(EID);
        assertEquals(0, client.cacheInfo().size());
    }

    @Test
    void generic_updates_and_deletes_drop_the_entity_entry() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.attachment(AID, "t.txt") + "]"));
        client.getAttachmentByName(EID, "t.txt");
        peer.script(r -> Reply.json(200, "{}"));
        client.updateEntity(EID, AID, "attachments", Map.of("filename", "u.txt"));
        assertEquals(0, client.cacheInfo().size());
    }

    @Test
    void a_stale_entry_renamed_elsewhere_is_looked_up_again() {
        peer.script(r -> files(r, FID, "a.fcs"));
        client.getFcsFileByName(EID, "a.fcs");
        // Someone else renamed FID to z.fcs and uploaded another a.fcs as FID2.
        peer.script(r -> r.rawPath().endsWith("/fcsfiles/" + FID) ? Reply.json(200, Fixtures.fcsFile(FID, "z.fcs"))
                : files(r, FID2, "a.fcs"));
        assertEquals(FID2, client.getFcsFileByName(EID, "a.fcs").id());
        assertEquals(3, peer.requests().size(), "stale GET, lookup, GET");
        assertEquals(new CacheInfo(1, 2, 1), client.cacheInfo());
    }

    @Test
    void a_stale_entry_deleted_elsewhere_is_looked_up_again() {
        peer.script(r -> files(r, FID, "a.fcs"));
        client.getFcsFileByName(EID, "a.fcs");
        peer.script(r -> r.rawPath().endsWith("/fcsfiles/" + FID) ? Reply.json(404, "{\"error\":\"not found\"}")
                : files(r, FID2, "a.fcs"));
        assertEquals(FID2, client.getFcsFileByName(EID, "a.fcs").id());
    }

    @Test
    void failed_lookups_are_not_cached() {
        peer.script(r -> Reply.json(200, "[]"));
        assertThrows(NameLookupException.class, () -> client.getFcsFileByName(EID, "none.fcs"));
        assertThrows(NameLookupException.class, () -> client.getAttachmentByName(EID, "none.txt"));
        assertEquals(new CacheInfo(0, 2, 0), client.cacheInfo());
        assertEquals(2, peer.requests().size());
    }

    @Test
    void names_are_cached_per_experiment_and_kind() {
        peer.script(r -> r.rawPath().endsWith("/attachments")
                ? Reply.json(200, "[" + Fixtures.attachment(AID, "a.fcs") + "]") : files(r, FID, "a.fcs"));
        client.getFcsFileByName(EID, "a.fcs");
        assertEquals(AID, client.getAttachmentByName(EID, "a.fcs").id());
        assertEquals(new CacheInfo(0, 2, 2), client.cacheInfo());
        client.cacheClear();
        assertEquals(new CacheInfo(0, 0, 0), client.cacheInfo());
    }
}
