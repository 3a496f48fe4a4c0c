package cellengine.fakeserver.internal.analysis;

import cellengine.analysis.gate.EllipseGeometry;
import cellengine.analysis.gate.GateDefinition;
import cellengine.analysis.gate.GateGeometry;
import cellengine.analysis.gate.PolygonGeometry;
import cellengine.analysis.gate.QuadrantGeometry;
import cellengine.analysis.gate.RangeGeometry;
import cellengine.analysis.gate.RectangleGeometry;
import cellengine.analysis.gate.SplitGeometry;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws gate outlines in scaled space onto a plot: rectangles, polygons and ellipses as closed outlines (the
 * ellipse by the perimeter formula of docs/semantics.md#d5-ellipse), quadrants as their four rays from the centre,
 * range gates as a bar at their display height {@code range.y} with end ticks, split gates as a dashed line at the
 * split. Lines are drawn without anti-aliasing in {@link #GATE_COLOR}, so every outline pixel has exactly that
 * colour.
 */
final class GateOutlines {

    /** The outline colour (magenta), which no event colour ramp produces. */
    static final Color GATE_COLOR = new Color(0xFF, 0x00, 0xFF);

    private GateOutlines() {
    }

    static void draw(Graphics2D g, PlotFrame f, GateDefinition gate, double displayY, float thickness) {
        GateGeometry geometry = gate.geometry();
        g.setColor(GATE_COLOR);
        g.setStroke(new BasicStroke(thickness));
        if (geometry instanceof RectangleGeometry) {
            RectangleGeometry r = (RectangleGeometry) geometry;
            double x1 = f.px(Math.min(r.x1(), r.x2()));
            double x2 = f.px(Math.max(r.x1(), r.x2()));
            double y1 = f.py(Math.max(r.y1(), r.y2()));
            double y2 = f.py(Math.min(r.y1(), r.y2()));
            g.draw(new Rectangle2D.Double(x1, y1, x2 - x1, y2 - y1));
        } else if (geometry instanceof PolygonGeometry) {
            PolygonGeometry p = (PolygonGeometry) geometry;
            double[] xs = p.xs();
            double[] ys = p.ys();
            Path2D.Double path = new Path2D.Double();
            path.moveTo(f.px(xs[0]), f.py(ys[0]));
            for (int i = 1; i < xs.length; i++) {
                path.lineTo(f.px(xs[i]), f.py(ys[i]));
            }
            path.closePath();
            g.draw(path);
        } else if (geometry instanceof EllipseGeometry) {
            g.draw(ellipse(f, (EllipseGeometry) geometry));
        } else if (geometry instanceof QuadrantGeometry) {
            QuadrantGeometry q = (QuadrantGeometry) geometry;
            double reach = 4 * Math.max(f.xMax() - f.xMin(), f.yMax() - f.yMin());
            double scaleX = (f.xMax() - f.xMin());
            double scaleY = (f.yMax() - f.yMin());
            for (double angle : q.angles()) {
                // Rays are directions in the plot's unit square, so they look as the user drew them.
                double ex = q.x() + Math.cos(angle) * reach * scaleX;
                double ey = q.y() + Math.sin(angle) * reach * scaleY;
                g.draw(new Line2D.Double(f.px(q.x()), f.py(q.y()), f.px(ex), f.py(ey)));
            }
        } else if (geometry instanceof RangeGeometry) {
            RangeGeometry r = (RangeGeometry) geometry;
            double y = f.top() + (1 - displayY) * (f.height() - 1);
            double x1 = f.px(Math.min(r.x1(), r.x2()));
            double x2 = f.px(Math.max(r.x1(), r.x2()));
            g.draw(new Line2D.Double(x1, y, x2, y));
            g.draw(new Line2D.Double(x1, y - 4, x1, y + 4));
            g.draw(new Line2D.Double(x2, y - 4, x2, y + 4));
        } else if (geometry instanceof SplitGeometry) {
            double x = f.px(((SplitGeometry) geometry).position());
            g.setStroke(new BasicStroke(thickness, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                    new float[] {4, 3}, 0));
            g.draw(new Line2D.Double(x, f.top(), x, f.top() + f.height() - 1));
            double y = f.top() + (1 - displayY) * (f.height() - 1);
            g.setStroke(new BasicStroke(thickness));
            g.draw(new Line2D.Double(x - 6, y, x + 6, y));
        } else {
            throw new AssertionError(geometry);
        }
    }

    /** The perimeter as the R client draws it: {@code x = cx + A cos φ cos θ − B sin φ sin θ}, and so on. */
    private static Shape ellipse(PlotFrame f, EllipseGeometry e) {
        double a = e.major() / 2;
        double b = e.minor() / 2;
        double cos = Math.cos(e.angle());
        double sin = Math.sin(e.angle());
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i <= 128; i++) {
            double phi = 2 * Math.PI * i / 128;
            double x = e.centerX() + a * Math.cos(phi) * cos - b * Math.sin(phi) * sin;
            double y = e.centerY() + a * Math.cos(phi) * sin + b * Math.sin(phi) * cos;
            if (i == 0) {
                path.moveTo(f.px(x), f.py(y));
            } else {
                path.lineTo(f.px(x), f.py(y));
            }
        }
        path.closePath();
        return path;
    }
}
