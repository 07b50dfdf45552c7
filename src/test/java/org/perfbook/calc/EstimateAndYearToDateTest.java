package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Target;

class EstimateAndYearToDateTest {

    /** Seed catalogue §2, C1-C3: published percentages and rates from their counts. */
    @ParameterizedTest
    @CsvSource({
        "40, 43, 100, 93.023",           // emergency defects, Q3 2021/22
        "210, 222, 100, 94.595",
        "847, 935, 100, 90.588",
        "3793, 4263, 100, 88.975",       // published as 88.97 (truncated)
        "8462, 9003, 100, 93.991",
        "1772, 1819, 100, 97.416",
        "3080, 3388, 100, 90.909",       // LD in own home, Q2
        "1784, 245500, 10000, 72.668",   // children looked after per 10,000 aged 0-17
        "1241, 246700, 10000, 50.304",   // child protection plans per 10,000
        "1882, 255637, 100000, 736.200", // admissions 65+ per 100,000
        "243697, 563565, 100, 43.242",   // recycling with the adjusted denominator (C36)
        "178316, 184751, 100, 96.517"    // recovery rate (C37)
    })
    void reproducesTheSeedsFigures(double n, double d, double per, double expected) {
        Estimate e = Estimate.of(n, d, per);
        assertEquals(expected, e.value(), 0.0005);
        assertEquals(n, e.numerator());
        assertEquals(d, e.denominator());
    }

    private static Indicator measured(Measure measure, double per) {
        return new Indicator("X-01", "X", "", "", "", Frequency.QUARTERLY, measure, per, "", Polarity.HIGH, null,
                null, false, 1, "");
    }

    /** The one value rule, for every measure: 3 of 4 with Per 1,000 (Per is 100 for a percentage). */
    @Test
    void theValueRuleForEveryMeasure() {
        Map<Measure, Double> expected = new java.util.EnumMap<>(Measure.class);
        expected.put(Measure.PERCENTAGE, 75.0);
        expected.put(Measure.RATE, 750.0);
        expected.put(Measure.RATIO, 0.75); // Per is a rate's; a ratio is the plain quotient
        for (Measure m : Measure.values()) {
            Optional<Estimate> e = Estimate.of(measured(m, m == Measure.PERCENTAGE ? 100 : 1000), 3.0, 4.0);
            if (expected.containsKey(m)) {
                assertEquals(expected.get(m), e.orElseThrow().value(), 1e-9, m.label());
                assertEquals(3.0, e.get().numerator());
                assertEquals(4.0, e.get().denominator());
                assertEquals(Estimate.fromCounts(m), true);
            } else {
                assertFalse(e.isPresent(), m.label() + "'s value is typed, not worked out");
                assertFalse(Estimate.fromCounts(m));
            }
        }
    }

    @Test
    void theValueRuleNeedsBothCountsAndADenominatorAboveZero() {
        Indicator pct = measured(Measure.PERCENTAGE, 100);
        assertFalse(Estimate.of(pct, null, 4.0).isPresent());
        assertFalse(Estimate.of(pct, 3.0, null).isPresent());
        assertFalse(Estimate.of(pct, 3.0, 0.0).isPresent());
        assertFalse(Estimate.of(measured(Measure.RATIO, 1), 3.0, -4.0).isPresent());
        assertEquals(1.0, Estimate.multiplier(measured(Measure.RATIO, 1000)));
        assertEquals(1000.0, Estimate.multiplier(measured(Measure.RATE, 1000)));
    }

    @Test
    void refusesWhatCannotBeComputed() {
        assertThrows(IllegalArgumentException.class, () -> Estimate.percentage(44, 43));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(4, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> Estimate.of(-1, 10, 100));
    }

    @Test
    void libraryVisitsYearToDateAtQuarterThree() {
        // 265,139 + 393,140 + 440,628 = 1,098,907 (the seed printed 1,099,525), target 1,400,000
        YearToDate ytd = YearToDate.of(List.of(265139.0, 393140.0, 440628.0), Period.quarter(2021, 3),
                Target.of(1_400_000));
        assertEquals(1_098_907, ytd.total(), 1e-9);
        assertEquals(0.75, ytd.fractionElapsed(), 1e-12);
        assertEquals(1_050_000, ytd.proRataTarget().low(), 1e-6);
        assertEquals(1_465_209.33, ytd.forecastYearEnd(), 0.01);
    }

    @Test
    void yearToDateWithoutTargetOrWithAGap() {
        assertNull(YearToDate.of(List.of(48.0), Period.quarter(2021, 1), null).proRataTarget());
        assertThrows(IllegalArgumentException.class,
                () -> YearToDate.of(java.util.Arrays.asList(48.0, null), Period.quarter(2021, 2), null));
    }

    @Test
    void aStatisticsResultKeepsNoReferenceToItsIntervals() {
        List<Interval> intervals = new java.util.ArrayList<>(List.of(ConfidenceIntervals.wilson(40, 43, 0.95, 100)));
        Statistic.Result r = new Statistic.Result(93.0, intervals, Interval.Method.WILSON, "");
        intervals.clear();
        assertEquals(1, r.intervals().size());
    }
}
