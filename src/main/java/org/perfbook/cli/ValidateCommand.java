package org.perfbook.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.pipeline.Validation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Checks returns before they are built into the book; services can run it on their own file. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Checks returns against the indicator catalogue and reports every problem with its file, "
                    + "sheet and cell.",
            "Without the catalogue (none at the default path), each return is checked against what its own "
                    + "template carries; checks that need the catalogue are named and left out.",
            "PATH is a return or a folder of returns (searched recursively; Excel's ~$ lock files are never read, "
                    + "but reported: someone may have the return open).",
            "With --period, a template of another period is an error; without it, the latest period among the "
                    + "returns is the one compared with earlier figures.",
            "A risk register given here is named as one, with the risks validate command that checks it."
        },
        footer = ExitCode.HELP_FOOTER)
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Return files or folders of returns.")
    List<Path> paths;

    @Mixin
    CatalogueOption catalogue;

    @Mixin
    PeriodOption period;

    @Option(names = "--json", description = "Print the findings as a JSON array (keys file, sheet, cell, "
            + "severity, code, message) and nothing else on standard output.")
    boolean json;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter notes = json ? err : out;
        // a service has its return but not the BI team's catalogue; a catalogue named on purpose must be there
        boolean withoutCatalogue = !spec.commandLine().getParseResult().hasMatchedOption("--catalogue")
                && !Files.exists(catalogue.file);
        Catalogue cat = withoutCatalogue ? null : catalogue.read("validate", err);
        if (cat == null && !withoutCatalogue) {
            return ExitCode.USAGE;
        }
        Validation.Outcome outcome;
        try {
            if (withoutCatalogue) {
                Validation.WithoutCatalogue checked = Validation.runWithoutCatalogue(paths, period.period,
                        threads.threads);
                outcome = checked.outcome();
                notes.println("No catalogue at " + catalogue.file + ", so each return was checked against what its "
                        + "template carries. Population-based rates, benchmarks, and comparisons with the history "
                        + "workbook and with last period's district figures need the BI team's catalogue and were "
                        + "not checked.");
                for (String older : checked.olderTemplates()) {
                    notes.println(older + " was issued before templates carried their indicators' details, so its "
                            + "rows can be checked only with the catalogue (--catalogue FILE) or by the BI team.");
                }
            } else {
                outcome = Validation.run(cat, catalogue.file, paths, period.period, threads.threads);
            }
        } catch (NoSuchFileException e) {
            err.println("perfbook validate: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (json) {
            writeJson(outcome.findings(), out);
        } else {
            Reports.printFindings(outcome.findings(), out);
        }
        String summary = "Checked " + Reports.count(outcome.returns(), "return") + ": "
                + Reports.count(outcome.errors(), "error") + ", " + Reports.count(outcome.warnings(), "warning") + ".";
        (json ? err : out).println(summary);
        if (outcome.tracking() != null) {
            (json ? err : out).println(period.period.label() + ": " + outcome.tracking().summary() + ".");
        }
        return outcome.errors() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    static void writeJson(List<Finding> findings, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out);
        g.useDefaultPrettyPrinter();
        g.writeStartArray();
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("file", f.source().file());
            g.writeStringField("sheet", f.source().sheet());
            g.writeStringField("cell", f.source().cell());
            g.writeStringField("severity", f.severity().label());
            g.writeStringField("code", f.code());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.flush();
        out.println();
        out.flush();
    }
}
