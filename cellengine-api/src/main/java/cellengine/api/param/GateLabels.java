package cellengine.api.param;

import cellengine.analysis.scale.Scale;
import cellengine.api.model.Gate;
import cellengine.api.model.Point;
import cellengine.api.model.QuadrantGate;
import cellengine.api.model.ScaleSet;
import cellengine.api.model.SplitGate;

import java.util.List;

/**
 * The default labels of compound gates (docs/wire.md#gate-builders): the channel's scale function, unclamped, at
 * ±1e38. The Python client evaluates it in float32, which overflows to infinities for log and arcsinh scales
 * (docs/wire.md#quirk-default-labels); here it is evaluated in double precision, so every label is finite: ±1e38 for a
 * linear scale (the value the Python tests pin), {@code log10(1e38) = 38} and {@code log10(FLT_MIN) ≈ -37.93} for a log
 * scale, {@code ±asinh(1e38 / cofactor)} for an arcsinh scale.
 */
final class GateLabels {

    /** The far point the reference evaluates the scale functions at. */
    static final double FAR = 1e38;

    private GateLabels() {
    }

    static Gate withDefaults(Gate gate, ScaleSet scales) {
        if (gate instanceof QuadrantGate) {
            QuadrantGate q = (QuadrantGate) gate;
            Scale fx = scale(scales, q.xChannel(), q.type());
            Scale fy = scale(scales, q.yChannel(), q.type());
            double right = fx.transform(FAR);
            double left = fx.transform(-FAR);
            double top = fy.transform(FAR);
            double bottom = fy.transform(-FAR);
            return q.withLabels(List.of(new Point(right, top), new Point(left, top), new Point(left, bottom),
                    new Point(right, bottom)));
        }
        if (gate instanceof SplitGate) {
            SplitGate s = (SplitGate) gate;
            Scale fx = scale(scales, s.xChannel(), s.type());
            return s.withLabels(List.of(new Point(fx.transform(-FAR), 1), new Point(fx.transform(FAR), 1)));
        }
        return gate;
    }

    private static Scale scale(ScaleSet scales, String channel, String type) {
        return Coordinates.scale(scales, channel, type, "default labels", "; give labels(...) explicitly");
    }
}
