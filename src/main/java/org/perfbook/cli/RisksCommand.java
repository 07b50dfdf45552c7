package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;
import org.perfbook.pipeline.BuildException;
import org.perfbook.pipeline.RiskRegisters;
import org.perfbook.risks.RegisterChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The Corporate Risk and Opportunity Register's cycle: template, validate, build. */
@Command(name = "risks",
        mixinStandardHelpOptions = true,
        description = {
            "The Corporate Risk and Opportunity Register, in the same cycle as the returns: each directorate "
                    + "fills in a register template, the registers are checked, and the corporate register, "
                    + "the Summary Risk Profile, the changes since last quarter and the heat map are built.",
            "Registers live in <workbooks>/risks/<period>/, e.g. workbooks/risks/2021-22-Q4/."
        },
        subcommands = {RisksCommand.Template.class, RisksCommand.Validate.class, RisksCommand.Build.class},
        footer = ExitCode.HELP_FOOTER)
public final class RisksCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static boolean quarter(Period p, String command, PrintWriter err) {
        if (p.kind() != Period.Kind.QUARTER) {
            err.println("perfbook risks " + command + ": registers are kept by quarter; give a quarter such as "
                    + p.financialYear().label() + " Q4");
            return false;
        }
        return true;
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Writes each directorate's register template for a quarter, last quarter's entries filled in "
                    + "to update, with last quarter's score and confidence beside them.",
            footer = ExitCode.HELP_FOOTER)
    static final class Template implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The quarter, e.g. 2021/22 Q4.")
        Period period;

        @Option(names = "--directorate", paramLabel = "NAME",
                description = "A directorate to issue a template to as well as those with a register last quarter "
                        + "(repeat for several); needed for the first quarter.")
        List<String> directorates = new ArrayList<>();

        @Option(names = "--workbooks", paramLabel = "DIR", defaultValue = "workbooks",
                description = "Where last quarter's registers are, in risks/<period>/ (default: ${DEFAULT-VALUE}).")
        Path workbooks;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Folder for the templates (default: templates/<period>).")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            if (!quarter(period, "template", err)) {
                return ExitCode.USAGE;
            }
            Path dir = out != null ? out : Path.of("templates", period.fileName());
            List<RiskRegisters.Issued> issued = RiskRegisters.templates(workbooks, period, directorates, dir);
            if (issued.isEmpty()) {
                err.println("perfbook risks template: no directorate had a register in " + period.previous().label()
                        + " (in " + RiskRegisters.folder(workbooks, period.previous()) + "); name them with --directorate");
                return ExitCode.USAGE;
            }
            issued.forEach(i -> stdout.println(i.file()));
            stdout.println("Wrote " + Reports.count(issued.size(), "register template") + " for " + period.label()
                    + " in " + dir);
            return ExitCode.OK;
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Checks directorate registers (files or folders) as one quarter's, against last quarter's "
                    + "registers in <workbooks>/risks/. Without PATH, checks <workbooks>/risks/<period>/."},
            footer = ExitCode.HELP_FOOTER)
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The quarter, e.g. 2021/22 Q4.")
        Period period;

        @Option(names = "--workbooks", paramLabel = "DIR", defaultValue = "workbooks",
                description = "Where last quarter's registers are (default: ${DEFAULT-VALUE}).")
        Path workbooks;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "Register files or folders.")
        List<Path> paths = new ArrayList<>();

        @Option(names = "--json", description = "Print the findings as a JSON array (keys file, sheet, cell, "
                + "severity, code, message) and the summary on standard error.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            if (!quarter(period, "validate", err)) {
                return ExitCode.USAGE;
            }
            List<Path> given = paths.isEmpty() ? List.of(RiskRegisters.folder(workbooks, period)) : paths;
            RegisterChecks.Quarter q = RiskRegisters.validate(workbooks, given, period);
            if (json) {
                ValidateCommand.writeJson(q.findings(), stdout);
            } else {
                Reports.printFindings(q.findings(), stdout);
            }
            long errors = q.findings().stream().filter(Finding::isError).count();
            (json ? err : stdout).println(Reports.count(q.registers().size(), "register") + " checked for " + period.label() + ": "
                    + Reports.count(q.entries().size(), "entry").replace("entrys", "entries") + " read, "
                    + Reports.count(errors, "error") + ", " + Reports.count(q.findings().size() - errors, "warning") + ".");
            return errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Builds the Corporate Risk and Opportunity Register for a quarter: "
                    + "out/<period>/risk-register-<period>.xlsx (Register, Summary Risk Profile, Changes, Heat map, "
                    + "Findings) and charts/<period>/risk-heat-map.png and .svg.",
                    "Without --period, the latest quarter with registers."},
            footer = ExitCode.HELP_FOOTER)
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--period", paramLabel = "PERIOD", description = "The quarter, e.g. 2021/22 Q4.")
        Period period;

        @Option(names = "--workbooks", paramLabel = "DIR", defaultValue = "workbooks",
                description = "The inputs: risks/<period>/ and, for the settings, catalogue.xlsx (default: ${DEFAULT-VALUE}).")
        Path workbooks;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Where the register goes (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--charts", paramLabel = "DIR", defaultValue = "charts",
                description = "Where the heat map goes, in a folder per period (default: ${DEFAULT-VALUE}).")
        Path charts;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            PrintWriter stdout = spec.commandLine().getOut();
            if (period != null && !quarter(period, "build", err)) {
                return ExitCode.USAGE;
            }
            RiskRegisters.Outcome o;
            try {
                o = RiskRegisters.build(new RiskRegisters.Options(workbooks, period, out, charts, Main.version()));
            } catch (BuildException e) {
                err.println("perfbook risks build: " + e.getMessage());
                e.findings().forEach(f -> err.println("  " + f));
                return ExitCode.USAGE;
            }
            long risks = o.profile().lines().stream().filter(l -> l.entry().kind() == org.perfbook.model.RiskKind.RISK).count();
            stdout.println("Wrote " + o.register() + ": " + Reports.count(risks, "risk") + " and "
                    + Reports.count(o.profile().lines().size() - risks, "opportunity").replace("opportunitys", "opportunities")
                    + " on the register from " + Reports.count(o.registers(), "directorate register") + ", "
                    + (o.profile().compared() ? Reports.count(o.profile().changes().size(), "change") + " since last quarter."
                            : "no registers for " + o.period().previous().label() + " to compare with."));
            if (o.heatMap() != null) {
                stdout.println("Wrote the heat map " + o.heatMap() + " and its SVG.");
            }
            stdout.flush();
            List<Finding> errors = o.findings().stream().filter(Finding::isError).toList();
            if (!errors.isEmpty()) {
                err.println(o.period().label() + ": " + Reports.count(errors.size(), "error") + " in the registers:");
                Reports.printFindings(errors, err);
            }
            if (!o.findings().isEmpty()) {
                err.println((o.findings().size() == 1 ? "The finding is" : "All " + o.findings().size() + " findings are")
                        + " on the register's Findings sheet.");
            }
            err.flush();
            return errors.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
    }
}
