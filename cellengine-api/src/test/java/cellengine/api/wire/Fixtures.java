package cellengine.api.wire;

/**
 * Entity JSON shaped like docs/wire.md#fcs-file-fields, docs/wire.md#attachment-fields,
 * docs/wire.md#compensation-fields and docs/wire.md#scale-set-fields.
 */
final class Fixtures {

    static final String EID = "5d64abe2ca9df61349ed8e79";
    static final String FID = "5d64abe2ca9df61349ed8e81";
    static final String FID2 = "5d64abe2ca9df61349ed8e82";
    static final String AID = "5d64abe2ca9df61349ed8e83";
    static final String CID = "5d64abe2ca9df61349ed8e84";
    static final String SID = "5d64abe2ca9df61349ed8e85";
    static final String PID = "5d64abe2ca9df61349ed8e86";
    static final String GATE_ID = "5d64abe2ca9df61349ed8e87";
    static final String GID = "5d64abe2ca9df61349ed8e88";
    static final String PID2 = "5d64abe2ca9df61349ed8e89";

    private Fixtures() {
    }

    static String fcsFile(String id, String filename) {
        return "{\"_id\":\"" + id + "\",\"experimentId\":\"" + EID + "\",\"filename\":\"" + filename + "\","
                + "\"md5\":\"d300fa70af75aa4b157382293609dcd9\",\"crc32c\":\"4afc08fb\",\"size\":20360897,"
                + "\"gatesLocked\":false,\"deleted\":null,\"isControl\":false,\"panelName\":\"Panel 1\","
                + "\"panel\":[{\"index\":1,\"channel\":\"FSC-A\",\"reagent\":null},"
                + "{\"index\":2,\"channel\":\"Blue530-A\",\"reagent\":\"CD3\"},"
                + "{\"index\":3,\"channel\":\"Vio450-A\",\"reagent\":\"CD4\"}],"
                + "\"compensation\":-1,\"annotations\":[{\"name\":\"plate well\",\"value\":\"A01\"},"
                + "{\"name\":\"dose\",\"value\":5}],\"eventCount\":211974,\"hasFileInternalComp\":true,"
                + "\"spillString\":\"2,Blue530-A,Vio450-A,1,0.02,0,1\","
                + "\"header\":\"{\\\"$TOT\\\":\\\"211974\\\",\\\"$PAR\\\":\\\"3\\\"}\","
                + "\"data\":{\"sourceFiles\":[]},\"sampleName\":\"A1\",\"__v\":0,\"futureField\":{\"x\":1}}";
    }

    static String attachment(String id, String filename) {
        return "{\"_id\":\"" + id + "\",\"experimentId\":\"" + EID + "\",\"filename\":\"" + filename + "\","
                + "\"size\":13,\"md5\":\"d300fa70af75aa4b157382293609dcd9\",\"crc32c\":\"4afc08fb\","
                + "\"created\":\"2024-10-25T18:00:00.000Z\",\"__v\":0}";
    }

    static String compensation(String id, String name) {
        return "{\"_id\":\"" + id + "\",\"experimentId\":\"" + EID + "\",\"name\":\"" + name + "\","
                + "\"channels\":[\"Blue530-A\",\"Vio450-A\"],\"spillMatrix\":[1,0.02,0,1],\"__v\":0}";
    }

    static String population(String id, String name, String gates, String parentId) {
        return "{\"_id\":\"" + id + "\",\"experimentId\":\"" + EID + "\",\"name\":\"" + name + "\",\"gates\":"
                + cellengine.api.internal.json.Json.provider().createValue(gates) + ",\"parentId\":"
                + (parentId == null ? "null" : "\"" + parentId + "\"") + ",\"terminalGateGid\":null,"
                + "\"uniqueName\":\"" + name + "\",\"__v\":0}";
    }

    static String rectangleGate(String id, String gid, String name) {
        return "{\"_id\":\"" + id + "\",\"experimentId\":\"" + EID + "\",\"type\":\"RectangleGate\",\"gid\":\"" + gid
                + "\",\"name\":\"" + name + "\",\"xChannel\":\"FSC-A\",\"yChannel\":\"SSC-A\","
                + "\"tailoredPerFile\":false,\"fcsFileId\":null,\"model\":{\"locked\":false,\"label\":[50005,50005],"
                + "\"rectangle\":{\"x1\":10,\"x2\":100000,\"y1\":10,\"y2\":100000}},\"__v\":0}";
    }

    static String scaleSet() {
        return "{\"_id\":\"" + SID + "\",\"experimentId\":\"" + EID + "\",\"name\":\"Scale Set 1\",\"scales\":["
                + "{\"channelName\":\"FSC-A\",\"scale\":{\"type\":\"LinearScale\",\"minimum\":1,\"maximum\":262144}},"
                + "{\"channelName\":\"SSC-W\",\"scale\":{\"type\":\"LogScale\",\"minimum\":1,\"maximum\":80000}},"
                + "{\"channelName\":\"Blue530-A\",\"scale\":{\"type\":\"ArcSinhScale\",\"minimum\":-200,"
                + "\"maximum\":262144,\"cofactor\":150}}],\"updated\":\"2024-10-25T18:00:00.000Z\",\"__v\":0}";
    }
}
