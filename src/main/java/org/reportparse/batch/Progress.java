package org.reportparse.batch;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Counts what a run did, draws a one-line progress display on a terminal (files done/total,
 * rate, ETA, failures; redrawn at most five times a second) and writes the closing summary.
 */
public final class Progress {
    private final PrintWriter err;
    private final boolean live;
    private final long startNanos = System.nanoTime();
    private long lastDraw = startNanos - 1_000_000_000L;
    private boolean drawn;
    private int total;
    private int converted;
    private int failed;
    private int skipped;

    public Progress(PrintWriter err, boolean live) {
        this.err = err;
        this.live = live;
    }

    /** True when standard error is a terminal (Linux: /proc tells; elsewhere a console means one). */
    public static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }

    public void total(int n) {
        total = n;
    }

    public void converted() {
        converted++;
        draw();
    }

    public void failed() {
        failed++;
        draw();
    }

    public void skipped() {
        skipped++;
        draw();
    }

    /** Inputs passed over before the run (not documents). */
    public void skipped(int n) {
        skipped += n;
    }

    public int convertedCount() {
        return converted;
    }

    public int failures() {
        return failed;
    }

    /** An error line must not be drawn over the progress line. */
    public void println(String line) {
        clear();
        err.println(line);
    }

    private void draw() {
        long now = System.nanoTime();
        if (!live || now - lastDraw < 200_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int done = converted + failed + skipped;
        double secs = (now - startNanos) / 1e9;
        double rate = done / Math.max(secs, 1e-3);
        long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
        err.printf(Locale.ROOT, "\r%d/%d files, %.1f/s, ETA %d:%02d, %d failed\u001b[K",
                done, total, rate, eta / 60, eta % 60, failed);
        err.flush();
    }

    private void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            drawn = false;
        }
    }

    public void summary() {
        clear();
        err.printf(Locale.ROOT, "reportparse: %d converted, %d failed, %d skipped, %.1f s%n",
                converted, failed, skipped, (System.nanoTime() - startNanos) / 1e9);
    }
}
