package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.perfbook.pipeline.BookBuild;
import org.perfbook.pipeline.BuildException;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The main job: the consolidated performance book for a period. */
@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = {
            "Reads the catalogue, the history workbook and every period's returns, checks them, works out "
                    + "every figure and writes out/<period>/performance-book-<period>.xlsx.",
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

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The period of the book, e.g. 2021/22 Q3 (default: the latest period that has returns).")
    String periodText;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Where the book goes (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--charts", paramLabel = "DIR", defaultValue = "charts",
            description = "Where the chart images go, as PNG (300 dpi) and SVG, in a folder per period "
                    + "(default: ${DEFAULT-VALUE}).")
    Path charts;

    @Option(names = "--threads", paramLabel = "N", description = "Returns read at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        Period period = null;
        if (periodText != null) {
            var p = Period.tryParse(periodText);
            if (p.isEmpty()) {
                err.println("perfbook build: '" + periodText + "' is not a period: use e.g. 2021/22 Q3");
                return ExitCode.USAGE;
            }
            period = p.get();
        }
        BookBuild.Outcome outcome;
        try (Progress bar = Progress.start("Reading returns", 0)) {
            outcome = BookBuild.run(new BookBuild.Options(workbooks, period, out, charts, threads, Main.version()), bar);
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
        stdout.println("Wrote " + outcome.charts() + " charts as PNG and SVG in " + outcome.chartsDir() + " ("
                + outcome.chartMillis() + " ms).");
        return errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }
}
