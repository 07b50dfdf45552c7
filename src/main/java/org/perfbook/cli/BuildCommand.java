package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.perfbook.pipeline.BookBuild;
import org.perfbook.pipeline.BuildException;
import org.perfbook.model.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The main job: the consolidated performance book for a period. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the catalogue, the history workbook and every period's returns, checks them, works out "
                    + "every figure and writes out/<period>/performance-book-<period>.xlsx.",
            "Without --period, the book is for the latest period that has returns.",
            "A return that cannot be read becomes findings and the build goes on; the book is written to a "
                    + "temporary file first, so a failed build leaves the previous book untouched."
        },
        footer = ExitCode.HELP_FOOTER)
public final class BuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--workbooks", paramLabel = "DIR", defaultValue = "workbooks",
            description = "The inputs: catalogue.xlsx, history.xlsx and returns/<period>/ (default: ${DEFAULT-VALUE}).")
    Path workbooks;

    @Mixin
    PeriodOption period;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where the book goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR", defaultValue = "charts",
            description = "Where the chart images go, as PNG (300 dpi) and SVG, in a folder per period "
                    + "(default: ${DEFAULT-VALUE}).")
    Path charts;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        BookBuild.Outcome outcome;
        try (TerminalProgress bar = TerminalProgress.start("Reading returns", 0)) {
            outcome = BookBuild.run(new BookBuild.Options(workbooks, period.period, out, charts, threads.threads,
                    Main.version()), bar);
        } catch (BuildException e) {
            err.println("perfbook build: " + e.getMessage());
            e.findings().forEach(f -> err.println("  " + f));
            return ExitCode.USAGE;
        }
        long errors = outcome.findings().stream().filter(Finding::isError).count();
        long warnings = outcome.findings().size() - errors;
        stdout.println("Wrote " + outcome.book() + ": " + outcome.assessments().size() + " indicators, "
                + outcome.observations() + " observations from " + outcome.returns() + " returns; "
                + Reports.count(errors, "error") + ", " + Reports.count(warnings, "warning")
                + (outcome.findings().isEmpty() ? "." : " (see its Findings sheet)."));
        stdout.println(outcome.period().label() + ": " + outcome.tracking().summary() + ".");
        stdout.println("Wrote " + outcome.charts() + " charts as PNG and SVG in " + outcome.chartsDir() + " ("
                + outcome.chartMillis() + " ms).");
        return errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
