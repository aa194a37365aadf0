package org.gwrkg.batch;

import java.io.PrintStream;
import java.text.DecimalFormat;
import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar for a batch on a terminal: files checked while reading, then characters written with
 * the reports done of all, characters per second and the time left. Characters rather than reports
 * measure the work, since reports run from a few thousand characters to forty thousand.
 * Use {@link #onConsole()}: it is silent when the output is not a terminal (a log file, a pipe, a test).
 */
public final class TerminalProgress implements BatchListener {

    private final PrintStream out;
    private final int width;
    private ProgressBar bar;
    private int total;
    private int done;

    /**
     * A bar drawn on {@code out}.
     *
     * @param width the width to draw in, or 0 for the terminal's own
     */
    TerminalProgress(PrintStream out, int width) {
        this.out = out;
        this.width = width;
    }

    /**
     * A bar on stderr when gwrkg runs at a terminal ({@link System#console()} is there: input and
     * output are a terminal), else a listener that prints nothing, so logs and pipes stay clean.
     */
    public static BatchListener onConsole() {
        return System.console() != null ? new TerminalProgress(System.err, 0) : BatchListener.NONE;
    }

    @Override
    public void readingStarted(int files) {
        bar = builder("Reading", files).setUnit(" files", 1).build();
    }

    @Override
    public void read(ReportInput report) {
        bar.step();
    }

    @Override
    public void loadingStarted(int reports, long chars, int threads) {
        total = reports;
        done = 0;
        bar = builder("Loading", chars).setUnit(" k chars", 1000).showSpeed(new DecimalFormat("#,##0.0"))
                .setSpeedUnit(ChronoUnit.SECONDS).build();
        bar.setExtraMessage(message());
    }

    @Override
    public void written(LoadedReport report) {
        done++;
        bar.stepBy(report.input().chars());
        bar.setExtraMessage(message());
    }

    @Override
    public void stopped() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    private String message() {
        return " " + done + "/" + total + " reports";
    }

    private ProgressBarBuilder builder(String task, long max) {
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUpdateIntervalMillis(250)
                .setConsumer(width > 0 ? new ConsoleProgressBarConsumer(out, width) : new ConsoleProgressBarConsumer(out));
    }
}
