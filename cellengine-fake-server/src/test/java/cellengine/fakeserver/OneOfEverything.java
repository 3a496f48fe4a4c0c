package cellengine.fakeserver;

import jakarta.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fresh experiment holding one of everything (an FCS file, a gate, a population, a compensation, an attachment,
 * its scale set) and a folder, on a server just reset: what the fuzz tests aim their requests at.
 *
 * @param experimentId the experiment
 * @param fileId the FCS file, a grid file with a spillover matrix
 * @param gid the gate's gid
 * @param gate the rectangle gate on FSC-A × SSC-A
 * @param population the population of that gate
 * @param compensation a compensation of FITC-A and PE-A
 * @param attachment a text attachment
 * @param scaleSet the experiment's scale set
 * @param folder a folder
 */
record OneOfEverything(String experimentId, String fileId, String gid, JsonObject gate, JsonObject population,
                       JsonObject compensation, JsonObject attachment, JsonObject scaleSet, JsonObject folder) {

    static final String COMPENSATION_BODY =
            "{\"name\":\"c\",\"channels\":[\"FITC-A\",\"PE-A\"],\"spillMatrix\":[1,0.1,0,1]}";

    /** {@return a population body gating on one gid, with the optional fields the clients send} */
    static String populationBody(String gid) {
        return "{\"name\":\"p\",\"gates\":\"{\\\"$and\\\":[\\\"" + gid + "\\\"]}\",\"parentId\":null,"
                + "\"terminalGateGid\":\"" + gid + "\"}";
    }

    /** {@return one of everything, after resetting the server} */
    static OneOfEverything create(FakeCellEngine server) {
        server.reset();
        Api api = Api.of(server);
        DataHttp http = new DataHttp(server);
        String eid = api.post("/experiments", "{\"name\":\"everything\"}").expect(201).object().getString("_id");
        String base = "/experiments/" + eid;
        String fid = http.upload(base + "/fcsfiles", "data", "a.fcs", GridFiles.grid(0, true)).expect(201).object()
                .getString("_id");
        String gid = Gating.gid();
        JsonObject gate = api.post(base + "/gates", Gating.rectangle("g", gid, 0, 5000, 0, 5000)).expect(201)
                .object();
        JsonObject population = api.post(base + "/populations", populationBody(gid)).expect(201).object();
        JsonObject compensation = api.post(base + "/compensations", COMPENSATION_BODY).expect(201).object();
        JsonObject attachment = http.upload(base + "/attachments", "data", "a.txt",
                "hello".getBytes(StandardCharsets.UTF_8)).expect(201).object();
        JsonObject scaleSet = api.get(base + "/scalesets").expect(200).array().getJsonObject(0);
        JsonObject folder = api.post("/folders", "{\"name\":\"f\"}").expect(201).object();
        return new OneOfEverything(eid, fid, gid, gate, population, compensation, attachment, scaleSet, folder);
    }

    /** {@return the API path of the experiment, below /api/v1} */
    String base() {
        return "/experiments/" + experimentId;
    }

    /** {@return the ids by route placeholder ({@code eid}, {@code fid}) and by collection name ({@code gates} …)} */
    Map<String, String> ids() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("eid", experimentId);
        ids.put("fid", fileId);
        ids.put("gates", gate.getString("_id"));
        ids.put("populations", population.getString("_id"));
        ids.put("compensations", compensation.getString("_id"));
        ids.put("attachments", attachment.getString("_id"));
        ids.put("scalesets", scaleSet.getString("_id"));
        ids.put("folders", folder.getString("_id"));
        return ids;
    }
}
