package org.perfbook.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Gamma;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;

/**
 * A funnel plot of areas (districts): each area's figure against its denominator, compared with
 * the pooled average (the sum of the numerators over the sum of the denominators) and control
 * limits at 95% and 99.8%, by the PHE / OHID Fingertips construction.
 *
 * <p>Proportions: the limit at denominator n is the proportion whose Wilson score interval at n
 * just touches the average. The Wilson interval of p is the set of P with (p - P)² ≤ z²P(1 - P)/n,
 * so the limits have the closed form P ± z√(P(1 - P)/n), cut to [0, 1].
 *
 * <p>Rates: the expected count at n is E = average × n; the limits are the exact Poisson limits
 * for E, the λ with P(λ; E) = α/2 (lower) and Q(λ; E + 1) = α/2 (upper) in the regularised
 * incomplete gamma function, which equal half the chi-squared quantiles on 2E and 2E + 2 degrees
 * of freedom. They are found by bisection and converted to rates as λ ÷ n × multiplier.
 *
 * @param kind       proportion or rate
 * @param average    the pooled average in the figures' units (a percentage for percentages)
 * @param multiplier 100 for a percentage, the "per" of a rate
 * @param areas      the areas with their figures and classification
 */
public record Funnel(Kind kind, double average, double multiplier, List<Area> areas) {

    /** 95% and 99.8%: the levels of the Fingertips funnels ("2 and 3 sigma"). */
    public static final double INNER = 0.95;
    public static final double OUTER = 0.998;

    private static final NormalDistribution NORMAL = new NormalDistribution();

    public enum Kind {
        PROPORTION("Wilson score limits around the average"),
        RATE("exact Poisson limits around the expected count");

        private final String method;

        Kind(String method) {
            this.method = method;
        }

        public String method() {
            return method;
        }
    }

    /** Where an area lies against the limits, in the Fingertips wording. */
    public enum Significance {
        HIGH_OUTER("High (0.001)"),
        HIGH_INNER("High (0.025)"),
        NOT_SIGNIFICANT("Not significant"),
        LOW_INNER("Low (0.025)"),
        LOW_OUTER("Low (0.001)");

        private final String label;

        Significance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean outlier() {
            return this != NOT_SIGNIFICANT;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One area: its counts, its figure (numerator ÷ denominator × multiplier) and its place. */
    public record Area(String name, double numerator, double denominator, double value, Significance significance) {
        public Area {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(significance, "significance");
        }
    }

    /** The four control limits at one denominator, in the figures' units. */
    public record Limits(double denominator, double lowerOuter, double lowerInner, double upperInner, double upperOuter) {
    }

    public Funnel {
        Objects.requireNonNull(kind, "kind");
        areas = List.copyOf(areas);
    }

    /** "Funnel plot: Wilson score limits around the average at 95% and 99.8%". */
    public String method() {
        return "Funnel plot: " + kind.method() + " at 95% and 99.8%";
    }

    /** The limits at denominator {@code n}, in the figures' units. */
    public Limits limits(double n) {
        double pooled = average / multiplier;
        return new Limits(n,
                limit(kind, pooled, n, OUTER, false) * multiplier,
                limit(kind, pooled, n, INNER, false) * multiplier,
                limit(kind, pooled, n, INNER, true) * multiplier,
                limit(kind, pooled, n, OUTER, true) * multiplier);
    }

    public double minDenominator() {
        return areas.stream().mapToDouble(Area::denominator).min().orElse(0);
    }

    public double maxDenominator() {
        return areas.stream().mapToDouble(Area::denominator).max().orElse(0);
    }

    public List<Area> outliers() {
        return areas.stream().filter(a -> a.significance().outlier()).toList();
    }

    /** The area's classification, or null if it is not on the plot. */
    public Significance significanceOf(String name) {
        return areas.stream().filter(a -> a.name().equals(name)).map(Area::significance).findFirst().orElse(null);
    }

    /**
     * The funnel for counted areas, with the pooled average and each area's classification.
     *
     * @param names        the areas' names
     * @param numerators   events or successes
     * @param denominators people (more than zero)
     */
    public static Funnel of(Kind kind, double multiplier, List<String> names, double[] numerators, double[] denominators) {
        if (names.size() != numerators.length || names.size() != denominators.length || names.isEmpty()) {
            throw new IllegalArgumentException("a funnel needs one numerator and one denominator per area");
        }
        if (!(multiplier > 0)) {
            throw new IllegalArgumentException("the multiplier must be more than zero");
        }
        double sumN = 0;
        double sumD = 0;
        for (int i = 0; i < numerators.length; i++) {
            double x = numerators[i];
            double n = denominators[i];
            if (!(n > 0) || Double.isInfinite(n)) {
                throw new IllegalArgumentException("the denominator of " + names.get(i) + " must be more than zero");
            }
            if (!(x >= 0) || Double.isInfinite(x) || (kind == Kind.PROPORTION && x > n)) {
                throw new IllegalArgumentException("the numerator of " + names.get(i) + " is out of range");
            }
            sumN += x;
            sumD += n;
        }
        double pooled = sumN / sumD;
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < numerators.length; i++) {
            double n = denominators[i];
            double p = numerators[i] / n;
            Significance s;
            if (p > limit(kind, pooled, n, OUTER, true)) {
                s = Significance.HIGH_OUTER;
            } else if (p > limit(kind, pooled, n, INNER, true)) {
                s = Significance.HIGH_INNER;
            } else if (p < limit(kind, pooled, n, OUTER, false)) {
                s = Significance.LOW_OUTER;
            } else if (p < limit(kind, pooled, n, INNER, false)) {
                s = Significance.LOW_INNER;
            } else {
                s = Significance.NOT_SIGNIFICANT;
            }
            areas.add(new Area(names.get(i), numerators[i], n, p * multiplier, s));
        }
        return new Funnel(kind, pooled * multiplier, multiplier, areas);
    }

