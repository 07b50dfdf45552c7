package org.perfbook.cli;

import org.perfbook.model.Period;
import picocli.CommandLine.Option;

/** {@code --period}, shared by the commands where it is optional; each command says what it defaults to. */
final class PeriodOption {

    @Option(names = "--period", paramLabel = "PERIOD", description = "The period, e.g. 2021/22 Q3.")
    Period period;
}
