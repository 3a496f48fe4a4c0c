package cellengine.tck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cellengine.api.BadRequestException;
import cellengine.api.Download;
import cellengine.api.model.CompensationId;
import cellengine.api.param.PlotRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules for {@code getPlot} (docs/wire.md#plots): real PNG images of the requested size, for every plot
 * type, gated and compensated.
 */
abstract class PlotVerification extends GatingSupport {

    private static BufferedImage decode(byte[] png) throws IOException {
        assertTrue(png.length > 8 && png[0] == (byte) 0x89 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G',
                "PNG signature");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertNotNull(image, "ImageIO decodes the plot");
        return image;
    }

    private static long distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    @Rule(id = "PLOT-TYPES-1",
            statement = "dot, density, contour and histogram plots are PNG images of the requested size")
    void every_type() throws IOException {
        uploadGrid();
        for (PlotRequest.PlotType type : PlotRequest.PlotType.values()) {
            PlotRequest.Builder request = PlotRequest.builder(gridFile.id(), "FSC-A").plotType(type).width(300)
                    .height(200);
            if (type != PlotRequest.PlotType.HISTOGRAM) {
                request.yChannel("SSC-A");
            }
            BufferedImage image = decode(client().getPlot(eid(), request.build()));
            assertEquals(300, image.getWidth(), type + " width");
            assertEquals(200, image.getHeight(), type + " height");
            assertTrue(distinctColours(image) > 2, () -> type + " plot is not blank");
        }
    }

    @Rule(id = "PLOT-GATED-1", statement = "a plot of a population with a compensation differs from the ungated plot")
    void population_and_compensation() throws IOException {
        uploadGrid();
        var rect = createRectangle("rect", null).populations().get(0);
        PlotRequest.Builder base = PlotRequest.builder(gridFile.id(), "FITC-A").plotType(PlotRequest.PlotType.DOT)
                .yChannel("PE-A").renderGates(false);
        byte[] all = client().getPlot(eid(), base.build());
        byte[] gated = client().getPlot(eid(), base.populationId(rect.id())
                .compensation(CompensationId.fileInternal()).build());
        decode(gated);
        assertTrue(!java.util.Arrays.equals(all, gated), "gating and compensation change the picture");
    }

    @Rule(id = "PLOT-SAVE-1", statement = "getPlot saves the PNG to a path")
    void to_path(@TempDir Path dir) throws IOException {
        uploadGrid();
        PlotRequest request = PlotRequest.builder(gridFile.id(), "FSC-A").plotType(PlotRequest.PlotType.DENSITY)
                .yChannel("SSC-A").build();
        Path target = dir.resolve("plot.png");
        client().getPlot(eid(), request, Download.toFile(target));
        assertArrayEquals(client().getPlot(eid(), request), Files.readAllBytes(target), "saved bytes");
    }

    @Rule(id = "PLOT-BAD-1", statement = "a plot of a channel the file lacks answers 400")
    void unknown_channel() {
        uploadGrid();
        assertThrows(BadRequestException.class, () -> client().getPlot(eid(), PlotRequest.builder(gridFile.id(),
                "NOPE-A").plotType(PlotRequest.PlotType.DOT).yChannel("SSC-A").build()));
    }
}
