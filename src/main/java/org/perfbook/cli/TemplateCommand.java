package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Period;
import org.perfbook.returns.ObservationKey;
import org.perfbook.template.TemplateWriter;
import org.perfbook.pipeline.InputsFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Issues this period's return templates, one workbook per service. */
@Command(name = "template",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the return template each service fills in for a period: one .xlsx per service, "
                    + "with last period's figures and the targets for context, only the input cells "
                    + "unlocked, and a Guidance sheet."
        },
        footer = ExitCode.HELP_FOOTER)
public final class TemplateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The period, e.g. 2021/22 Q3.")
    String periodText;

    @Option(names = "--service", paramLabel = "SERVICE",
            description = "Only this service's template (default: every service in the catalogue).")
    String service;

    @Option(names = "--catalogue", paramLabel = "FILE", defaultValue = "workbooks/catalogue.xlsx",
            description = "The indicator catalogue (default: ${DEFAULT-VALUE}). Last period's figures are "
                    + "read from the history workbook and returns beside it.")
    Path cataloguePath;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the templates (default: templates/<period>, e.g. templates/2021-22-Q3).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        var parsed = Period.tryParse(periodText);
        if (parsed.isEmpty()) {
            err.println("perfbook template: '" + periodText + "' is not a period: use e.g. 2021/22 Q3");
            return ExitCode.USAGE;
        }
        Period period = parsed.get();
        if (period.kind() != Period.Kind.QUARTER) {
            err.println("perfbook template: returns are collected by quarter; give a quarter such as "
                    + period.financialYear().label() + " Q4");
            return ExitCode.USAGE;
        }
        Catalogue catalogue = Reports.catalogue(cataloguePath, "template", err);
        if (catalogue == null) {
            return ExitCode.USAGE;
        }
        List<String> services = catalogue.services();
        if (service != null) {
            var match = services.stream().filter(s -> s.equalsIgnoreCase(service.strip())).findFirst();
            if (match.isEmpty()) {
                err.println("perfbook template: no service '" + service + "' in the catalogue; its services are: "
                        + String.join(", ", services));
                return ExitCode.USAGE;
            }
            services = List.of(match.get());
        }
        Path dir = out != null ? out : Path.of("templates", period.fileName());
        Map<String, Double> last = lastValues(catalogue, period);
        PrintWriter stdout = spec.commandLine().getOut();
        int written = 0;
        for (String s : services) {
            if (catalogue.indicatorsDue(s, period).isEmpty()) {
                stdout.println(s + ": nothing due for " + period.label() + " (its indicators are annual, due in Q4)");
                continue;
            }
            stdout.println(TemplateWriter.write(catalogue, s, period, dir, last));
            written++;
        }
        stdout.println("Wrote " + Reports.count(written, "template") + " for " + period.label() + " in " + dir);
        return ExitCode.OK;
    }

    private Map<String, Double> lastValues(Catalogue catalogue, Period period) {
        Path root = cataloguePath.toAbsolutePath().getParent();
        if (root == null) {
            return Map.of();
        }
        Map<ObservationKey, Double> earlier = ValidateCommand.earlierFigures(catalogue, new InputsFolder(root), period);
        Map<String, Double> last = new HashMap<>();
        for (var ind : catalogue.indicators()) {
            Period previous = Catalogue.observationPeriod(ind, period).previous();
            Double v = earlier.get(new ObservationKey(ind.id(), previous, ""));
            if (v != null) {
                last.put(ind.id(), v);
            }
        }
        return last;
    }
}
