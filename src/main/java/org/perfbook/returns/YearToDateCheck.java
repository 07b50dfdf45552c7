package org.perfbook.returns;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.perfbook.model.Finding;
import org.perfbook.model.FindingCode;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.text.DisplayNumbers;

/**
 * Catches the year to date typed where a cumulative indicator's return wants the period only. Two
 * readings give it away: the figure less the year so far is a plausible quarter while the figure
 * itself is far above any quarter, or the districts add up to a plausible quarter while the total is
 * far larger than they are.
 */
final class YearToDateCheck {

    /** A plausible period is within half as much again (either way) of the periods it is compared with. */
    static final double PLAUSIBLE = 1.5;
    /** As a period on its own, the figure is more than twice the largest period it is compared with. */
    static final double FAR_ABOVE_PERIOD = 2.0;
    /** The total is more than half as much again as its districts' sum. */
    static final double FAR_ABOVE_DISTRICTS = 1.5;
    /** Without earlier periods to compare with, the total must match the year so far plus the districts this closely. */
    static final double MATCH = 0.02;

    private YearToDateCheck() {
    }

    /**
     * @param total     the whole-authority figure as read (it passed the row checks)
     * @param districts every district's figure for the same period, or empty when the set is not complete
     * @param earlier   figures already known, by indicator, period and breakdown
     * @return the {@code year-to-date-typed} error, or null when the figure reads as the period's
     */
    static Finding check(Indicator ind, Observation total, List<Observation> districts,
            Map<ObservationKey, Double> earlier) {
        Period period = total.period();
        if (!ind.cumulative() || period.kind() == Period.Kind.YEAR || total.value() == null || !(total.value() > 0)) {
            return null;
        }
        Period first = firstOfYear(period);
        if (first.equals(period)) {
            return null; // in the year's first period the year to date is the period
        }
        double typed = total.value();
        Double soFar = yearSoFar(ind, first, period, earlier);
        // the year's earlier periods, last period first, and the same period last year
        List<Double> references = new ArrayList<>();
        List<Period> compared = new ArrayList<>();
        for (Period p = period.previous(); p.compareTo(first) >= 0; p = p.previous()) {
            compared.add(p);
        }
        compared.add(period.sameLastYear());
        for (Period p : compared) {
            Double v = earlier.get(new ObservationKey(ind.id(), p, ""));
            if (v != null && v > 0) {
                references.add(v);
            }
        }
        String wanted = months(period, period);
        if (!districts.isEmpty()) {
            double sum = districts.stream().mapToDouble(Observation::value).sum();
            if (!(sum > 0) || typed <= FAR_ABOVE_DISTRICTS * sum) {
                return null;
            }
            boolean plausible = references.isEmpty()
                    ? soFar != null && Math.abs(typed - (soFar + sum)) <= MATCH * typed
                    : plausible(sum, references);
            if (!plausible) {
                return null; // the districts are no quarter either: the sum check says what is wrong
            }
            String yearToDate = soFar == null ? "" : ", and with the year so far (" + months(first, period.previous())
                    + ", " + n(ind, soFar) + ") that makes " + n(ind, soFar + sum) + " for the year to date";
            return Finding.error(total.source(), FindingCode.YEAR_TO_DATE_TYPED, n(ind, typed) + " looks like the year "
                    + "to date; this row wants " + wanted + " only: the " + ind.breakdown().toLowerCase(Locale.ROOT)
                    + " rows add up to " + n(ind, sum) + yearToDate + ". Type the figure for " + wanted + " alone "
                    + "(" + n(ind, sum) + " if the " + ind.breakdown().toLowerCase(Locale.ROOT) + " rows are right) "
                    + "in the Value.");
        }
        // In the year's second period the year to date is two periods, and a figure that doubles is common
        // enough: without districts, the check waits until the year so far has two periods.
        Double last = earlier.get(new ObservationKey(ind.id(), period.previous(), ""));
        if (soFar == null || first.next().equals(period) || references.size() < 2 || last == null || !(last > 0)) {
            return null;
        }
        double largest = references.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double quarter = typed - soFar;
        if (typed <= FAR_ABOVE_PERIOD * largest || !(quarter > 0) || !plausible(quarter, references)) {
            return null;
        }
        return Finding.error(total.source(), FindingCode.YEAR_TO_DATE_TYPED, n(ind, typed) + " looks like the year to "
                + "date (" + months(first, period) + "); this row wants " + wanted + " only. Less the year so far ("
                + months(first, period.previous()) + ", " + n(ind, soFar) + ") it leaves " + n(ind, quarter)
                + ", close to last period's " + n(ind, last) + "; read as " + wanted + " alone it is "
                + DisplayNumbers.plain(typed / last, 1) + " times last period's. Type the figure for " + wanted + " alone (" + n(ind, quarter) + " if the year to date "
                + "is right) in the Value.");
    }

    private static boolean plausible(double figure, List<Double> references) {
        double low = references.stream().mapToDouble(Double::doubleValue).min().orElseThrow() / PLAUSIBLE;
        double high = references.stream().mapToDouble(Double::doubleValue).max().orElseThrow() * PLAUSIBLE;
        return figure >= low && figure <= high;
    }

    /** The whole-authority total of the year's periods before {@code period}, or null when one is not known. */
    private static Double yearSoFar(Indicator ind, Period first, Period period, Map<ObservationKey, Double> earlier) {
        double sum = 0;
        for (Period p = first; p.compareTo(period) < 0; p = p.next()) {
            Double v = earlier.get(new ObservationKey(ind.id(), p, ""));
            if (v == null) {
                return null;
            }
            sum += v;
        }
        return sum;
    }

    private static Period firstOfYear(Period period) {
        Period p = period;
        while (p.previous().financialYear().equals(period.financialYear())) {
            p = p.previous();
        }
        return p;
    }

    /** "October to December 2021", "April to September 2021", "January to March 2022". */
    static String months(Period from, Period to) {
        String start = from.start().getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        String end = to.end().getMonth().getDisplayName(TextStyle.FULL, Locale.UK);
        int startYear = from.start().getYear();
        int endYear = to.end().getYear();
        if (start.equals(end) && startYear == endYear) {
            return end + " " + endYear;
        }
        return start + (startYear == endYear ? "" : " " + startYear) + " to " + end + " " + endYear;
    }

    private static String n(Indicator ind, double v) {
        return DisplayNumbers.plain(v, ind.decimals());
    }
}
