package cellengine.fakeserver;

import jakarta.json.JsonObject;

/** Gate and population bodies for tests, as the clients send them. */
final class Gating {

    private static int counter;

    private Gating() {
    }

    /** {@return a fresh 24-hex gid, as clients generate them} */
    static synchronized String gid() {
        counter++;
        return String.format("%024x", 0xabc000000L + counter);
    }

    static String rectangle(String name, String gid, double x1, double x2, double y1, double y2) {
        return "{\"type\":\"RectangleGate\",\"name\":\"" + name + "\",\"gid\":\"" + gid + "\",\"xChannel\":\"FSC-A\","
                + "\"yChannel\":\"SSC-A\",\"tailoredPerFile\":false,\"fcsFileId\":null,\"model\":{\"rectangle\":"
                + "{\"x1\":" + x1 + ",\"x2\":" + x2 + ",\"y1\":" + y1 + ",\"y2\":" + y2 + "},\"locked\":false}}";
    }

    static String tailoredRectangle(String name, String gid, String fileId, double x1, double x2, double y1,
            double y2) {
        return rectangle(name, gid, x1, x2, y1, y2).replace("\"tailoredPerFile\":false,\"fcsFileId\":null",
                "\"tailoredPerFile\":true,\"fcsFileId\":" + (fileId == null ? "null" : "\"" + fileId + "\""));
    }

    static String split(String name, String gid, double x) {
        return "{\"type\":\"SplitGate\",\"name\":\"" + name + "\",\"gid\":\"" + gid + "\",\"xChannel\":\"FSC-A\","
                + "\"model\":{\"split\":{\"x\":" + x + "},\"gids\":[\"" + gid() + "\",\"" + gid() + "\"]}}";
    }

    static String quadrant(String name, String gid, double x, double y) {
        return "{\"type\":\"QuadrantGate\",\"name\":\"" + name + "\",\"gid\":\"" + gid + "\",\"xChannel\":\"FSC-A\","
                + "\"yChannel\":\"SSC-A\",\"model\":{\"quadrant\":{\"x\":" + x + ",\"y\":" + y + ",\"angles\":"
                + "[0,1.5707963267948966,3.141592653589793,4.71238898038469]},\"gids\":[\"" + gid() + "\",\""
                + gid() + "\",\"" + gid() + "\",\"" + gid() + "\"]}}";
    }

    static String range(String name, String gid, double x1, double x2) {
        return "{\"type\":\"RangeGate\",\"name\":\"" + name + "\",\"gid\":\"" + gid + "\",\"xChannel\":\"FSC-A\","
                + "\"model\":{\"range\":{\"x1\":" + x1 + ",\"x2\":" + x2 + ",\"y\":0.5}}}";
    }

    static String polygon(String name, String gid, String vertices) {
        return "{\"type\":\"PolygonGate\",\"name\":\"" + name + "\",\"gid\":\"" + gid + "\",\"xChannel\":\"FSC-A\","
                + "\"yChannel\":\"SSC-A\",\"model\":{\"polygon\":{\"vertices\":" + vertices + "}}}";
    }

    static String ellipse(String name, String gid, double cx, double cy, double angle, double major, double minor) {
        return "{\"type\":\"EllipseGate\",\"name\":\"" + name + "\",\"gid\":\"" + gid + "\",\"xChannel\":\"FSC-A\","
                + "\"yChannel\":\"SSC-A\",\"model\":{\"ellipse\":{\"center\":[" + cx + "," + cy + "],\"angle\":"
                + angle + ",\"major\":" + major + ",\"minor\":" + minor + "}}}";
    }

    /** {@return the population of a {@code {"gate","population"}} answer} */
    static JsonObject population(Reply reply) {
        return reply.object().getJsonObject("population");
    }
}
