package org.perfbook.calc;

import java.util.Optional;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;

/**
 * A figure derived from a numerator and a denominator, which are kept so the book can print
 * "93.0% (40 of 43)" and intervals can be computed.
 *
 * @param multiplier 100 for a percentage, 1,000 / 10,000 / 100,000 for a rate, 1 for a proportion
 */
public record Estimate(double value, double numerator, double denominator, double multiplier) {

    /**
     * The one rule for an observation's value from its counts, used by the return check, the history
     * reader and the sample: a percentage is numerator ÷ denominator × 100, a rate numerator ÷
     * population × Per, a ratio numerator ÷ denominator (Per is a rate's). A count, an average, a sum
     * of money or a score is typed: its numerator and denominator, when given, are context only.
     *
     * @return empty when the measure's value is typed, a count is missing or the denominator is not
     *         above zero; the signs of the counts are the return check's business
     */
    public static Optional<Estimate> of(Indicator indicator, Double numerator, Double denominator) {
        if (!fromCounts(indicator.measure()) || numerator == null || denominator == null || !(denominator > 0)
                || Double.isInfinite(denominator) || !Double.isFinite(numerator)) {
            return Optional.empty();
        }
        double multiplier = multiplier(indicator);
        return Optional.of(new Estimate(numerator / denominator * multiplier, numerator, denominator, multiplier));
    }

    /** Whether a measure's value is worked out from its numerator and denominator. */
    public static boolean fromCounts(Measure measure) {
        return measure == Measure.PERCENTAGE || measure == Measure.RATE || measure == Measure.RATIO;
    }

    /** 1 for a ratio, else the indicator's Per (which the catalogue makes 100 for a percentage). */
    public static double multiplier(Indicator indicator) {
        return indicator.measure() == Measure.RATIO ? 1 : indicator.per();
    }

    /** numerator ÷ denominator × multiplier. */
    public static Estimate of(double numerator, double denominator, double multiplier) {
        if (!(denominator > 0) || Double.isInfinite(denominator)) {
            throw new IllegalArgumentException("the denominator must be more than zero, not " + denominator);
        }
        if (!(numerator >= 0) || Double.isInfinite(numerator)) {
            throw new IllegalArgumentException("the numerator must be zero or more, not " + numerator);
        }
        if (!(multiplier > 0)) {
            throw new IllegalArgumentException("the multiplier must be more than zero, not " + multiplier);
        }
        return new Estimate(numerator / denominator * multiplier, numerator, denominator, multiplier);
    }

    /** A percentage: 40 of 43 is 93.023…. */
    public static Estimate percentage(double numerator, double denominator) {
        if (numerator > denominator) {
            throw new IllegalArgumentException("the numerator (" + numerator
                    + ") is more than the denominator (" + denominator + ")");
        }
        return of(numerator, denominator, 100);
    }

    /** A rate per {@code per} of the population: 1,882 of 255,637 per 100,000 is 736.2…. */
    public static Estimate rate(double count, double population, double per) {
        return of(count, population, per);
    }
}
