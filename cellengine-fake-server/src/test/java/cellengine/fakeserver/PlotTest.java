package cellengine.fakeserver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PlotTest {

    private static final int GATE_RGB = 0xFFFF00FF;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static FakeCellEngine server;
    private static DataHttp http;
    private static String plot;
    private static String fileA;
    private static String rectPopulation;

    @BeforeAll
    static void start() {
        server = FakeCellEngine.start();
        Api api = Api.of(server);
        http = new DataHttp(server);
        String eid = api.post("/experiments", "{}").expect(201).object().getString("_id");
        plot = "/experiments/" + eid + "/plot";
        fileA = http.upload("/experiments/" + eid + "/fcsfiles", "data", "a.fcs", GridFiles.grid(0, true))
                .expect(201).object().getString("_id");
        String gates = "/experiments/" + eid + "/gates";
        rectPopulation = Gating.population(api.post(gates + "?createPopulation=true",
                Gating.rectangle("rect", Gating.gid(), 5000, 100000, 5000, 100000)).expect(201)).getString("_id");
        api.post(gates, Gating.range("range", Gating.gid(), 3000, 50000)).expect(201);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static BufferedImage image(String query) throws IOException {
        DataHttp.Bytes reply = http.get(plot + "?fcsFileId=" + fileA + query).expect(200);
        assertEquals("image/png", reply.header("Content-Type"));
        byte[] head = new byte[8];
        System.arraycopy(reply.body(), 0, head, 0, 8);
        assertArrayEquals(PNG_SIGNATURE, head);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(reply.body()));
        assertNotNull(image, "the PNG decodes");
        return image;
    }

    private static int pixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                n += image.getRGB(x, y) == rgb ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void a_dot_plot_has_the_default_size_and_outlines_the_gate_on_its_channels() throws IOException {
        BufferedImage image = image("&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&zChannel=SSC-A&compensation=0");
        assertEquals(228, image.getWidth());
        assertEquals(228, image.getHeight());
        assertTrue(pixels(image, GATE_RGB) > 20, "gate outline drawn");
        assertTrue(pixels(image, 0xFF000000) > 50, "events drawn in the default black");
        BufferedImage bare = image("&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&renderGates=false&axesQ=false");
        assertEquals(0, pixels(bare, GATE_RGB));
    }

    @Test
    void every_plot_type_renders_at_the_requested_size() throws IOException {
        for (String type : new String[] {"density", "CONTOUR", "dot"}) {
            BufferedImage image = image("&plotType=" + type + "&xChannel=FSC-A&yChannel=FITC-A&width=300"
                    + "&height=150&compensation=-1&populationId=" + rectPopulation + "&smoothing=2&color=%23336699");
            assertEquals(300, image.getWidth(), type);
            assertEquals(150, image.getHeight(), type);
            assertTrue(pixels(image, 0xFFFFFFFF) < 300 * 150, type + " draws something");
        }
    }

    @Test
    void a_histogram_shows_range_gates_and_the_colour_asked_for() throws IOException {
        BufferedImage image = image("&plotType=histogram&xChannel=FSC-A&color=%23123456&gateLabel=eventcount");
        assertTrue(pixels(image, 0xFF123456) > 100, "bars in the requested colour");
        assertTrue(pixels(image, GATE_RGB) > 10, "range gate drawn");
        BufferedImage noRange = image("&plotType=histogram&xChannel=SSC-A");
        assertEquals(0, pixels(noRange, GATE_RGB), "no gate on SSC-A");
    }

    @Test
    void the_population_limits_the_events_drawn() throws IOException {
        int all = pixels(image("&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&renderGates=false&axesQ=false"),
                0xFF000000);
        int gated = pixels(image("&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&renderGates=false&axesQ=false"
                + "&populationId=" + rectPopulation), 0xFF000000);
        assertTrue(gated < all, gated + " < " + all);
        assertFalse(gated == 0);
    }

    @Test
    void bad_parameters_are_400s_naming_them() {
        String base = plot + "?fcsFileId=" + fileA;
        assertTrue(http.get(plot + "?plotType=dot&xChannel=FSC-A&yChannel=SSC-A").expect(400).text()
                .contains("fcsFileId"));
        assertTrue(http.get(base + "&plotType=pie&xChannel=FSC-A").expect(400).text().contains("plotType"));
        assertTrue(http.get(base + "&plotType=dot&xChannel=FSC-A").expect(400).text().contains("yChannel"));
        assertTrue(http.get(base + "&plotType=dot&xChannel=APC-A&yChannel=SSC-A").expect(400).text()
                .contains("xChannel"));
        assertTrue(http.get(base + "&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&width=0").expect(400).text()
                .contains("width"));
        assertTrue(http.get(base + "&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&color=red").expect(400).text()
                .contains("color"));
        assertTrue(http.get(base + "&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&smoothing=11").expect(400).text()
                .contains("smoothing"));
        assertTrue(http.get(base + "&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&gateLabel=x").expect(400).text()
                .contains("gateLabel"));
        http.get(base + "&plotType=dot&xChannel=FSC-A&yChannel=SSC-A&populationId=000000000000000000000000")
                .expect(404);
    }
}
