package org.perfbook.calc;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.OutturnRule;
import org.perfbook.model.Period;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

/**
 * A financial year's outturn for one indicator, made by its {@link OutturnRule}: the sum of the
 * periods, the last period, or the year's numerators over its denominators. There is a figure only
 * when the year is complete for the rule; otherwise {@link #progress()} says how far it has got.
 *
 * @param periodsIn     the year's periods that have what the rule needs (a figure; for
 *                      {@link OutturnRule#RECOMPUTED} both counts)
 * @param periodsInYear 4 for a quarterly indicator, 12 for a monthly one, 1 for an annual one
 * @param value         the outturn, or null while the year is incomplete
 * @param numerator     the year's summed numerator where the value was recomputed, else null
 * @param denominator   the year's denominator where the value was recomputed, else null
 * @param status        against the year's target, or NOT_RATED without a value
 */
public record Outturn(Period year, OutturnRule rule, int periodsIn, int periodsInYear, Double value,
        Double numerator, Double denominator, Target target, Status status) {

    public Outturn {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(rule, "rule");
        status = status == null ? Status.NOT_RATED : status;
    }

    public boolean complete() {
        return value != null;
    }

    /** "3 of 4 quarters" (periods that have what the rule needs), or "complete". */
    public String progress() {
        if (complete()) {
            return "complete";
        }
        String unit = periodsInYear == 12 ? "months" : periodsInYear == 1 ? "years" : "quarters";
        return periodsIn + " of " + periodsInYear + " " + unit;
    }

    /**
     * What a column of outturns should be headed: "2020/21 (year)" where the outturn covers the year,
     * "2020/21 Q4" (or "Mar 2021") where it is the year-end figure.
     */
    public String heading() {
        return heading(rule, year, periodsInYear);
    }

    static String heading(OutturnRule rule, Period year, int periodsInYear) {
        if (rule.coversYear() || periodsInYear == 1) {
            return year.label() + " (year)";
        }
        return (periodsInYear == 12 ? Period.month(YearMonth.from(year.end())) : Period.quarter(year.year(), 4))
                .label();
    }

    /**
     * @param periods the indicator's whole-authority observations by period (others are ignored); a
     *                whole-year observation, such as a published outturn, is the outturn as it is
     */
    public static Outturn of(Indicator ind, Period year, Map<Period, Observation> periods, Target target,
            Tolerance tolerance) {
        Objects.requireNonNull(ind, "ind");
        Period fy = year.financialYear();
        OutturnRule rule = ind.outturnRule();
        List<Period> due = periodsOf(ind, fy);
        Observation whole = periods.get(fy);
        if (whole != null && whole.value() != null) {
            return rated(ind, fy, rule, due.size(), due.size(), whole.value(), whole.numerator(), whole.denominator(),
                    target, tolerance);
        }
        if (ind.frequency() == Frequency.ANNUAL) {
            return new Outturn(fy, rule, 0, 1, null, null, null, target, Status.NOT_RATED);
        }
        List<Observation> in = new ArrayList<>();
        for (Period p : due) {
            Observation o = periods.get(p);
            if (o != null && usable(rule, o)) {
                in.add(o);
            }
        }
        int n = in.size();
        Observation last = periods.get(due.get(due.size() - 1));
        return switch (rule) {
            case SUM -> n < due.size() ? incomplete(fy, rule, n, due.size(), target)
                    : rated(ind, fy, rule, n, due.size(), in.stream().mapToDouble(Observation::value).sum(), null,
                            null, target, tolerance);
            case YEAR_END, YEAR_TO_DATE -> last == null || last.value() == null
                    ? incomplete(fy, rule, n, due.size(), target)
                    : rated(ind, fy, rule, n, due.size(), last.value(), null, null, target, tolerance);
            case RECOMPUTED -> {
                if (n < due.size()) {
                    yield incomplete(fy, rule, n, due.size(), target);
                }
                double num = in.stream().mapToDouble(Observation::numerator).sum();
                // a population rate's denominator is the population, the same all year, not a count to add up
                double den = ind.usesPopulation() ? in.get(n - 1).denominator()
                        : in.stream().mapToDouble(Observation::denominator).sum();
                Double value = Estimate.of(ind, num, den).map(Estimate::value).orElse(null);
                yield value == null ? incomplete(fy, rule, n, due.size(), target)
                        : rated(ind, fy, rule, n, due.size(), value, num, den, target, tolerance);
            }
        };
    }

    private static boolean usable(OutturnRule rule, Observation o) {
        if (rule == OutturnRule.RECOMPUTED) {
            return o.numerator() != null && o.denominator() != null;
        }
        return o.value() != null;
    }

    /** The periods a year's outturn is made of: its quarters, its months, or the year itself. */
    static List<Period> periodsOf(Indicator ind, Period year) {
        return switch (ind.frequency()) {
            case ANNUAL -> List.of(year);
            case MONTHLY -> {
                List<Period> months = new ArrayList<>();
                for (Period m = Period.month(YearMonth.from(year.start())); year.contains(m); m = m.next()) {
                    months.add(m);
                }
                yield months;
            }
            case QUARTERLY -> List.of(Period.quarter(year.year(), 1), Period.quarter(year.year(), 2),
                    Period.quarter(year.year(), 3), Period.quarter(year.year(), 4));
        };
    }

    private static Outturn incomplete(Period year, OutturnRule rule, int in, int due, Target target) {
        return new Outturn(year, rule, in, due, null, null, null, target, Status.NOT_RATED);
    }

    private static Outturn rated(Indicator ind, Period year, OutturnRule rule, int in, int due, double value,
            Double numerator, Double denominator, Target target, Tolerance tolerance) {
        Status s = StatusRules.status(value, target, tolerance, ind.polarity());
        return new Outturn(year, rule, in, due, value, numerator, denominator, target, s);
    }
}
