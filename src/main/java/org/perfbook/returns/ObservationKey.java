package org.perfbook.returns;

import java.util.Locale;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;

/** Identifies one figure: indicator, period and breakdown (case-insensitive IDs and areas). */
public record ObservationKey(String indicatorId, Period period, String breakdown) {

    public ObservationKey {
        indicatorId = indicatorId.strip().toUpperCase(Locale.ROOT);
        breakdown = breakdown == null ? "" : breakdown.strip().toLowerCase(Locale.ROOT);
    }

    public static ObservationKey of(Observation o) {
        return new ObservationKey(o.indicatorId(), o.period(), o.breakdown());
    }
}
