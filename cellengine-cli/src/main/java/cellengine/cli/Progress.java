package cellengine.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar for uploads and downloads, redrawn with {@code \r} on stderr. It is drawn only when
 * stdout is a terminal ({@link #on}); otherwise every method does nothing, so piped and scripted runs stay quiet.
 * Not thread-safe: one transfer at a time, on one thread.
 */
final class Progress implements AutoCloseable {

    private static final int BAR = 30;
    /** Redraw at least this often when the total is unknown. */
    private static final long UNKNOWN_STEP = 256 * 1024;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final boolean visible;
    private long done;
    private long lastDrawn = -1;
    private int lastPercent = -1;

    private Progress(PrintWriter err, String label, long total, boolean visible) {
        this.err = err;
        this.label = label;
        this.total = total;
        this.visible = visible;
    }

    /**
     * {@return a progress bar, visible only on a terminal}
     *
     * @param context says whether stdout is a terminal
     * @param err where to draw
     * @param label what is moving, such as {@code "Uploading sample.fcs"}
     * @param total the number of bytes, or negative when unknown (a byte count is shown instead of a bar)
     */
    static Progress on(CliContext context, PrintWriter err, String label, long total) {
        return new Progress(err, label, total, context.terminal());
    }

    /** Starts over, as when a retried upload reads its file again. */
    void restart() {
        done = 0;
        lastDrawn = -1;
        lastPercent = -1;
        draw();
    }

    /**
     * Counts bytes moved.
     *
     * @param bytes how many more
     */
    void advance(long bytes) {
        done += bytes;
        if (total > 0) {
            int percent = (int) Math.min(100, done * 100 / total);
            if (percent != lastPercent) {
                lastPercent = percent;
                draw();
            }
        } else if (done - lastDrawn >= UNKNOWN_STEP) {
            draw();
        }
    }

    /** Draws the final state and ends the line. */
    @Override
    public void close() {
        if (visible) {
            draw();
            err.println();
            err.flush();
        }
    }

    private void draw() {
        if (!visible) {
            return;
        }
        lastDrawn = done;
        StringBuilder line = new StringBuilder("\r").append(label).append("  ");
        if (total > 0) {
            int percent = (int) Math.min(100, done * 100 / total);
            int filled = percent * BAR / 100;
            line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
                    .append(String.format(Locale.ROOT, "%3d%%  ", percent)).append(size(done)).append(" / ")
                    .append(size(total));
        } else {
            line.append(size(done));
        }
        err.print(line);
        err.flush();
    }

    /** {@return a byte count for people, such as {@code 1.5 MiB}} */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
