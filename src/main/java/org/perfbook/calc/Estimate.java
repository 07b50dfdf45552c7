package org.perfbook.calc;

/**
 * A figure derived from a numerator and a denominator, which are kept so the book can print
 * "93.0% (40 of 43)" and intervals can be computed.
 *
 * @param multiplier 100 for a percentage, 1,000 / 10,000 / 100,000 for a rate, 1 for a proportion
 */
public record Estimate(double value, double numerator, double denominator, double multiplier) {

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
