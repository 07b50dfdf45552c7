package org.perfbook.calc;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Confidence intervals by the methods used across English local government (PHE / OHID
 * Fingertips technical guidance): Wilson score for proportions; for counts and rates, Byar's
 * approximation from 10 events upwards and exact Poisson limits from chi-squared quantiles below.
 */
public final class ConfidenceIntervals {

    /** Below this many events Byar's approximation is not good enough. */
    public static final double BYARS_MINIMUM = 10;

    private static final NormalDistribution NORMAL = new NormalDistribution();
    /** Tighter than the library default so small lower limits stay accurate to 1e-9 relative. */
    private static final double QUANTILE_ACCURACY = 1e-14;

    private ConfidenceIntervals() {
    }

    /** Two-sided standard normal quantile: 1.959964 for 0.95, 3.090232 for 0.998. */
    public static double z(double confidence) {
        checkConfidence(confidence);
        return NORMAL.inverseCumulativeProbability(1 - (1 - confidence) / 2);
    }

    /**
     * Wilson score interval for {@code successes} of {@code trials}, scaled by {@code multiplier}
     * (100 for a percentage).
     */
    public static Interval wilson(double successes, double trials, double confidence, double multiplier) {
        if (!(trials > 0)) {
            throw new IllegalArgumentException("the denominator must be more than zero");
        }
        if (!(successes >= 0) || successes > trials) {
            throw new IllegalArgumentException("the numerator must be between zero and the denominator");
        }
        double z = z(confidence);
        double z2 = z * z;
        double q = 1 - successes / trials;
        double centre = 2 * successes + z2;
        double spread = z * Math.sqrt(z2 + 4 * successes * q);
        double scale = 2 * (trials + z2);
        // at 0 or n the closed form can land a rounding error outside [0, 1]
        double lower = successes == 0 ? 0 : Math.max(0, (centre - spread) / scale);
        double upper = successes == trials ? 1 : Math.min(1, (centre + spread) / scale);
        return new Interval(lower * multiplier, upper * multiplier, confidence, Interval.Method.WILSON);
    }

    /** Limits for an observed count of events: Byar's from 10 upwards, exact below. */
    public static Interval poissonCount(double events, double confidence) {
        if (!(events >= 0) || Double.isInfinite(events)) {
            throw new IllegalArgumentException("the count must be zero or more");
        }
        return events >= BYARS_MINIMUM ? byars(events, confidence) : exactPoisson(events, confidence);
    }

    /** Limits for a rate: events ÷ population × per. */
    public static Interval rate(double events, double population, double per, double confidence) {
        if (!(population > 0)) {
            throw new IllegalArgumentException("the denominator must be more than zero");
        }
        return poissonCount(events, confidence).scaled(per / population);
    }

    /** Byar's approximation to the Poisson limits of a count. */
    public static Interval byars(double events, double confidence) {
        double z = z(confidence);
        double o = events;
        double lower = o == 0 ? 0 : o * Math.pow(1 - 1 / (9 * o) - z / (3 * Math.sqrt(o)), 3);
        double o1 = o + 1;
        double upper = o1 * Math.pow(1 - 1 / (9 * o1) + z / (3 * Math.sqrt(o1)), 3);
        return new Interval(Math.max(0, lower), upper, confidence, Interval.Method.BYARS);
    }

    /** Exact (Garwood) Poisson limits: chi-squared quantiles on 2O and 2O + 2 degrees of freedom, halved. */
    public static Interval exactPoisson(double events, double confidence) {
        checkConfidence(confidence);
        double alpha = 1 - confidence;
        // chi-squared needs positive degrees of freedom; the lower limit of no events is zero
        double lower = events == 0 ? 0
                : new ChiSquaredDistribution(2 * events, QUANTILE_ACCURACY).inverseCumulativeProbability(alpha / 2) / 2;
        double upper = new ChiSquaredDistribution(2 * events + 2, QUANTILE_ACCURACY).inverseCumulativeProbability(1 - alpha / 2) / 2;
        return new Interval(lower, upper, confidence, Interval.Method.EXACT);
    }

    private static void checkConfidence(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("the confidence level must be between 0 and 1, not " + confidence);
        }
    }
}
