package org.perfbook.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Catalogue;
import org.perfbook.model.Indicator;
import org.perfbook.model.Period;
import org.perfbook.returns.ObservationKey;
import org.perfbook.testing.Indicators;

class EarlierFiguresTest {

    @Test
    void theReturnsReadAreLastPeriodsAndTheYearsEarlierOnes() {
        assertEquals(List.of(Period.quarter(2021, 1), Period.quarter(2021, 2)),
                EarlierFigures.returnsBefore(Period.quarter(2021, 3)));
        assertEquals(List.of(Period.quarter(2020, 4)), EarlierFigures.returnsBefore(Period.quarter(2021, 1)));
        assertEquals(List.of(Period.year(2020)), EarlierFigures.returnsBefore(Period.year(2021)));
    }

    @Test
    void theYearSoFarIsKnownOnlyWhenEveryEarlierQuarterIs() {
        Indicator visits = Indicators.count("LIB-01").cumulative().build();
        Indicator volunteers = Indicators.count("LIB-05").build();
        Catalogue c = new Catalogue(List.of(visits, volunteers), List.of(), List.of(), List.of(), List.of());
        Map<ObservationKey, Double> earlier = Map.of(
                new ObservationKey("LIB-01", Period.quarter(2021, 1), ""), 265139.0,
                new ObservationKey("LIB-01", Period.quarter(2021, 2), ""), 393140.0,
                new ObservationKey("LIB-01", Period.quarter(2020, 4), ""), 95135.0,
                new ObservationKey("LIB-05", Period.quarter(2021, 2), ""), 240.0);
        assertEquals(Map.of("LIB-01", 658279.0), EarlierFigures.yearSoFar(c, earlier, Period.quarter(2021, 3)),
                "not for an indicator that does not add up");
        assertEquals(Map.of(), EarlierFigures.yearSoFar(c, earlier, Period.quarter(2021, 1)), "none in Q1");
        assertEquals(Map.of(), EarlierFigures.yearSoFar(c, earlier, Period.quarter(2021, 4)), "Q3 is missing");
        assertEquals(Map.of("LIB-01", 393140.0, "LIB-05", 240.0),
                EarlierFigures.lastValues(c, earlier, Period.quarter(2021, 3)));
    }
}
