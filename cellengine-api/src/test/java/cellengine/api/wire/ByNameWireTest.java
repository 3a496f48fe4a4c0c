package cellengine.api.wire;

import static cellengine.api.wire.Fixtures.AID;
import static cellengine.api.wire.Fixtures.EID;
import static cellengine.api.wire.Fixtures.FID2;
import static cellengine.api.wire.Fixtures.FID;
import static cellengine.api.wire.Fixtures.GATE_ID;
import static cellengine.api.wire.Fixtures.GID;
import static cellengine.api.wire.Fixtures.PID2;
import static cellengine.api.wire.Fixtures.PID;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.CellEngine;
import cellengine.api.NameLookupException;
import cellengine.api.model.Statistic;
import cellengine.api.param.PercentOf;
import cellengine.api.param.StatisticsRequest;
import cellengine.testing.wire.RecordedRequest;
import cellengine.testing.wire.Reply;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The by-name calls a ported Python or R script reaches for, against a scripted peer. */
class ByNameWireTest extends PeerTest {

    @Test
    void attachments_download_and_delete_by_name_as_python_does() {
        byte[] content = {1, 2, 3};
        peer.script(r -> r.rawQuery() != null && r.rawQuery().contains("query=")
                ? Reply.json(200, "[" + Fixtures.attachment(AID, "notes.txt") + "]")
                : r.method().equals("DELETE") ? Reply.empty(204) : Reply.bytes(content));
        assertArrayEquals(content, client.downloadAttachmentByName(EID, "notes.txt"));
        List<RecordedRequest> sent = peer.requests();
        assertEquals("and(eq(filename,\"notes.txt\"),eq(deleted,null))", sent.get(0).query().get("query"));
        assertEquals(base("/attachments/" + AID), sent.get(sent.size() - 1).rawPath());
        client.deleteAttachmentByName(EID, "notes.txt");
        RecordedRequest delete = peer.requests().get(peer.requests().size() - 1);
        assertEquals("DELETE", delete.method());
        assertEquals(base("/attachments/" + AID), delete.rawPath());
    }

    @Test
    void a_gate_is_found_by_name_and_a_missing_one_names_the_kind() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.rectangleGate(GATE_ID, GID, "Lymphocytes") + "]"));
        assertEquals(GID, client.getGateByName(EID, "Lymphocytes").gid());
        RecordedRequest r = peer.only();
        assertEquals(base("/gates"), r.rawPath());
        assertEquals("and(eq(name,\"Lymphocytes\"),eq(deleted,null))", r.query().get("query"));
        assertEquals("2", r.query().get("limit"));
        peer.script(x -> Reply.json(200, "[]"));
        NameLookupException e = assertThrows(NameLookupException.class, () -> client.getGateByName(EID, "Nope"));
        assertEquals("gate", e.resourceType());
        assertEquals(0, e.matchCount());
    }

    @Test
    void statistics_by_file_population_and_percent_of_names_resolve_with_one_list_call_per_kind() {
        peer.script(r -> {
            if (r.rawPath().endsWith("/fcsfiles")) {
                return Reply.json(200, "[" + Fixtures.fcsFile(FID2, "b.fcs") + "," + Fixtures.fcsFile(FID, "a.fcs")
                        + "]");
            }
            if (r.rawPath().endsWith("/populations")) {
                return Reply.json(200, "[" + Fixtures.population(PID, "Singlets", "{\"$and\":[]}", null) + ","
                        + Fixtures.population(PID2, "T cells", "{\"$and\":[]}", PID) + "]");
            }
            return Reply.json(200, "[]");
        });
        client.getStatistics(EID, StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT, Statistic.PERCENT)
                .fcsFileNames("a.fcs", "b.fcs").populationNames("T cells")
                .percentOf(PercentOf.populationNamed("Singlets")).build());
        List<RecordedRequest> sent = peer.requests();
        assertEquals(3, sent.size(), "files, populations, then the statistics: " + sent);
        assertEquals("and(in(filename,[\"a.fcs\",\"b.fcs\"]),eq(deleted,null))", sent.get(0).query().get("query"));
        assertEquals("true", sent.get(0).query().get("includeControls"), "named control files resolve too");
        assertEquals("and(in(name,[\"T cells\",\"Singlets\"]),eq(deleted,null))", sent.get(1).query().get("query"));
        JsonObject body = cellengine.api.internal.json.Json.readValue(sent.get(2).body()).asJsonObject();
        assertEquals(List.of(FID, FID2), body.getJsonArray("fcsFileIds").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList(), "ids in the names' order");
        assertEquals(PID2, body.getJsonArray("populationIds").getString(0));
        assertEquals(PID, body.getString("percentOf"), "a single percentOf stays a single value");
    }

    @Test
    void an_ambiguous_or_missing_name_is_reported_with_its_kind_before_any_statistics_are_asked() {
        peer.script(r -> Reply.json(200, "[" + Fixtures.fcsFile(FID, "a.fcs") + "," + Fixtures.fcsFile(FID2, "a.fcs")
                + "]"));
        NameLookupException twice = assertThrows(NameLookupException.class, () -> client.getStatistics(EID,
                StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT).fcsFileNames("a.fcs").build()));
        assertEquals("FCS file", twice.resourceType());
        assertEquals("a.fcs", twice.name());
        assertEquals(2, twice.matchCount());
        assertEquals(1, peer.requests().size(), "no statistics request was sent");

        peer.script(r -> Reply.json(200, "[]"));
        NameLookupException none = assertThrows(NameLookupException.class, () -> client.getStatistics(EID,
                StatisticsRequest.builder().statistics(Statistic.PERCENT).percentOf(List.of(PercentOf.parent(),
                        PercentOf.populationNamed("Leukocytes"))).build()));
        assertEquals("population", none.resourceType());
        assertEquals("Leukocytes", none.name());
        assertEquals(0, none.matchCount());
    }

    @Test
    void a_request_with_names_cannot_be_sent_raw_and_ids_replace_names() {
        StatisticsRequest named = StatisticsRequest.builder().statistics(Statistic.EVENT_COUNT)
                .populationNames("Singlets").build();
        IllegalStateException e = assertThrows(IllegalStateException.class, named::toJson);
        assertTrue(e.getMessage().contains("CellEngine.getStatistics resolves"), e.getMessage());
        assertTrue(named.hasNames());
        StatisticsRequest byId = named.toBuilder().populationIds(PID).build();
        assertEquals(List.of(), byId.populationNames());
        assertEquals(PID, byId.toJson().getJsonArray("populationIds").getString(0));
        assertThrows(IllegalArgumentException.class, () -> StatisticsRequest.builder().fcsFileNames("a", " "));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> StatisticsRequest.builder().populationNames(List.of()));
        assertTrue(none.getMessage().contains("at least one name"), none.getMessage());
    }
}
