package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Strict mode on the data routes: unknown fields and parameters are refused; what the clients send is not. */
class StrictDataRoutesTest {

    @RegisterExtension
    static final RunningFake fake = new RunningFake();

    private String eid;
    private String base;
    private String fid;

    @BeforeEach
    void experimentWithAFile() {
        eid = fake.experiment("{}");
        base = "/experiments/" + eid;
        fid = fake.http().upload(base + "/fcsfiles", "data", "a.fcs", TestFiles.sample(50)).expect(201).object()
                .getString("_id");
    }

    @Test
    void unknown_body_fields_of_data_routes_are_a_400_naming_them() {
        assertEquals("\"matrix\" is not allowed.", fake.api().post(base + "/compensations",
                "{\"name\":\"c\",\"channels\":[],\"spillMatrix\":[],\"matrix\":[]}").expect(400).error());
        assertEquals("\"label\" is not allowed.", fake.api().patch(base + "/fcsfiles/" + fid, "{\"label\":\"x\"}")
                .expect(400).error());
        assertEquals("\"copies\" is not allowed.", fake.api().post(base + "/fcsfiles",
                "{\"fcsFiles\":[\"" + fid + "\"],\"copies\":2}").expect(400).error());
        assertEquals("\"level\" is not allowed.", fake.api().post(base + "/fcsfiles/zip",
                "{\"fcsFileIds\":[\"" + fid + "\"],\"level\":9}").expect(400).error());
        String scaleSet = fake.api().get(base + "/scalesets").expect(200).array().getJsonObject(0).getString("_id");
        assertEquals("\"scale\" is not allowed.", fake.api().patch(base + "/scalesets/" + scaleSet, "{\"scale\":[]}")
                .expect(400).error());
        assertEquals("\"everything\" is not allowed.", fake.api().post(base + "/importResources",
                "{\"srcExperiment\":\"" + eid + "\",\"everything\":true}").expect(400).error());
        String attachment = fake.http().upload(base + "/attachments", "file", "n.txt", new byte[] {1}).expect(201)
                .object().getString("_id");
        assertEquals("\"name\" is not allowed.", fake.api().patch(base + "/attachments/" + attachment,
                "{\"name\":\"m.txt\"}").expect(400).error());
        assertEquals(1, fake.api().get(base + "/fcsfiles").expect(200).array().size(), "no copy was made");
    }

    @Test
    void unknown_query_parameters_of_data_routes_are_a_400_naming_them() {
        String export = fake.api().get(base + "/fcsfiles/" + fid + ".fcs?format=csv").expect(400).error();
        assertTrue(export.startsWith("\"format\" is not allowed as a query parameter; this route takes ["), export);
        assertTrue(export.contains("populationId") && export.contains("original"), export);
        assertTrue(fake.api().get(base + "/fcsfiles?order=name").expect(400).error()
                .startsWith("\"order\" is not allowed"));
        assertTrue(fake.api().get(base + "/fcsfiles/" + fid + "?original=true").expect(400).error()
                .startsWith("\"original\" is not allowed as a query parameter here"));
        assertTrue(fake.api().get(base + "/compensations?includeControls=true").expect(400).error()
                .startsWith("\"includeControls\" is not allowed"));
    }

    @Test
    void bad_types_and_enum_values_are_a_400_naming_the_field() {
        assertTrue(fake.api().get(base + "/fcsfiles/" + fid + ".fcs?compensationId=7").expect(400).error()
                .contains("compensationId"));
        assertTrue(fake.api().post(base + "/fcsfiles/zip", "{\"fcsFileIds\":[\"" + fid + "\"],\"format\":\"xml\"}")
                .expect(400).error().contains("\"format\""));
        assertTrue(fake.api().post(base + "/compensations",
                "{\"name\":\"c\",\"channels\":\"FITC-A\",\"spillMatrix\":[]}")
                .expect(400).error().contains("\"channels\""));
        assertTrue(fake.api().patch(base + "/fcsfiles/" + fid, "{\"compensation\":-2}").expect(400).error()
                .contains("\"compensation\""));
        assertTrue(fake.api().get(base + "/fcsfiles/" + fid + ".fcs?preSubsampleP=2").expect(400).error()
                .contains("preSubsampleP"));
    }

