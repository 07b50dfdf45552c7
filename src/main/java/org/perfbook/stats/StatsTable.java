package org.perfbook.stats;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.perfbook.calc.Interval;
import org.perfbook.calc.Statistic;
import org.perfbook.model.Numbers;

/**
 * The calculator's table: the input's columns, then the value, its intervals, the confidence, the
 * statistic and the method under the names and in the order PHEindicatormethods' {@code phe_rate} and
 * {@code phe_proportion} write them (so code written for their output reads it unchanged), and a note
 * saying why a row could not be computed.
 */
public final class StatsTable {

    /** @param failed rows that could not be computed; each keeps blank figures and a note */
    public record Result(Table table, int failed) {
    }

    private StatsTable() {
    }

    /**
     * @param confidence levels in percent, e.g. 95 and 99.8
     * @throws TableFormatException when the header has no area, numerator or denominator column
     */
    public static Result compute(Table in, Path source, Statistic statistic, double multiplier, List<Double> confidence)
            throws TableFormatException {
        List<String> missing = in.missing("area", "numerator", "denominator");
        if (!missing.isEmpty()) {
            throw new TableFormatException(source + ": the header row has no " + String.join(", ", missing)
                    + " column (found: " + String.join(", ", in.header()) + ")");
        }
        int nCol = in.column("numerator");
        int dCol = in.column("denominator");
        List<Double> levels = confidence.stream().map(c -> c / 100).toList();

        List<String> header = new ArrayList<>(in.header());
        header.add("value");
        for (double c : confidence) {
            // one level: lowercl, uppercl; more: lower95_0cl, upper95_0cl, lower99_8cl, ...
            String level = confidence.size() == 1 ? "" : columnLevel(c);
            header.add("lower" + level + "cl");
            header.add("upper" + level + "cl");
        }
        header.add("confidence");
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
                    : statistic.compute(n, d, multiplier, levels);
            outRow.add(r.value());
            for (int i = 0; i < levels.size(); i++) {
                Interval ci = r.computed() ? r.intervals().get(i) : null;
                outRow.add(ci == null ? null : ci.lower());
                outRow.add(ci == null ? null : ci.upper());
            }
            outRow.add(confidenceLabel(confidence));
            outRow.add(statistic.describe(multiplier));
            outRow.add(r.method() == null ? null : r.method().label());
            outRow.add(r.note().isEmpty() ? null : r.note());
            if (!r.computed()) {
                failed++;
            }
            rows.add(outRow);
        }
        return new Result(new Table(header, rows), failed);
    }

    /** "95%", or "95%, 99.8%" for two levels, as PHEindicatormethods writes its confidence column. */
    public static String confidenceLabel(List<Double> percents) {
        return String.join(", ", percents.stream().map(c -> Numbers.plain(c) + "%").toList());
    }

    /** 95 -> "95_0", 99.8 -> "99_8": the Fingertips column names. */
    public static String columnLevel(double percent) {
        BigDecimal b = BigDecimal.valueOf(percent).stripTrailingZeros();
        if (b.scale() <= 0) {
            b = b.setScale(1);
        }
        return b.toPlainString().replace('.', '_');
    }

    static Double number(Object cell, String what, String[] problem) {
        if (cell == null) {
            problem[0] = "no " + what;
            return null;
        }
        if (cell instanceof Double d) {
            return d;
        }
        if (Tables.NO_RESULT.equals(cell)) {
            problem[0] = "the " + what + " is " + Tables.NO_RESULT + ": open the file in Excel, let it calculate "
                    + "and save it again";
            return null;
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
}
