package org.perfbook.model;

import java.util.Objects;

/**
 * One figure of one indicator for one period, and optionally one breakdown such as a district.
 * Optional numbers are null when the return left them blank.
 *
 * @param breakdown  empty for the whole authority, else e.g. a district name
 * @param value      the figure in the indicator's units (percent numbers for percentages)
 * @param commentary the service's words, as typed
 */
public record Observation(
        String indicatorId,
        Period period,
        String breakdown,
        Double value,
        Double numerator,
        Double denominator,
        String commentary,
        Source source) {

    public Observation {
        Objects.requireNonNull(indicatorId, "indicatorId");
        Objects.requireNonNull(period, "period");
        breakdown = breakdown == null ? "" : breakdown;
        commentary = commentary == null ? "" : commentary;
        source = source == null ? Source.of("") : source;
    }

    public boolean isTotal() {
        return breakdown.isEmpty();
    }
}
