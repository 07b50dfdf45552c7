package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfbook.calc.Funnel.Kind;
import org.perfbook.calc.Funnel.Significance;
import org.perfbook.model.Frequency;
import org.perfbook.model.Indicator;
import org.perfbook.model.Measure;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;

/**
 * Worked values computed separately from the definitions: P ± z√(P(1-P)/n) for proportions, and
 * for rates the roots of the regularised incomplete gamma function found to 30 digits.
 */
class FunnelTest {

    private static void assertRelative(double expected, double actual) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertTrue(Math.abs(expected - actual) / scale <= 1e-9, () -> "expected " + expected + " but was " + actual);
    }

    @ParameterizedTest
    @CsvSource({
        "0.3, 100, 0.95, 0.21018316681457945, 0.38981683318542053",
        "0.3, 100, 0.998, 0.15838776541988044, 0.44161223458011954",
        "0.05, 2000, 0.95, 0.040448317059727882, 0.059551682940272123",
        "0.05, 2000, 0.998, 0.0349400706170488, 0.065059929382951206",
        "0.62, 37, 0.95, 0.46360067583650412, 0.77639932416349587",
        "0.62, 37, 0.998, 0.37340860954326871, 0.86659139045673128"
    })
    void proportionLimitsMatchWorkedValues(double average, double n, double confidence, double lower, double upper) {
        assertEquals(lower, Funnel.proportionLimit(average, n, confidence, false), 1e-9);
        assertEquals(upper, Funnel.proportionLimit(average, n, confidence, true), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0.3, 100", "0.05, 2000", "0.62, 37", "0.5, 13", "0.9, 5000"})
    void wilsonIntervalAtEachProportionLimitTouchesTheAverage(double average, double n) {
        for (double confidence : new double[] {Funnel.INNER, Funnel.OUTER}) {
            double upper = Funnel.proportionLimit(average, n, confidence, true);
            double lower = Funnel.proportionLimit(average, n, confidence, false);
            assertEquals(average, ConfidenceIntervals.wilson(upper * n, n, confidence, 1).lower(), 1e-9);
            assertEquals(average, ConfidenceIntervals.wilson(lower * n, n, confidence, 1).upper(), 1e-9);
        }
    }

    @Test
    void levelsUseTheOneSidedNormalQuantilesOf0975And0999() {
        assertEquals(1.959963984540054, Funnel.z(Funnel.INNER), 1e-12);
        assertEquals(3.090232306167813, Funnel.z(Funnel.OUTER), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({
        "0.4, 0.95, 7.3283243553458677e-5, 4.4858818845257897",
        "0.4, 0.998, 2.3449410847664819e-8, 7.9004300388876493",
        "3.5, 0.95, 0.84493459033867755, 9.5113838993208163",
        "3.5, 0.998, 0.29924687618768805, 13.938582435628286",
        "12.0, 0.95, 6.2005751087222174, 20.961585048176954",
        "12.0, 0.998, 4.0424407904245858, 27.025981194288319",
        "250.0, 0.95, 219.96799563093732, 282.98770504231609",
        "250.0, 0.998, 203.97348037299961, 302.82060555152575"
    })
    void poissonLimitsMatchWorkedValues(double expected, double confidence, double lower, double upper) {
        assertRelative(lower, Funnel.poissonLimit(expected, confidence, false));
        assertRelative(upper, Funnel.poissonLimit(expected, confidence, true));
    }

    @ParameterizedTest
    @CsvSource({"0.4", "1", "3.5", "12", "49.0625", "250", "4000"})
    void poissonLimitsAreHalfTheChiSquaredQuantiles(double expected) {
        for (double confidence : new double[] {Funnel.INNER, Funnel.OUTER}) {
            double alpha = 1 - confidence;
            double lower = new ChiSquaredDistribution(2 * expected, 1e-14).inverseCumulativeProbability(alpha / 2) / 2;
            double upper = new ChiSquaredDistribution(2 * expected + 2, 1e-14).inverseCumulativeProbability(1 - alpha / 2) / 2;
            assertEquals(lower, Funnel.poissonLimit(expected, confidence, false), 1e-9);
            assertEquals(upper, Funnel.poissonLimit(expected, confidence, true), 1e-9);
        }
    }

    @Test
    void noExpectedEventsHasALowerLimitOfZero() {
        assertEquals(0, Funnel.poissonLimit(0, Funnel.OUTER, false));
        assertRelative(-Math.log(0.025), Funnel.poissonLimit(0, Funnel.INNER, true));
    }

    @Test
    void proportionsAreClassifiedAgainstThePooledAverage() {
        Funnel f = Funnel.of(Kind.PROPORTION, 100, List.of("A", "B", "C", "D", "E", "F"),
                new double[] {30, 420, 355, 280, 120, 12}, new double[] {100, 1000, 1000, 1000, 400, 80});
        assertEquals(100 * 1217.0 / 3580.0, f.average(), 1e-9);
        assertEquals(List.of(Significance.NOT_SIGNIFICANT, Significance.HIGH_OUTER, Significance.NOT_SIGNIFICANT,
                Significance.LOW_OUTER, Significance.NOT_SIGNIFICANT, Significance.LOW_OUTER),
                f.areas().stream().map(Funnel.Area::significance).toList());
        Funnel.Limits at1000 = f.limits(1000);
        assertEquals(29.365433968804233, at1000.lowerOuter(), 1e-9);
        assertEquals(31.05850694941627, at1000.lowerInner(), 1e-9);
        assertEquals(36.930319866226186, at1000.upperInner(), 1e-9);
        assertEquals(38.62339284683822, at1000.upperOuter(), 1e-9);
        assertEquals(List.of("B", "D", "F"), f.outliers().stream().map(Funnel.Area::name).toList());
        assertEquals("High (0.001)", f.significanceOf("B").label());
        assertTrue(f.method().contains("Wilson"));
    }

    @Test
    void ratesAreClassifiedByExactPoissonLimitsOnTheExpectedCount() {
        Funnel f = Funnel.of(Kind.RATE, 10_000, List.of("A", "B", "C", "D", "E"),
                new double[] {5, 60, 30, 22, 40}, new double[] {20000, 50000, 40000, 9000, 41000});
        assertEquals(9.8125, f.average(), 1e-9);
        assertEquals(List.of(Significance.LOW_OUTER, Significance.NOT_SIGNIFICANT, Significance.NOT_SIGNIFICANT,
                Significance.HIGH_INNER, Significance.NOT_SIGNIFICANT),
                f.areas().stream().map(Funnel.Area::significance).toList());
        Funnel.Limits at20000 = f.limits(20000);
        assertRelative(4.356229972728601, at20000.lowerOuter());
        assertRelative(5.962184560620115, at20000.lowerInner());
        assertRelative(15.216216298476475, at20000.upperInner());
        assertRelative(18.77000705694016, at20000.upperOuter());
        assertEquals(24.444444444444443, f.areas().get(3).value(), 1e-9);
        assertTrue(f.method().contains("Poisson"));
    }

    @Test
    void limitsNarrowAsTheDenominatorGrows() {
        Funnel f = Funnel.of(Kind.RATE, 1000, List.of("A", "B"), new double[] {10, 90}, new double[] {1000, 9000});
        double previous = Double.MAX_VALUE;
        for (double n = 100; n <= 100_000; n *= 1.5) {
            Funnel.Limits l = f.limits(n);
            assertTrue(l.lowerOuter() < l.lowerInner() && l.lowerInner() < f.average()
                    && f.average() < l.upperInner() && l.upperInner() < l.upperOuter());
            assertTrue(l.upperOuter() - l.lowerOuter() < previous);
            previous = l.upperOuter() - l.lowerOuter();
        }
    }

    @Test
    void breakdownGetsAFunnelOnlyWhereDenominatorsDiffer() {
        Indicator pct = indicator("P1", Measure.PERCENTAGE, 100);
        assertNotNull(Funnel.forBreakdown(pct, List.of(area(pct, "North", 30.0, 100.0), area(pct, "South", 50.0, 120.0))));
        assertNull(Funnel.forBreakdown(pct, List.of(area(pct, "North", 30.0, 100.0), area(pct, "South", 50.0, 100.0))));
        assertNull(Funnel.forBreakdown(pct, List.of(area(pct, "North", 30.0, 100.0), area(pct, "South", null, null))));
        Indicator count = indicator("C1", Measure.COUNT, 1);
        assertNull(Funnel.forBreakdown(count, List.of(area(count, "North", 30.0, 100.0), area(count, "South", 50.0, 120.0))));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> Funnel.of(Kind.PROPORTION, 100, List.of("A"),
                new double[] {5}, new double[] {4}));
        assertThrows(IllegalArgumentException.class, () -> Funnel.of(Kind.RATE, 100, List.of("A"),
                new double[] {5}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Funnel.poissonLimit(-1, 0.95, true));
    }

    private static Indicator indicator(String id, Measure measure, double per) {
        return new Indicator(id, "Figure", "", "", "Service", Frequency.QUARTERLY, measure, per, "people",
                Polarity.HIGH, null, null, false, 1, "District");
    }

    private static Evaluation area(Indicator ind, String name, Double numerator, Double denominator) {
        Double value = numerator == null ? null : numerator / denominator * ind.per();
        Observation o = new Observation(ind.id(), Period.quarter(2023, 1), name, value, numerator, denominator, "", null);
        return new Evaluation(o, null, null, null, null, value, null);
    }
}
