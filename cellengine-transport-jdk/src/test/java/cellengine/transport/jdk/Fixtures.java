package cellengine.transport.jdk;

/** JSON answers shaped like docs/wire.md#experiment-fields and docs/wire.md#folder-fields. */
final class Fixtures {

    static final String EXPERIMENT_ID = "5d64abe2ca9df61349ed8e79";
    static final String FOLDER_ID = "5d64abe2ca9df61349ed8e80";
    static final String USER_ID = "5d64abe2ca9df61349ed8e7a";

    private Fixtures() {
    }

    static String experiment(String id, String name) {
        return "{\"_id\":\"" + id + "\",\"name\":\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\","
                + "\"comments\":[{\"insert\":\"\\n\"}],\"created\":\"2024-10-25T18:00:00.000Z\","
                + "\"updated\":\"2024-10-25T18:00:00.000Z\",\"deepUpdated\":\"2024-10-25T18:00:00.000Z\","
                + "\"deleted\":null,\"uploader\":{\"_id\":\"" + USER_ID + "\"},\"primaryResearcher\":{\"_id\":\""
                + USER_ID + "\"},\"path\":[],\"data\":{},\"dataOrder\":[],\"activeCompensation\":0,"
                + "\"locked\":false,\"retentionPolicy\":{\"history\":[]},\"revisions\":[],"
                + "\"perFileCompensationsEnabled\":false,\"tags\":[],\"sortingSpec\":{},\"colorSpec\":[],"
                + "\"savedStatisticsExports\":[],\"palettes\":{},\"permissions\":[{\"grantee\":{\"_id\":\""
                + USER_ID + "\"}}],\"__v\":0}";
    }

    static String experiment(String name) {
        return experiment(EXPERIMENT_ID, name);
    }

    static String folder(String name) {
        return "{\"_id\":\"" + FOLDER_ID + "\",\"name\":\"" + name + "\",\"created\":\"2024-10-25T18:00:00.000Z\","
                + "\"deleted\":null,\"creator\":\"" + USER_ID + "\",\"path\":[],\"permissions\":[{\"grantee\":"
                + "{\"_id\":\"" + USER_ID + "\"}}]}";
    }
}
