package org.perfbook.stats;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfbook.calc.Funnel;
import org.perfbook.calc.Statistic;

/**
 * The calculator's funnel plot: for each period, the pooled average of its areas and, for each area, the
 * 95% and 99.8% control limits at its denominator and where it lies against them. Columns as
 * PHEindicatormethods' {@code calculate_funnel_limits} and {@code assign_funnel_significance} name them.
 *
 * <p>An average needs every area of its period: when one row of a period cannot be read, the period's
 * other rows are not computed either, and say which row to mend.
 */
public final class FunnelTable {

    /** The columns after the input's. */
    public static final List<String> ADDED = List.of("value", "lower_2s_limit", "upper_2s_limit", "lower_3s_limit",
            "upper_3s_limit", "baseline", "significance", "statistic", "method", "note");

    private FunnelTable() {
    }

    /**
     * @param multiplier the figures' scale: 100 for percentages, the "per" of a rate
     * @throws TableFormatException when the header has no area, numerator or denominator column
     */
    public static StatsTable.Result compute(Table in, Path source, Funnel.Kind kind, double multiplier)
            throws TableFormatException {
        List<String> missing = in.missing("area", "numerator", "denominator");
        if (!missing.isEmpty()) {
            throw new TableFormatException(source + ": a funnel needs area, numerator and denominator columns "
                    + "(and period, to take each period on its own); the header row has no " + String.join(", ", missing) + " column (found: "
                    + String.join(", ", in.header()) + ")");
        }
        int area = in.column("area");
        int period = in.column("period");
        int nCol = in.column("numerator");
        int dCol = in.column("denominator");
        Statistic statistic = kind == Funnel.Kind.RATE ? Statistic.RATE : Statistic.PROPORTION;

        int size = in.rows().size();
        String[] names = new String[size];
        String[] notes = new String[size];
        double[] x = new double[size];
        double[] n = new double[size];
        Map<String, List<Integer>> byPeriod = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            List<Object> row = in.rows().get(i);
            names[i] = Tables.text(Table.cell(row, area)).strip();
            String p = period < 0 ? "" : Tables.text(Table.cell(row, period)).strip();
            byPeriod.computeIfAbsent(p, k -> new ArrayList<>()).add(i);
            if (names[i].isEmpty()) {
                notes[i] = "no area";
                continue;
            }
            if (period >= 0 && p.isEmpty()) {
                notes[i] = "no period";
                continue;
            }
            String[] problem = new String[1];
            Double num = StatsTable.number(Table.cell(row, nCol), "numerator", problem);
            Double den = problem[0] == null ? StatsTable.number(Table.cell(row, dCol), "denominator", problem) : null;
            String note = problem[0] != null ? problem[0] : statistic.compute(num, den, multiplier, List.of()).note();
            if (!note.isEmpty()) {
                notes[i] = note;
                continue;
            }
            x[i] = num;
            n[i] = den;
        }

        Object[][] added = new Object[size][];
        for (var entry : byPeriod.entrySet()) {
            List<Integer> members = entry.getValue();
            String inPeriod = entry.getKey().isEmpty() ? "" : " in " + entry.getKey();
            Map<String, Integer> seen = new HashMap<>();
            for (int i : members) {
                if (names[i].isEmpty()) {
                    continue;
                }
                Integer before = seen.putIfAbsent(names[i], i);
                if (before != null) {
                    String twice = names[i] + " appears more than once" + inPeriod + " (rows " + in.rowNumber(before)
                            + " and " + in.rowNumber(i) + ")";
                    notes[before] = notes[before] == null ? twice : notes[before];
                    notes[i] = notes[i] == null ? twice : notes[i];
                }
            }
            if (entry.getKey().isEmpty() && period >= 0) {
                continue; // rows with no period already say so
            }
            List<Integer> bad = members.stream().filter(i -> notes[i] != null).toList();
            if (!bad.isEmpty()) {
                String rows = bad.stream().map(i -> String.valueOf(in.rowNumber(i))).reduce((a, b) -> a + ", " + b).get();
                for (int i : members) {
                    if (notes[i] == null) {
                        notes[i] = "not computed: the average" + inPeriod + " needs every area's figures; mend row"
                                + (bad.size() > 1 ? "s " : " ") + rows;
                    }
                }
                continue;
            }
            if (members.size() < 2) {
                notes[members.get(0)] = "a funnel needs at least two areas" + inPeriod;
                continue;
            }
            Funnel f = Funnel.of(kind, multiplier, members.stream().map(i -> names[i]).toList(),
                    members.stream().mapToDouble(i -> x[i]).toArray(), members.stream().mapToDouble(i -> n[i]).toArray());
            for (int k = 0; k < members.size(); k++) {
                Funnel.Area a = f.areas().get(k);
                Funnel.Limits l = f.limits(a.denominator());
                added[members.get(k)] = new Object[] {a.value(), l.lowerInner(), l.upperInner(), l.lowerOuter(),
                    l.upperOuter(), f.average(), a.significance().label()};
            }
        }

        List<String> header = new ArrayList<>(in.header());
        header.addAll(ADDED);
        List<List<Object>> rows = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < size; i++) {
            List<Object> out = new ArrayList<>(header.size());
            for (int c = 0; c < in.header().size(); c++) {
                out.add(Table.cell(in.rows().get(i), c));
            }
            Object[] figures = added[i] == null ? new Object[7] : added[i];
            out.addAll(Arrays.asList(figures));
            out.add(describe(kind, multiplier));
            out.add(kind == Funnel.Kind.RATE ? "Poisson" : "Wilson");
            out.add(notes[i]);
            if (added[i] == null) {
                failed++;
            }
            rows.add(out);
        }
        return new StatsTable.Result(new Table(header, rows, in.rowNumbers()), failed);
    }

    /** "proportion", or "rate (crude per 100,000)": the statistic column of calculate_funnel_limits. */
    static String describe(Funnel.Kind kind, double multiplier) {
        if (kind == Funnel.Kind.PROPORTION) {
            return "proportion";
        }
        DecimalFormat grouped = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
        return "rate (crude per " + grouped.format(multiplier) + ")";
    }
}
