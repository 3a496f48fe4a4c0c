package cellengine.fakeserver.internal.analysis;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;

/**
 * Text on plots (tick labels, axis labels, gate labels). A headless JDK without any font configuration throws
 * {@link Error}s from text rendering; text is then left out for the rest of the process and the plot is still
 * drawn, since a plot without labels beats a 500.
 */
final class PlotText {

    private static volatile boolean available = true;

    private PlotText() {
    }

    /** Draws {@code text} with its centre at {@code (x, y)}, rotated by {@code quarterTurns} × 90° counter-clockwise. */
    static void centred(Graphics2D g, String text, double x, double y, float size, int quarterTurns) {
        if (!available || text.isEmpty()) {
            return;
        }
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.round(size)));
            FontMetrics metrics = g.getFontMetrics();
            AffineTransform saved = g.getTransform();
            g.translate(x, y);
            g.rotate(-Math.PI / 2 * quarterTurns);
            g.drawString(text, -metrics.stringWidth(text) / 2f, (metrics.getAscent() - metrics.getDescent()) / 2f);
            g.setTransform(saved);
        } catch (Error | RuntimeException e) {
            available = false;
        }
    }
}
