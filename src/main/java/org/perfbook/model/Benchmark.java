package org.perfbook.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A comparator's figure for the same indicator and period.
 *
 * @param comparator "England", "North West", "Statistical neighbours" or an authority's name
 */
public record Benchmark(
        String indicatorId,
        Period period,
        String comparator,
        double value,
        Double numerator,
        Double denominator) {

    public static final String ENGLAND = "England";
    public static final String REGION = "North West";
    public static final String NEIGHBOURS = "Statistical neighbours";

    public Benchmark {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(comparator, "comparator");
    }

    /** England, the region or the neighbours' average rather than one authority. */
    public boolean isAggregate() {
        String c = comparator.toLowerCase(Locale.ROOT);
        return c.equals("england") || c.equals("north west") || c.equals("statistical neighbours")
                || c.equals("region") || c.equals("national");
    }
}
