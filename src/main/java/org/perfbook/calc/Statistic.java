package org.perfbook.calc;

import java.util.ArrayList;
import java.util.List;
import org.perfbook.model.Numbers;

/** The two statistics of the analyst's calculator, each with its own interval method. */
public enum Statistic {
    RATE("rate", 100000),
    PROPORTION("proportion", 1);

    private final String label;
    private final double defaultMultiplier;

    Statistic(String label, double defaultMultiplier) {
        this.label = label;
        this.defaultMultiplier = defaultMultiplier;
    }

    public double defaultMultiplier() {
        return defaultMultiplier;
    }

    /** "rate per 100000", "percentage", "proportion of 1": PHEindicatormethods' statistic column. */
    public String describe(double multiplier) {
        String m = Numbers.plain(multiplier);
        if (this == PROPORTION && multiplier == 100) {
            return "percentage";
        }
        return this == RATE ? label + " per " + m : label + " of " + m;
    }

    /**
     * One row's figure and intervals. Never throws for bad data: a row that cannot be computed
     * comes back with a plain-English note and no figures.
     *
     * @param confidences e.g. 0.95 and 0.998
     */
    public Result compute(Double numerator, Double denominator, double multiplier, List<Double> confidences) {
        String problem = problem(numerator, denominator);
        if (problem != null) {
            return new Result(null, List.of(), null, problem);
        }
        double n = numerator;
        double d = denominator;
        List<Interval> intervals = new ArrayList<>();
        for (double level : confidences) {
            intervals.add(this == RATE ? ConfidenceIntervals.rate(n, d, multiplier, level)
                    : ConfidenceIntervals.wilson(n, d, level, multiplier));
        }
        Interval.Method method = intervals.isEmpty() ? null : intervals.get(0).method();
        return new Result(Estimate.of(n, d, multiplier).value(), intervals, method, "");
    }

    private String problem(Double numerator, Double denominator) {
        if (numerator == null) {
            return "no numerator";
        }
        if (denominator == null) {
            return "no denominator";
        }
        if (numerator.isNaN() || numerator.isInfinite() || denominator.isNaN() || denominator.isInfinite()) {
            return "the numerator and denominator must be ordinary numbers";
        }
        if (numerator < 0) {
            return "the numerator is negative (" + Numbers.plain(numerator) + "); counts cannot be below zero";
        }
        if (denominator < 0) {
            return "the denominator is negative (" + Numbers.plain(denominator) + ")";
        }
        if (denominator == 0) {
            return this == RATE ? "the denominator is zero: a rate needs a population of more than zero"
                    : "the denominator is zero: a proportion needs at least one case";
        }
        if (this == PROPORTION && numerator > denominator) {
            return "the numerator (" + Numbers.plain(numerator) + ") is more than the denominator (" + Numbers.plain(denominator)
                    + "): a proportion cannot be more than the whole";
        }
        return null;
    }


    /**
     * @param value     the figure, or null when the row could not be computed
     * @param intervals one per requested confidence level, in the order asked
     * @param note      empty when computed, else why not
     */
    public record Result(Double value, List<Interval> intervals, Interval.Method method, String note) {
        public Result {
            intervals = List.copyOf(intervals);
        }

        public boolean computed() {
            return value != null;
        }
    }
}
