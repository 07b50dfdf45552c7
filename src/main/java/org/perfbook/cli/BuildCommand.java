package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingContext;
import org.perfbook.model.Period;
import org.perfbook.pipeline.BookBuild;
import org.perfbook.pipeline.BuildException;
import org.perfbook.pipeline.InputsFolder;
import org.perfbook.pipeline.RiskRegisters;
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
            "This period's errors are printed on standard error, with the validate command that lists its "
                    + "warnings too; earlier periods' findings are counted there and listed in the book.",
            "A return that cannot be read becomes findings and the build goes on; the book is written to a "
                    + "temporary file first, so a failed build leaves the previous book untouched.",
            "When <workbooks>/risks/<period>/ holds the quarter's risk registers, the Corporate Risk and Opportunity "
                    + "Register is built too (as risks build does) and goes into the committee report as Appendix 'B'; "
                    + "its errors make the exit code 1, as the returns' do."
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

    @Option(names = "--timings",
            description = "Also print on standard error how long each phase took (read returns, check, assess, "
                    + "charts, book).")
    boolean timings;

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
        long errors = outcome.findings().stream().filter(FindingContext::isError).count();
        long warnings = outcome.findings().size() - errors;
        stdout.println("Wrote " + outcome.book() + ": " + outcome.assessments().size() + " indicators, "
                + outcome.observations() + " observations from " + outcome.returns() + " returns; "
                + Reports.count(errors, "error") + ", " + Reports.count(warnings, "warning")
                + (outcome.findings().isEmpty() ? "." : " (see its Findings sheet)."));
        RiskRegisters.Outcome risks = outcome.risks();
        stdout.println("Wrote " + outcome.report() + ": the committee report (" + (!outcome.reportHasRegister()
                ? "cover report and Appendix 'A')." : "cover report, Appendix 'A' and Appendix 'B', the risk register)."));
        if (risks != null) {
            stdout.println("Wrote " + risks.register() + ": the Corporate Risk and Opportunity Register"
                    + (risks.heatMap() == null ? "." : ", and its heat map in " + outcome.chartsDir() + "."));
        }
        stdout.println(outcome.period().label() + ": " + outcome.tracking().summary() + ".");
        stdout.println("Wrote " + outcome.charts() + " charts as PNG and SVG in " + outcome.chartsDir() + " ("
                + outcome.chartMillis() + " ms).");
        stdout.flush();
        if (timings) {
            printTimings(outcome, err);
        }
        printFindings(outcome, err);
        if (risks != null) {
            err.println(outcome.reportHasRegister() ? riskLine(risks) : "Risk register: no directorate registers in "
                    + RiskRegisters.folder(workbooks, risks.period()) + ", so the committee report has no Appendix 'B'.");
            err.flush();
        }
        // the same committee receives the register: its errors need attention as the returns' do
        return errors > 0 || (risks != null && risks.errors() > 0) ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private static void printTimings(BookBuild.Outcome outcome, PrintWriter err) {
        long total = outcome.phases().stream().mapToLong(BookBuild.Phase::millis).sum();
        err.println("Timings:");
        outcome.phases().forEach(p -> err.printf(java.util.Locale.ROOT, "  %-13s %,8d ms%n", p.name(), p.millis()));
        err.printf(java.util.Locale.ROOT, "  %-13s %,8d ms%n", "total", total);
        err.flush();
    }

    /**
     * This period's errors one line each, as {@code validate} prints them, and the command that lists its
     * warnings too; earlier periods' findings, already in earlier books, are only counted.
     */
    private void printFindings(BookBuild.Outcome outcome, PrintWriter err) {
        Period p = outcome.period();
        List<FindingContext> current = outcome.findings().stream().filter(f -> !f.isBefore(p)).toList();
        List<Finding> errors = current.stream().filter(FindingContext::isError).map(FindingContext::finding).toList();
        long warnings = current.size() - errors.size();
        if (!errors.isEmpty()) {
            err.println(p.label() + ": " + Reports.count(errors.size(), "error") + ":");
            Reports.printFindings(errors, err);
        }
        if (!current.isEmpty()) {
            err.println((errors.isEmpty() ? p.label() + ": no errors, " : "and ") + Reports.count(warnings, "warning")
                    + ". To list them all: " + validateCommand(p));
        }
        List<FindingContext> earlier = outcome.findings().stream().filter(f -> f.isBefore(p)).toList();
        if (!earlier.isEmpty()) {
            long earlierErrors = earlier.stream().filter(FindingContext::isError).count();
            err.println("Earlier periods' returns: " + Reports.count(earlierErrors, "error") + ", "
                    + Reports.count(earlier.size() - earlierErrors, "warning") + " (see the book's Findings sheet).");
        }
        err.flush();
    }

    /**
     * "Risk register: 9 entries on the corporate register from 5 directorate registers, 1 error, 0 warnings; to list
     * them: perfbook risks validate --period ..."
     */
    private String riskLine(RiskRegisters.Outcome risks) {
        long errors = risks.errors();
        long warnings = risks.findings().size() - errors;
        int entries = risks.profile().lines().size();
        String line = "Risk register: " + entries + (entries == 1 ? " entry" : " entries") + " on the corporate register"
                + " from " + Reports.count(risks.registers(), "directorate register") + ", "
                + Reports.count(errors, "error") + ", " + Reports.count(warnings, "warning");
        if (risks.findings().isEmpty()) {
            return line + ".";
        }
        StringBuilder sb = new StringBuilder(line).append("; to list them: perfbook risks validate");
        if (!workbooks.normalize().equals(Path.of("workbooks"))) {
            sb.append(" --workbooks ").append(quoted(workbooks.toString()));
        }
        return sb.append(" --period ").append(quoted(risks.period().label())).toString();
    }

    /** The validate command for this period's returns, ready to copy. */
    private String validateCommand(Period p) {
        InputsFolder inputs = new InputsFolder(workbooks);
        StringBuilder sb = new StringBuilder("perfbook validate");
        if (!workbooks.normalize().equals(Path.of("workbooks"))) {
            // validate's default catalogue is the one in workbooks/
            sb.append(" --catalogue ").append(quoted(inputs.catalogue().toString()));
        }
        return sb.append(" --period ").append(quoted(p.label())).append(' ')
                .append(quoted(inputs.returnsFor(p).toString())).toString();
    }

    private static String quoted(String arg) {
        return arg.matches("[A-Za-z0-9_./:\\\\-]+") ? arg : "\"" + arg + "\"";
    }
}
