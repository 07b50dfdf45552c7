package org.perfbook.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Numbers;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

/**
 * The recent trend of an indicator by the published method (PHE / OHID Fingertips trend marker): over
 * its most recent five unbroken periods, the chi-squared test for trend for proportions, weighted least
 * squares on the 95% intervals for other figures; significant when chi-squared is above the 99.8%
 * quantile on one degree of freedom and the slope keeps its sign when each point is left out in turn.
 *
 * @param label      e.g. "Increasing and getting better", "No significant change", "Cannot be calculated"
 * @param direction  the slope's direction when significant, else {@link Direction#NONE}
 * @param chiSquared the test statistic, or null when it cannot be calculated
 * @param slope      change per period in the figure's units (percentage points for percentages), or null
 * @param method     how it was tested, or null when it cannot be calculated
 * @param reason     why it cannot be calculated, else empty
 * @param from       the first of the five periods, or null
 * @param to         the last of the five periods, or null
 */
public record Trend(String label, Direction direction, Double chiSquared, Double slope, Method method, String reason,
        Period from, Period to) {

    /** How many of the latest periods the test uses. */
    public static final int POINTS = 5;
    /** 95% interval width in standard errors: 2 × 1.96. */
    public static final double INTERVAL_WIDTH_IN_SE = 3.92;
    /** Chi-squared on one degree of freedom at 0.998 (two-sided 99.8%): 9.5495. */
    public static final double CRITICAL = new ChiSquaredDistribution(null, 1, 1e-14).inverseCumulativeProbability(0.998);

    public static final String NO_SIGNIFICANT_CHANGE = "No significant change";
    public static final String CANNOT_BE_CALCULATED = "Cannot be calculated";

    public enum Direction { INCREASING, DECREASING, NONE }

    public enum Method {
        CHI_SQUARED_FOR_TREND("Chi-squared test for trend"),
        WEIGHTED_LEAST_SQUARES("Weighted least squares");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public Trend {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(direction, "direction");
        reason = reason == null ? "" : reason;
    }

    /**
     * One period's figure.
     *
     * @param numerator   events, for the chi-squared test (null otherwise)
     * @param denominator cases, for the chi-squared test (null otherwise)
     * @param lower95     95% lower limit, for weighted least squares (null otherwise)
     * @param upper95     95% upper limit, for weighted least squares (null otherwise)
     */
    public record Point(Period period, Double value, Double numerator, Double denominator, Double lower95,
            Double upper95) {

        public Point {
            Objects.requireNonNull(period, "period");
        }

        public static Point counts(Period period, double numerator, double denominator) {
            return new Point(period, null, numerator, denominator, null, null);
        }

        public static Point interval(Period period, double value, double lower95, double upper95) {
            return new Point(period, value, null, null, lower95, upper95);
        }
    }

    public boolean calculated() {
        return chiSquared != null;
    }

    public boolean significant() {
        return direction != Direction.NONE;
    }

    /** The label, with the reason when it cannot be calculated: "Cannot be calculated: fewer than 5 periods (3)". */
    public String describe() {
        return reason.isEmpty() ? label : label + ": " + reason;
    }

    static Trend cannot(String reason) {
        return new Trend(CANNOT_BE_CALCULATED, Direction.NONE, null, null, null, reason, null, null);
    }

    /**
     * An indicator's trend at {@code period} from its whole-authority evaluations: the five periods of
     * {@code period}'s kind up to the latest with a figure, by the chi-squared test for a percentage with
     * its counts, else weighted least squares on the 95% intervals.
     */
    public static Trend of(Indicator ind, Period period, List<Evaluation> series) {
        if (ind.cumulative() && period.kind() != Period.Kind.YEAR) {
            return cannot("the year-to-date figures of a cumulative indicator overlap");
        }
        List<Evaluation> same = new ArrayList<>();
        for (Evaluation e : series) {
            Observation o = e.observation();
            if (o.isTotal() && o.period().kind() == period.kind() && o.period().compareTo(period) <= 0
                    && o.value() != null) {
                same.add(e);
            }
        }
        if (same.size() < POINTS) {
            return cannot("fewer than " + POINTS + " periods (" + same.size() + ")");
        }
        List<Evaluation> last = same.subList(same.size() - POINTS, same.size());
        for (int i = 1; i < POINTS; i++) {
            Period expected = last.get(i - 1).observation().period().next();
            if (!last.get(i).observation().period().equals(expected)) {
                return cannot("a gap in the periods: no figure for " + expected.label());
            }
        }
        boolean proportion = ind.measure() == Measure.PERCENTAGE
                && last.stream().allMatch(e -> e.observation().numerator() != null && e.observation().denominator() != null);
        List<Point> points = new ArrayList<>();
        for (Evaluation e : last) {
            Observation o = e.observation();
            Interval ci = e.interval95();
            points.add(proportion ? new Point(o.period(), o.value(), o.numerator(), o.denominator(), null, null)
                    : new Point(o.period(), o.value(), null, null, ci == null ? null : ci.lower(),
                            ci == null ? null : ci.upper()));
        }
        return proportion ? proportions(points, ind.polarity(), ind.per()) : values(points, ind.polarity());
    }

    /**
     * The chi-squared test for trend (Armitage) on five periods' counts, t = 1..5:
     * χ² = N(NΣt·x − OΣt·n)² / (O(N − O)(NΣt²·n − (Σt·n)²)).
     *
     * @param multiplier the slope's scale: 100 for a percentage, 1 for a proportion
     */
    public static Trend proportions(List<Point> points, Polarity polarity, double multiplier) {
        String problem = shape(points);
        if (problem != null) {
            return cannot(problem);
        }
        double[] x = new double[POINTS];
        double[] n = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            Point p = points.get(i);
            String label = p.period().label();
            if (p.numerator() == null || p.denominator() == null) {
                return cannot("no numerator or denominator for " + label);
            }
            x[i] = p.numerator();
            n[i] = p.denominator();
            if (!Double.isFinite(x[i]) || !Double.isFinite(n[i])) {
                return cannot("the numerator and denominator for " + label + " must be ordinary numbers");
            }
            if (!(n[i] > 0)) {
                return cannot("the denominator for " + label + " is " + Numbers.plain(n[i]) + ": it must be more than zero");
            }
            if (x[i] < 0 || x[i] > n[i]) {
                return cannot("the numerator for " + label + " (" + Numbers.plain(x[i])
                        + ") is not between zero and its denominator");
            }
        }
        double bigN = 0;
        double o = 0;
        double stx = 0;
        double stn = 0;
        double st2n = 0;
        for (int i = 0; i < POINTS; i++) {
            int t = i + 1;
            bigN += n[i];
            o += x[i];
            stx += t * x[i];
            stn += t * n[i];
            st2n += (double) t * t * n[i];
        }
        if (o == 0) {
            return cannot("no events in any of the " + POINTS + " periods (O = 0)");
        }
        if (o == bigN) {
            return cannot("every case an event in all " + POINTS + " periods (O = N)");
        }
        double numerator = bigN * stx - o * stn;
        double spread = bigN * st2n - stn * stn;
        double chi = bigN * numerator * numerator / (o * (bigN - o) * spread);
        // the slope of x/n over t weighted by n, whose sign is the sign of NΣt·x − OΣt·n
        double slope = numerator / spread * multiplier;
        // the n-weighted slope of x/n is the weighted fit of the proportions with weights n
        double[] proportions = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            proportions[i] = x[i] / n[i];
        }
        boolean stable = slope != 0;
        for (int out = 0; out < POINTS; out++) {
            stable &= Math.signum(weightedFit(proportions, n, out)[0]) == Math.signum(slope);
        }
        return judged(chi, slope, stable, Method.CHI_SQUARED_FOR_TREND, polarity, points);
    }

    /**
     * Weighted least squares of the value on t = 1..5 with weights 1/SE², SE = (upper95 − lower95) / 3.92;
     * χ² = (b / SE(b))² with SE(b) = √(Σw / (Σw·Σw·t² − (Σw·t)²)).
     */
    public static Trend values(List<Point> points, Polarity polarity) {
        String problem = shape(points);
        if (problem != null) {
            return cannot(problem);
        }
        double[] y = new double[POINTS];
        double[] w = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            Point p = points.get(i);
            String label = p.period().label();
            if (p.value() == null || !Double.isFinite(p.value())) {
                return cannot("no figure for " + label);
            }
            if (p.lower95() == null || p.upper95() == null) {
                return cannot("no 95% confidence interval for " + label);
            }
            double width = p.upper95() - p.lower95();
            if (!Double.isFinite(width) || width < 0) {
                return cannot("the 95% confidence interval for " + label + " is not a range of ordinary numbers");
            }
            if (width == 0) {
                return cannot("the 95% confidence interval for " + label + " has zero width");
            }
            double se = width / INTERVAL_WIDTH_IN_SE;
            y[i] = p.value();
            w[i] = 1 / (se * se);
        }
        double[] fit = weightedFit(y, w, -1);
        double slope = fit[0];
        double chi = slope * slope / fit[1];
        boolean stable = slope != 0;
        for (int out = 0; out < POINTS; out++) {
            stable &= Math.signum(weightedFit(y, w, out)[0]) == Math.signum(slope);
        }
        return judged(chi, slope, stable, Method.WEIGHTED_LEAST_SQUARES, polarity, points);
    }

    /** The weighted slope on t = 1..5 and its variance, with point {@code out} left out (−1 for none). */
    private static double[] weightedFit(double[] y, double[] w, int out) {
        double s = 0;
        double st = 0;
        double sy = 0;
        double stt = 0;
        double sty = 0;
        for (int i = 0; i < POINTS; i++) {
            if (i == out) {
                continue;
            }
            int t = i + 1;
            s += w[i];
            st += w[i] * t;
            sy += w[i] * y[i];
            stt += w[i] * t * t;
            sty += w[i] * t * y[i];
        }
        double delta = s * stt - st * st;
        return new double[] {(s * sty - st * sy) / delta, s / delta};
    }

    private static String shape(List<Point> points) {
        if (points == null || points.size() < POINTS) {
            return "fewer than " + POINTS + " periods (" + (points == null ? 0 : points.size()) + ")";
        }
        if (points.size() > POINTS) {
            return "the test takes the latest " + POINTS + " periods, not " + points.size();
        }
        for (int i = 1; i < POINTS; i++) {
            Period before = points.get(i - 1).period();
            Period now = points.get(i).period();
            if (before.kind() != now.kind()) {
                return "the periods are not all of one frequency";
            }
            if (!before.next().equals(now)) {
                return "a gap in the periods: " + before.label() + " is not followed by " + now.label();
            }
        }
        return null;
    }

    private static Trend judged(double chi, double slope, boolean stable, Method method, Polarity polarity,
            List<Point> points) {
        Period from = points.get(0).period();
        Period to = points.get(POINTS - 1).period();
        if (!(chi > CRITICAL) || !stable) {
            return new Trend(NO_SIGNIFICANT_CHANGE, Direction.NONE, chi, slope, method, "", from, to);
        }
        Direction d = slope > 0 ? Direction.INCREASING : Direction.DECREASING;
        return new Trend(label(d, polarity), d, chi, slope, method, "", from, to);
    }

    /** "Increasing and getting better" for Good is High; "Increasing" alone where neither way is better. */
    static String label(Direction d, Polarity polarity) {
        String moving = d == Direction.INCREASING ? "Increasing" : "Decreasing";
        if (polarity != Polarity.HIGH && polarity != Polarity.LOW) {
            return moving;
        }
        boolean better = (d == Direction.INCREASING) == (polarity == Polarity.HIGH);
        return moving + (better ? " and getting better" : " and getting worse");
    }
}
