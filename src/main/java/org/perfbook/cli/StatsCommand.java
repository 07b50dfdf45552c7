package org.perfbook.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.perfbook.calc.Interval;
import org.perfbook.calc.Statistic;
import org.perfbook.model.Numbers;
import org.perfbook.stats.Table;
import org.perfbook.stats.TableFormatException;
import org.perfbook.stats.Tables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The analyst's calculator: rates or proportions with confidence intervals for a table of areas. */
@Command(name = "stats",
        mixinStandardHelpOptions = true,
        description = {
            "Computes a rate or a proportion with confidence intervals for every row of INPUT.",
            "INPUT is a .csv or .xlsx (first sheet) whose header row holds area, numerator and "
                    + "denominator (any case); other columns are passed through unchanged.",
            "Intervals: Wilson score for proportions; for rates Byar's method from 10 events, "
                    + "exact Poisson below 10.",
            "A row that cannot be computed keeps blank figures and says why in the note column."
        },
        footer = ExitCode.HELP_FOOTER)
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--statistic", required = true, paramLabel = "rate|proportion",
            description = "rate (events per population) or proportion (cases of a whole).")
    Statistic statistic;

    @Option(names = "--multiplier", paramLabel = "N",
            description = "Scale of the figure: 1000, 10000, 100000 for rates (default 100000); "
                    + "1 or 100 for proportions (default 1).")
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
        double m = multiplier == null ? statistic.defaultMultiplier() : multiplier;
        if (!(m > 0) || Double.isInfinite(m)) {
            err.println("perfbook stats: --multiplier must be a number above zero, not " + plain(m));
            return ExitCode.USAGE;
        }
        List<Double> levels = new ArrayList<>();
        for (double c : confidence) {
            if (!(c >= 50 && c < 100)) {
                err.println("perfbook stats: --confidence takes percentages from 50 up to (not including) 100, "
                        + "such as 95 or 99.8, not " + plain(c));
                return ExitCode.USAGE;
            }
            levels.add(c / 100);
        }
        Table in;
        try {
            in = Tables.read(input);
        } catch (TableFormatException e) {
            err.println("perfbook stats: " + e.getMessage());
            return ExitCode.USAGE;
        }
        int nCol = in.column("numerator");
        int dCol = in.column("denominator");
        List<String> missing = new ArrayList<>();
        for (String name : List.of("area", "numerator", "denominator")) {
            if (in.column(name) < 0) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            err.println("perfbook stats: " + input + ": the header row has no " + String.join(", ", missing)
                    + " column (found: " + String.join(", ", in.header()) + ")");
            return ExitCode.USAGE;
        }

        List<String> header = new ArrayList<>(in.header());
        header.add("value");
        for (double c : confidence) {
            String level = columnLevel(c);
            header.add("lower" + level + "cl");
            header.add("upper" + level + "cl");
        }
        header.add("statistic");
        header.add("method");
        header.add("note");

        List<List<Object>> rows = new ArrayList<>();
        int failed = 0;
        for (List<Object> row : in.rows()) {
            List<Object> outRow = new ArrayList<>(header.size());
            for (int i = 0; i < in.header().size(); i++) {
                outRow.add(Table.cell(row, i));
            }
            String[] problem = new String[1];
            Double n = number(Table.cell(row, nCol), "numerator", problem);
            Double d = problem[0] == null ? number(Table.cell(row, dCol), "denominator", problem) : null;
            Statistic.Result r = problem[0] != null ? new Statistic.Result(null, List.of(), null, problem[0])
                    : statistic.compute(n, d, m, levels);
            outRow.add(r.value());
            for (int i = 0; i < levels.size(); i++) {
                Interval ci = r.computed() ? r.intervals().get(i) : null;
                outRow.add(ci == null ? null : ci.lower());
                outRow.add(ci == null ? null : ci.upper());
            }
            outRow.add(statistic.describe(m));
            outRow.add(r.method() == null ? null : r.method().label());
            outRow.add(r.note().isEmpty() ? null : r.note());
            if (!r.computed()) {
                failed++;
            }
            rows.add(outRow);
        }
        Table result = new Table(header, rows);
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
            err.println("perfbook stats: " + failed + " of " + rows.size()
                    + (rows.size() == 1 ? " row" : " rows") + " could not be computed; see the note column.");
            return ExitCode.FINDINGS;
        }
        return ExitCode.OK;
    }

    /** 95 -> "95_0", 99.8 -> "99_8": the Fingertips column names. */
    static String columnLevel(double percent) {
        BigDecimal b = BigDecimal.valueOf(percent).stripTrailingZeros();
        if (b.scale() <= 0) {
            b = b.setScale(1);
        }
        return b.toPlainString().replace('.', '_');
    }

    private static Double number(Object cell, String what, String[] problem) {
        if (cell == null) {
            problem[0] = "no " + what;
            return null;
        }
        if (cell instanceof Double d) {
            return d;
        }
        String t = cell.toString().replace('\u00A0', ' ').strip();
        if (t.isEmpty()) {
            problem[0] = "no " + what;
            return null;
        }
        String digits = t.replace(",", "");
        if (t.matches("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?([eE][-+]?\\d+)?|[-+]?\\.\\d+")) {
            return Double.parseDouble(digits);
        }
        problem[0] = "the " + what + " '" + t + "' is not a number";
        return null;
    }

    private static String plain(double d) {
        return Double.isFinite(d) ? Numbers.plain(d)
                : String.valueOf(d).toLowerCase(Locale.ROOT);
    }
}
