package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.perfbook.calc.Funnel;
import org.perfbook.calc.Statistic;
import org.perfbook.model.Numbers;
import org.perfbook.model.Polarity;
import org.perfbook.stats.FunnelTable;
import org.perfbook.stats.StatsTable;
import org.perfbook.stats.Table;
import org.perfbook.stats.TableFormatException;
import org.perfbook.stats.Tables;
import org.perfbook.stats.TrendTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The analyst's calculator: rates or proportions with confidence intervals, recent trends or funnel limits,
 * for a table of areas.
 */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Computes a rate or a proportion with confidence intervals for every row of INPUT.",
            "INPUT is a .csv or .xlsx (first sheet) whose header row holds area, numerator and "
                    + "denominator (any case); other columns are passed through unchanged.",
            "Intervals: Wilson score for proportions; for rates Byar's method from 10 events, "
                    + "exact Poisson below 10.",
            "A row that cannot be computed keeps blank figures and says why in the note column.",
            "Output columns as PHEindicatormethods writes them: value, lowercl and uppercl for one "
                    + "confidence level (lower95_0cl, upper95_0cl, lower99_8cl, upper99_8cl for two), confidence, "
                    + "statistic, method; then note.",
            "--statistic trend: one row per area over its latest 5 periods, from area, period and either "
                    + "numerator and denominator (chi-squared test for trend; with --of rate, weighted least "
                    + "squares on each rate's 95%% limits) or value, lowercl and uppercl "
                    + "(weighted least squares on the 95%% limits); significant at 99.8%% when the slope keeps "
                    + "its sign with each period left out.",
            "--statistic funnel: from area, period, numerator and denominator, each period's pooled average "
                    + "(baseline) and each area's 95%% and 99.8%% control limits at its denominator "
                    + "(lower_2s_limit, upper_2s_limit, lower_3s_limit, upper_3s_limit) and its significance: "
                    + "High (0.001), High (0.025), Not significant, Low (0.025) or Low (0.001). A period with a "
                    + "row that cannot be read is not computed."
        },
        footer = ExitCode.HELP_FOOTER)
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** What the calculator computes: a figure with its intervals for every row, each area's trend or a funnel. */
    enum Kind {
        RATE(Statistic.RATE), PROPORTION(Statistic.PROPORTION), TREND(null), FUNNEL(null);

        final Statistic statistic;

        Kind(Statistic statistic) {
            this.statistic = statistic;
        }
    }

    @Option(names = "--statistic", required = true, paramLabel = "rate|proportion|trend|funnel",
            description = "rate (events per population), proportion (cases of a whole), trend (each area's "
                    + "recent trend) or funnel (each area against its period's average).")
    Kind statistic;

    /** What numerators and denominators make, for trend and funnel. */
    enum Of {
        PROPORTION(Statistic.PROPORTION), RATE(Statistic.RATE);

        final Statistic statistic;

        Of(Statistic statistic) {
            this.statistic = statistic;
        }
    }

    @Option(names = "--of", paramLabel = "proportion|rate",
            description = "For trend and funnel: what numerator and denominator make (default proportion).")
    Of of;

    @Option(names = "--good-is", paramLabel = "high|low|none",
            description = "For trend: which way is better, for \"getting better\" or \"getting worse\" (default none).")
    Polarity goodIs = Polarity.NONE;

    @Option(names = "--multiplier", paramLabel = "N",
            description = "Scale of the figure: 1000, 10000, 100000 for rates (default 100000); "
                    + "1 or 100 for proportions (default 1); the same for trend and funnel by --of.")
    Double multiplier;

    @Option(names = "--confidence", split = ",", paramLabel = "LEVEL",
            description = "Confidence levels in percent, comma-separated (default 95; e.g. 95,99.8).")
    List<Double> confidence = new ArrayList<>(List.of(95.0));

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Where to write: .csv or .xlsx by extension; standard output (CSV) when absent.")
    Path output;

    @Parameters(index = "0", paramLabel = "INPUT", description = "A .csv or .xlsx table of numerators and denominators.")
    Path input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean perArea = statistic == Kind.TREND || statistic == Kind.FUNNEL;
        if (!perArea && of != null) {
            err.println("perfbook stats: --of is for --statistic trend or funnel; --statistic " + statistic.name()
                    .toLowerCase(Locale.ROOT) + " says what to compute");
            return ExitCode.USAGE;
        }
        if (perArea && spec.commandLine().getParseResult().hasMatchedOption("--confidence")) {
            err.println("perfbook stats: --confidence is not for --statistic " + statistic.name().toLowerCase(Locale.ROOT)
                    + (statistic == Kind.TREND ? ", which tests on 95% limits at 99.8%" : ", whose limits are at 95% and 99.8%"));
            return ExitCode.USAGE;
        }
        Statistic counts = of == null ? Statistic.PROPORTION : of.statistic;
        double m = multiplier != null ? multiplier : perArea ? counts.defaultMultiplier() : statistic.statistic.defaultMultiplier();
        if (!(m > 0) || Double.isInfinite(m)) {
            err.println("perfbook stats: --multiplier must be a number above zero, not " + plain(m));
            return ExitCode.USAGE;
        }
        for (double c : confidence) {
            if (!(c >= 50 && c < 100)) {
                err.println("perfbook stats: --confidence takes percentages from 50 up to (not including) 100, "
                        + "such as 95 or 99.8, not " + plain(c));
                return ExitCode.USAGE;
            }
        }
        Table in;
        try {
            in = Tables.read(input);
        } catch (TableFormatException e) {
            err.println("perfbook stats: " + e.getMessage());
            return ExitCode.USAGE;
        }
        StatsTable.Result computed;
        try {
            computed = switch (statistic) {
                case TREND -> TrendTable.compute(in, input, goodIs, counts, m);
                case FUNNEL -> FunnelTable.compute(in, input,
                        counts == Statistic.RATE ? Funnel.Kind.RATE : Funnel.Kind.PROPORTION, m);
                default -> StatsTable.compute(in, input, statistic.statistic, m, confidence);
            };
        } catch (TableFormatException e) {
            err.println("perfbook stats: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Table result = computed.table();
        int failed = computed.failed();
        try {
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                Tables.writeCsv(result, out);
                out.flush();
            } else {
                Tables.write(result, output);
            }
        } catch (IOException e) {
            err.println("perfbook stats: cannot write " + output + " (" + e.getMessage() + ")");
            return ExitCode.USAGE;
        }
        if (failed > 0) {
            err.println("perfbook stats: " + failed + " of "
                    + Reports.count(result.rows().size(), statistic == Kind.TREND ? "area" : "row")
                    + " could not be computed; see the note column.");
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    private static String plain(double d) {
        return Double.isFinite(d) ? Numbers.plain(d)
                : String.valueOf(d).toLowerCase(Locale.ROOT);
    }
}
