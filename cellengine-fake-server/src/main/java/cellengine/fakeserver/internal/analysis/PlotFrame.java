package cellengine.fakeserver.internal.analysis;

/**
 * The plot area of an image and the data range it shows: maps scaled values to pixel coordinates (y grows
 * upwards in data, downwards in pixels).
 *
 * @param left the plot area's left edge in pixels
 * @param top its top edge
 * @param width its width in pixels (at least 1)
 * @param height its height in pixels (at least 1)
 * @param xMin the scaled value at the left edge
 * @param xMax the scaled value at the right edge
 * @param yMin the value at the bottom edge
 * @param yMax the value at the top edge
 */
record PlotFrame(int left, int top, int width, int height, double xMin, double xMax, double yMin, double yMax) {

    double px(double x) {
        return left + (x - xMin) / (xMax - xMin) * (width - 1);
    }

    double py(double y) {
        return top + (height - 1) - (y - yMin) / (yMax - yMin) * (height - 1);
    }

    /** {@return the column (0-based within the plot area) of a value, clamped to the area} */
    int column(double x) {
        int c = (int) Math.floor((x - xMin) / (xMax - xMin) * width);
        return Math.min(width - 1, Math.max(0, c));
    }

    /** {@return the row, 0 at the bottom, clamped to the area} */
    int row(double y) {
        int r = (int) Math.floor((y - yMin) / (yMax - yMin) * height);
        return Math.min(height - 1, Math.max(0, r));
    }

    /** {@return a range that is never empty: an empty one is widened by 0.5 either side} */
    static double[] range(double min, double max) {
        if (!(max > min)) {
            return new double[] {min - 0.5, min + 0.5};
        }
        return new double[] {min, max};
    }
}
