package org.perfbook.cli;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.perfbook.pipeline.Progress;

/** A progress bar on standard error when it is a terminal; silent in logs, pipes and tests. */
final class TerminalProgress implements AutoCloseable, Progress {

    /** Short runs finish before a bar would be read. */
    private static final long WORTH_SHOWING = 20;

    private final String task;
    private ProgressBar bar;

    private TerminalProgress(String task) {
        this.task = task;
    }

    /** A bar for {@code total} steps, or one that waits for {@link #total} when the count is not known yet. */
    static TerminalProgress start(String task, long total) {
        TerminalProgress p = new TerminalProgress(task);
        if (total > 0) {
            p.total(total);
        }
        return p;
    }

    @Override
    public synchronized void total(long n) {
        if (bar == null && System.console() != null && n >= WORTH_SHOWING) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(n).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(200)
                    .continuousUpdate().build();
        }
    }

    @Override
    public synchronized void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public synchronized void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