    /**
     * The funnel of an indicator's area figures, or null where a funnel says nothing the ranked
     * bar does not: figures that are not percentages or rates, fewer than two areas with counts,
     * or areas whose denominators are all the same.
     */
    public static Funnel forBreakdown(Indicator ind, List<Evaluation> breakdown) {
        if (ind.measure() != Measure.PERCENTAGE && ind.measure() != Measure.RATE) {
            return null;
        }
        Kind kind = ind.measure() == Measure.PERCENTAGE ? Kind.PROPORTION : Kind.RATE;
        List<Observation> counted = breakdown.stream().map(Evaluation::observation)
                .filter(o -> o.numerator() != null && o.denominator() != null && o.denominator() > 0
                        && o.numerator() >= 0 && Double.isFinite(o.numerator()) && Double.isFinite(o.denominator())
                        && (kind == Kind.RATE || o.numerator() <= o.denominator()))
                .toList();
        if (counted.size() < 2 || counted.stream().mapToDouble(Observation::denominator).distinct().count() < 2) {
            return null;
        }
        double multiplier = ind.per() > 0 ? ind.per() : kind == Kind.PROPORTION ? 100 : 1;
        return of(kind, multiplier, counted.stream().map(Observation::breakdown).toList(),
                counted.stream().mapToDouble(Observation::numerator).toArray(),
                counted.stream().mapToDouble(Observation::denominator).toArray());
    }

    /** Two-sided normal quantile: 1.959964 for 0.95 (0.975 one-sided), 3.090232 for 0.998 (0.999). */
    static double z(double confidence) {
        return NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /** A limit as a proportion (0 to 1) or as events per person, at denominator n. */
    static double limit(Kind kind, double pooled, double n, double confidence, boolean upper) {
        if (kind == Kind.PROPORTION) {
            return proportionLimit(pooled, n, confidence, upper);
        }
        return poissonLimit(pooled * n, confidence, upper) / n;
    }

    /** The proportion whose Wilson interval at n has its lower (for upper) or upper (for lower) bound at the average. */
    public static double proportionLimit(double average, double n, double confidence, boolean upper) {
        if (!(n > 0)) {
            throw new IllegalArgumentException("the denominator must be more than zero");
        }
        if (!(average >= 0 && average <= 1)) {
            throw new IllegalArgumentException("the average must be a proportion");
        }
        double spread = z(confidence) * Math.sqrt(average * (1 - average) / n);
        return upper ? Math.min(1, average + spread) : Math.max(0, average - spread);
    }

    /**
     * Exact Poisson limit for an expected count: the λ where P(λ; E) = α/2 (lower) or
     * Q(λ; E + 1) = α/2 (upper), found by bisection.
     */
    public static double poissonLimit(double expected, double confidence, boolean upper) {
        if (!(expected >= 0) || Double.isInfinite(expected)) {
            throw new IllegalArgumentException("the expected count must be zero or more");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence must be between 0 and 1");
        }
        double tail = (1 - confidence) / 2;
        if (!upper && expected == 0) {
            return 0;
        }
        // lower: P(E, λ) rises from 0 to 1 as λ grows; upper: Q(E + 1, λ) falls from 1 to 0
        java.util.function.DoubleUnaryOperator aboveTail = upper
                ? lambda -> tail - Gamma.regularizedGammaQ(expected + 1, lambda)
                : lambda -> Gamma.regularizedGammaP(expected, lambda) - tail;
        double lo = 0;
        double hi = Math.max(1, expected);
        while (aboveTail.applyAsDouble(hi) < 0) {
            lo = hi;
            hi *= 2;
        }
        for (int i = 0; i < 2000; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (aboveTail.applyAsDouble(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }
}
