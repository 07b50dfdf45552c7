package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Period;
import org.perfbook.pipeline.BuildException;
import org.perfbook.pipeline.Templates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    // required here, so not the shared optional one
    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "The period, e.g. 2021/22 Q3.")
    Period period;

    @Option(names = "--service", paramLabel = "SERVICE",
            description = "Only this service's template (default: every service in the catalogue).")
    String service;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the templates (default: templates/<period>, e.g. templates/2021-22-Q3).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (period.kind() != Period.Kind.QUARTER) {
            err.println("perfbook template: returns are collected by quarter; give a quarter such as "
                    + period.financialYear().label() + " Q4");
            return ExitCode.USAGE;
        }
        Catalogue cat = catalogue.read("template", err);
        if (cat == null) {
            return ExitCode.USAGE;
        }
        List<String> services = cat.services();
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
        PrintWriter stdout = spec.commandLine().getOut();
        int written = 0;
        List<Templates.Issued> issued;
        try {
            issued = Templates.issue(cat, catalogue.file, services, period, dir);
        } catch (BuildException e) {
            err.println("perfbook template: " + e.getMessage());
            return ExitCode.USAGE;
        }
        for (Templates.Issued t : issued) {
            if (t.file() == null) {
                stdout.println(t.service() + ": nothing due for " + period.label()
                        + " (its indicators are annual, due in Q4)");
            } else {
                stdout.println(t.file());
                written++;
            }
        }
        stdout.println("Wrote " + Reports.count(written, "template") + " for " + period.label() + " in " + dir);
        return ExitCode.OK;
    }
}