    @Test
    void what_the_official_clients_send_to_data_routes_is_accepted() {
        // R: every export parameter explicitly, literal null for no population (docs/wire.md#event-export)
        fake.api().get(base + "/fcsfiles/" + fid + ".tsv?populationId=null&compensationId=0&compensatedQ=false"
                + "&headers=true&addEventNumber=false").expect(200);
        // Python: original=true, and an upper-case extension
        assertEquals(200, fake.http().get(base + "/fcsfiles/" + fid + ".FCS?original=true").status());
        // R: includeControls=T on the list
        assertEquals(1, fake.api().get(base + "/fcsfiles?includeControls=T&limit=5").expect(200).array().size());
        // Python FcsFile.create passes the dict unchanged, so experiment_id instead of experimentId
        // (docs/wire.md#quirk-snake-case-keys)
        JsonObject copy = fake.api().post(base + "/fcsfiles", "{\"fcsFiles\":[{\"_id\":\"" + fid
                + "\",\"experiment_id\":\"" + eid + "\"}],\"filename\":\"copy.fcs\"}").expect(201).object();
        assertEquals("copy.fcs", copy.getString("filename"));
        // an FCS file echoed back whole, server-owned fields included
        JsonObject file = fake.api().get(base + "/fcsfiles/" + fid).expect(200).object();
        fake.api().patch(base + "/fcsfiles/" + fid, Json.createObjectBuilder(file).add("panelName", "P2").build()
                .toString()).expect(200);
        // R uploads in field "file", Python in "data"; both through strict mode
        fake.http().upload(base + "/fcsfiles", "file", "r.fcs", TestFiles.sample(5)).expect(201);
        JsonObject comp = fake.api().post(base + "/compensations", "{\"name\":\"c\",\"channels\":[\"FITC-A\"],"
                + "\"spillMatrix\":[1]}").expect(201).object();
        fake.api().patch(base + "/compensations/" + comp.getString("_id"), Json.createObjectBuilder(comp)
                .add("name", "c2").build().toString()).expect(200);
        fake.api().post(base + "/importResources", "{\"srcExperiment\":\"" + eid + "\",\"channelMap\":null,"
                + "\"dstPopulationId\":null,\"import\":{\"compensations\":true}}").expect(200);
        fake.api().get(base + "/fcsfiles/" + fid + ".fcs?token=" + fake.server().token()).expect(200);
    }

    @Test
    void gating_routes_refuse_unknown_fields_and_accept_the_clients_quirks() {
        assertEquals("\"stats\" is not allowed.", fake.api().post(base + "/bulkstatistics",
                "{\"stats\":[\"mean\"]}").expect(400).error());
        assertEquals("\"parent\" is not allowed.", fake.api().post(base + "/populations",
                "{\"name\":\"p\",\"gates\":\"{}\",\"parent\":null}").expect(400).error());
        assertTrue(fake.api().get(base + "/plot?fcsFileId=" + fid
                + "&xChannel=FSC-A&yChannel=SSC-A&plotType=dot&dpi=300")
                .expect(400).error().startsWith("\"dpi\" is not allowed as a query parameter"));
        assertTrue(fake.api().post(base + "/gates?createPopulations=true", gate("g1")).expect(400).error()
                .startsWith("\"createPopulations\" is not allowed as a query parameter"));
        // Python: the misspelled parentPopulationid, and create_population on bulk creation
        // (docs/wire.md#quirk-parent-population-id, docs/wire.md#quirk-snake-case-keys)
        fake.api().post(base + "/gates?createPopulation=true&parentPopulationid=", gate("g2")).expect(201);
        fake.api().post(base + "/gates?create_population=false", "[" + gate("g3") + "]").expect(201);
        // R: parentPopulationId=null literally
        fake.api().post(base + "/gates?createPopulation=false&parentPopulationId=null", gate("g4")).expect(201);
        // Python's tests: population bodies with parent_id and terminal_gate_gid
        fake.api().post(base + "/populations", "{\"name\":\"p\",\"gates\":\"{\\\"$and\\\":[]}\","
                + "\"parent_id\":null,\"terminal_gate_gid\":null}").expect(201);
        fake.api().post(base + "/bulkstatistics", "{\"statistics\":[\"eventCount\"],\"q\":0.5,\"annotations\":true,"
                + "\"compensationId\":0,\"format\":\"json\",\"layout\":\"medium\",\"percentOf\":\"PARENT\","
                + "\"populationIds\":[]}").expect(200);
    }

    private static String gate(String name) {
        StringBuilder gid = new StringBuilder();
        for (char c : name.toCharArray()) {
            gid.append(Integer.toHexString(c));
        }
        while (gid.length() < 24) {
            gid.append('0');
        }
        return "{\"name\":\"" + name + "\",\"type\":\"RectangleGate\",\"gid\":\"" + gid + "\",\"xChannel\":"
                + "\"FSC-A\",\"yChannel\":\"SSC-A\",\"tailoredPerFile\":false,\"fcsFileId\":null,\"model\":{"
                + "\"locked\":false,\"label\":[1,2],\"rectangle\":{\"x1\":1,\"x2\":500,\"y1\":1,\"y2\":900}}}";
    }

    @Test
    void relaxed_mode_ignores_unknown_fields_of_data_routes() {
        try (FakeCellEngine relaxed = FakeCellEngine.start(c -> c.strict = false)) {
            Api other = Api.of(relaxed);
            String id = other.post("/experiments", "{}").expect(201).object().getString("_id");
            assertEquals("c", other.post("/experiments/" + id + "/compensations",
                    "{\"name\":\"c\",\"channels\":[\"A\"],\"spillMatrix\":[1],\"matrix\":[]}").expect(201)
                    .object().getString("name"));
        }
    }
}
