package org.perfbook.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Finding;
import org.perfbook.model.Period;
import org.perfbook.returns.HistoryReader;
import org.perfbook.returns.ObservationKey;
import org.perfbook.returns.ReturnFile;
import org.perfbook.returns.ReturnValidator;
import org.perfbook.returns.ReturnsFolder;
import org.perfbook.pipeline.InputsFolder;
import picocli.CommandLine.Command;
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
            "PATH is a return or a folder of returns (searched recursively; Excel's ~$ lock files are ignored)."
        },
        footer = ExitCode.HELP_FOOTER)
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Return files or folders of returns.")
    List<Path> paths;

    @Option(names = "--catalogue", paramLabel = "FILE", defaultValue = "workbooks/catalogue.xlsx",
            description = "The indicator catalogue (default: ${DEFAULT-VALUE}). Earlier figures for the "
                    + "unusual-change check are read from the history workbook and returns beside it.")
    Path cataloguePath;

    @Option(names = "--period", paramLabel = "PERIOD",
            description = "The period being collected, e.g. 2021/22 Q3; a template of another period is an error.")
    String periodText;

    @Option(names = "--json", description = "Print the findings as a JSON array (keys file, sheet, cell, "
            + "severity, code, message) and nothing else on standard output.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N", description = "Returns read at once (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        Period period = null;
        if (periodText != null) {
            var p = Period.tryParse(periodText);
            if (p.isEmpty()) {
                err.println("perfbook validate: '" + periodText + "' is not a period: use e.g. 2021/22 Q3");
                return ExitCode.USAGE;
            }
            period = p.get();
        }
        Catalogue catalogue = Reports.catalogue(cataloguePath, "validate", err);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        ReturnsFolder.Found found;
        try {
            found = ReturnsFolder.find(paths);
        } catch (IOException e) {
            err.println("perfbook validate: " + e.getMessage());
            return ExitCode.USAGE;
        }
        List<ReturnFile> files = ReturnsFolder.readAll(found.files(), threads, null);
        Period current = currentPeriod(period, files);
        Path root = cataloguePath.toAbsolutePath().getParent();
        Map<ObservationKey, Double> earlier = current == null || root == null ? Map.of()
                : earlierFigures(catalogue, new InputsFolder(root), current);
        ReturnValidator.Result result = new ReturnValidator(catalogue, period, earlier).check(files);
        List<Finding> findings = new ArrayList<>(found.findings());
        findings.addAll(result.findings());
        findings.sort(Finding.ORDER);

        if (json) {
            writeJson(findings, out);
        } else {
            Reports.printFindings(findings, out);
        }
        long errors = findings.stream().filter(Finding::isError).count();
        long warnings = findings.size() - errors;
        String summary = "Checked " + files.size() + (files.size() == 1 ? " return" : " returns") + ": "
                + Reports.count(errors, "error") + ", " + Reports.count(warnings, "warning") + ".";
        (json ? err : out).println(summary);
        return errors > 0 ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The period being checked: the one asked for, else the latest among the templates read. */
    private static Period currentPeriod(Period asked, List<ReturnFile> files) {
        if (asked != null) {
            return asked;
        }
        return files.stream().filter(f -> f.identity() != null).map(f -> f.identity().period())
                .max(java.util.Comparator.naturalOrder()).orElse(null);
    }

    /** Earlier figures from the history workbook and the previous period's returns beside the catalogue. */
    static Map<ObservationKey, Double> earlierFigures(Catalogue catalogue, InputsFolder folder, Period current) {
        Map<ObservationKey, Double> earlier = new HashMap<>(
                ReturnValidator.index(HistoryReader.read(folder.history(), catalogue).observations()));
        Path previous = folder.returnsFor(current.previous());
        if (Files.isDirectory(previous)) {
            try {
                var prior = ReturnsFolder.readAll(ReturnsFolder.find(List.of(previous)).files(), 2, null);
                earlier.putAll(ReturnValidator.index(
                        new ReturnValidator(catalogue, current.previous(), Map.of()).check(prior).observations()));
            } catch (IOException e) {
                // earlier figures only add warnings; without them the check is simply not made
            }
        }
        return earlier;
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
