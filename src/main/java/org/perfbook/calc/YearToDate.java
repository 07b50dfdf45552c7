package org.perfbook.calc;

import java.util.List;
import java.util.Objects;
import org.perfbook.model.Period;
import org.perfbook.model.Target;

/**
 * A cumulative indicator at a point in the financial year: the total so far, the share of the
 * annual target that should have been reached by now, and the year-end outturn if the pace holds.
 *
 * @param proRataTarget the annual target scaled by the share of the year elapsed, or null without a target
 */
public record YearToDate(double total, double fractionElapsed, Target proRataTarget, double forecastYearEnd) {

    /**
     * @param periodValues each period's own figure from April up to and including {@code period}
     *                     (blanks are not allowed: a gap would understate the total)
     */
    public static YearToDate of(List<Double> periodValues, Period period, Target annualTarget) {
        Objects.requireNonNull(period, "period");
        double total = 0;
        for (Double v : periodValues) {
            if (v == null || v.isNaN()) {
                throw new IllegalArgumentException("a period of the year so far has no figure");
            }
            total += v;
        }
        double fraction = period.fractionOfYearElapsed();
        Target proRata = annualTarget == null ? null
                : new Target(annualTarget.low() * fraction, annualTarget.high() * fraction, annualTarget.caveat());
        return new YearToDate(total, fraction, proRata, total / fraction);
    }
}
