package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.perfbook.model.Period;
import org.perfbook.pipeline.InputsFolder;
import org.perfbook.sample.SampleData;
import org.perfbook.sample.SampleWriter;
import org.perfbook.sample.SyntheticSample;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes the demonstration data set, or a large synthetic one for benchmarks. */
@Command(name = "sample",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a catalogue, a history workbook and filled-in returns.",
            "Without --scale: the demonstration set from the council's committee papers, with returns for "
                    + "every quarter from 2019/20 Q1 to 2021/22 Q3 and a few realistic mistakes for validate to find.",
            "With --scale N: a synthetic set of about N returns per quarter for four quarters, for benchmarks."
        },
        footer = ExitCode.HELP_FOOTER)
public final class SampleCommand implements Callable<Integer> {

    static final Period FIRST = Period.quarter(2019, 1);
    static final Period LAST = Period.quarter(2021, 3);

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "workbooks",
            description = "Folder to write into (default: ${DEFAULT-VALUE}). A folder that already holds a "
                    + "catalogue, history or returns is left alone unless --force is given.")
    Path out;

    @Option(names = "--force", description = "Replace the catalogue, history workbook and returns already in the "
            + "--out folder with the sample's.")
    boolean force;

    @Option(names = "--scale", paramLabel = "N", description = "Write a synthetic set of about N returns per quarter.")
    Integer scale;

    @Mixin
    ThreadsOption threads;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InputsFolder folder = new InputsFolder(out);
        if (scale != null && (scale < 1 || scale > 100_000)) {
            err.println("perfbook sample: --scale takes a number of returns from 1 to 100000, not " + scale);
            return ExitCode.USAGE;
        }
        List<Path> existing = SampleWriter.inputsIn(folder);
        if (!existing.isEmpty() && !force) {
            // the sample's files have the same names as the BI team's real inputs
            err.println("perfbook sample: " + out + " already holds "
                    + existing.stream().map(Path::toString).collect(Collectors.joining(", "))
                    + ". Nothing was written, because the sample would replace them. Give an empty folder with "
                    + "--out DIR, or add --force to replace them with the sample.");
            return ExitCode.USAGE;
        }
        SampleWriter.Summary s;
        if (scale != null) {
            try (TerminalProgress p = TerminalProgress.start("Writing returns", (long) scale * SyntheticSample.QUARTERS)) {
                s = SampleWriter.write(SyntheticSample.generate(scale), folder, SyntheticSample.firstReturned(),
                        LAST, threads.threads, p);
            }
        } else {
            SampleData data = SampleData.load();
            try (TerminalProgress p = TerminalProgress.start("Writing returns",
                    (long) data.catalogue().services().size() * SampleWriter.quarters(FIRST, LAST).size())) {
                s = SampleWriter.write(data, folder, FIRST, LAST, threads.threads, p);
            }
        }
        stdout.println("Wrote " + out.resolve("catalogue.xlsx") + " (" + s.indicators() + " indicators), "
                + out.resolve("history.xlsx") + " (" + s.historyRows() + " figures) and " + s.returns()
                + " returns for " + s.first().label() + " to " + s.last().label() + " in " + folder.returns());
        if (scale == null) {
            int registers = org.perfbook.sample.RiskSample.write(folder.root());
            stdout.println("Wrote " + registers + " directorate risk registers for 2021/22 in " + folder.root().resolve("risks"));
        }
        return ExitCode.OK;
    }
}
