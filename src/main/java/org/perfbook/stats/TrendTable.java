package org.perfbook.stats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.perfbook.calc.Funnel;
import org.perfbook.calc.Interval;
import org.perfbook.calc.Statistic;
import org.perfbook.calc.Trend;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

/**
 * The calculator's recent trend: one row per area from a table of area, period and either numerator and
 * denominator (chi-squared test for trend for a proportion; for a rate, weighted least squares on its 95%
 * limits) or value with its 95% limits (weighted least squares), over each area's latest five periods.
 * The same table as a funnel's, or as the calculator's own output, will do.
 */
public final class TrendTable {

    /** The header of the result. */
    public static final List<String> HEADER = List.of("area", "from", "to", "periods", "method", "chi_squared",
            "slope", "trend", "note");
    private static final List<String> LOWER = List.of("lowercl", "lower95_0cl");
    private static final List<String> UPPER = List.of("uppercl", "upper95_0cl");

    private TrendTable() {
    }

    /** One input row, its period as read and as typed, and its row in the file. */
    private record Row(Period period, String typed, List<Object> cells, int number) {
    }

    /**
     * @param of         what numerators and denominators make: a proportion or a rate
     * @param multiplier for counts, the figure's scale: 1 for a proportion, 100 for a percentage, the "per"
     *                   of a rate
     * @throws TableFormatException when the header lacks area, period, or both numerator and denominator
     *                              and value, lowercl and uppercl
     */
    public static StatsTable.Result compute(Table in, Path source, Polarity polarity, Statistic of, double multiplier)
            throws TableFormatException {
        int area = in.column("area");
        int period = in.column("period");
        int n = in.column("numerator");
        int d = in.column("denominator");
        int value = in.column("value");
        int lower = first(in, LOWER);
        int upper = first(in, UPPER);
        boolean counts = n >= 0 && d >= 0;
        // lowercl and uppercl name a single level, which the confidence column (if any) must say is 95%
        int confidence = lower == in.column("lowercl") ? in.column("confidence") : -1;
        if (area < 0 || period < 0 || !counts && (value < 0 || lower < 0 || upper < 0)) {
            throw new TableFormatException(source + ": a trend needs area and period columns and either numerator "
                    + "and denominator, or value, lowercl and uppercl (found: " + String.join(", ", in.header()) + ")");
        }
        Map<String, List<Row>> byArea = new LinkedHashMap<>();
        Map<String, String> problems = new HashMap<>();
        for (int i = 0; i < in.rows().size(); i++) {
            List<Object> row = in.rows().get(i);
            int number = in.rowNumber(i);
            Object a = Table.cell(row, area);
            String name = a == null ? "" : Tables.text(a).strip();
            Object p = Table.cell(row, period);
            String typed = p == null ? "" : Tables.text(p).strip();
            Optional<Period> read = period(p, typed);
            byArea.computeIfAbsent(name, k -> new ArrayList<>());
            if (name.isEmpty()) {
                problems.putIfAbsent(name, "row " + number + " has no area");
                continue;
            }
            if (read.isEmpty()) {
                problems.putIfAbsent(name, "row " + number + ": " + (typed.isEmpty() ? "no period"
                        : "the period '" + typed + "' is not a period (e.g. 2021/22, 2021/22 Q3, Dec 2021 or a year "
                        + "such as 2021)"));
                continue;
            }
            byArea.get(name).add(new Row(read.get(), typed, row, number));
        }
        List<List<Object>> rows = new ArrayList<>();
        int failed = 0;
        for (var entry : byArea.entrySet()) {
            List<Row> series = new ArrayList<>(entry.getValue());
            series.sort(Comparator.comparing(Row::period));
            String problem = problems.get(entry.getKey());
            for (int i = 1; problem == null && i < series.size(); i++) {
                if (series.get(i).period().equals(series.get(i - 1).period())) {
                    problem = "the period " + series.get(i).typed() + " appears more than once (rows "
                            + series.get(i - 1).number() + " and " + series.get(i).number() + ")";
                }
            }
            List<Row> last = series.subList(Math.max(0, series.size() - Trend.POINTS), series.size());
            List<Trend.Point> points = new ArrayList<>();
            for (Row r : last) {
                if (problem != null) {
                    break;
                }
                String[] why = new String[1];
                String at = " for " + r.typed();
                if (counts) {
                    Double x = StatsTable.number(Table.cell(r.cells(), n), "numerator" + at, why);
                    Double y = why[0] == null ? StatsTable.number(Table.cell(r.cells(), d), "denominator" + at, why) : null;
                    if (why[0] == null && of == Statistic.RATE) {
                        Statistic.Result rate = of.compute(x, y, multiplier, List.of(Funnel.INNER));
                        if (rate.computed()) {
                            Interval ci = rate.intervals().get(0);
                            points.add(Trend.Point.interval(r.period(), rate.value(), ci.lower(), ci.upper()));
                        } else {
                            why[0] = rate.note() + " (" + r.typed() + ")";
                        }
                    } else if (why[0] == null) {
                        points.add(new Trend.Point(r.period(), null, x, y, null, null));
                    }
                } else {
                    Double v = StatsTable.number(Table.cell(r.cells(), value), "value" + at, why);
                    Double lo = why[0] == null ? StatsTable.number(Table.cell(r.cells(), lower), "lower limit" + at, why) : null;
                    Double hi = why[0] == null ? StatsTable.number(Table.cell(r.cells(), upper), "upper limit" + at, why) : null;
                    String level = confidence < 0 ? "" : Tables.text(Table.cell(r.cells(), confidence)).strip();
                    if (why[0] == null && !level.isEmpty() && !level.equals("95%")) {
                        why[0] = "the limits" + at + " are at " + level + "; the trend needs 95% limits";
                    }
                    if (why[0] == null) {
                        points.add(new Trend.Point(r.period(), v, null, null, lo, hi));
                    }
                }
                problem = why[0] == null ? null : "row " + r.number() + ": " + why[0];
            }
            Trend t;
            if (problem != null) {
                t = new Trend(Trend.CANNOT_BE_CALCULATED, Trend.Direction.NONE, null, null, null, problem, null, null);
            } else {
                t = counts && of == Statistic.PROPORTION ? Trend.proportions(points, polarity, multiplier)
                        : Trend.values(points, polarity);
            }
            if (!t.calculated()) {
                failed++;
            }
            List<Object> out = new ArrayList<>();
            out.add(entry.getKey());
            out.add(t.calculated() ? last.get(0).typed() : null);
            out.add(t.calculated() ? last.get(last.size() - 1).typed() : null);
            out.add((double) series.size());
            out.add(t.method() == null ? null : t.method().label());
            out.add(t.chiSquared());
            out.add(t.slope());
            out.add(t.label());
            out.add(t.reason().isEmpty() ? null : t.reason());
            rows.add(out);
        }
        return new StatsTable.Result(new Table(HEADER, rows), failed);
    }

    private static int first(Table in, List<String> names) {
        for (String name : names) {
            if (in.column(name) >= 0) {
                return in.column(name);
            }
        }
        return -1;
    }

    /** A period as the book writes them, or a plain year (2021, typed or a number) taken as that year. */
    private static Optional<Period> period(Object cell, String typed) {
        Optional<Period> p = Period.tryParse(typed);
        if (p.isPresent() || !typed.matches("\\d{4}")) {
            return p;
        }
        try {
            return Optional.of(Period.year(Integer.parseInt(typed)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
