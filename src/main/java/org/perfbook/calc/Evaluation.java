package org.perfbook.calc;

import org.perfbook.model.Direction;
import org.perfbook.model.Observation;
import org.perfbook.model.Status;
import org.perfbook.model.Target;

/**
 * One observation with everything derived from it alone and its predecessor: its interval, the
 * target in force, its status and its direction of travel.
 *
 * @param interval95 null where the measure has no interval or the counts are missing
 * @param target     the target for the observation's year, or null
 * @param rated      the figure the status was judged on: the value, or the year-to-date total for a
 *                   cumulative indicator
 * @param yearToDate null unless the indicator is cumulative and the year so far is complete
 */
public record Evaluation(
        Observation observation,
        Interval interval95,
        Target target,
        Status status,
        Direction direction,
        Double rated,
        YearToDate yearToDate) {
}
