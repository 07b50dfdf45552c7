package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfbook.model.Direction;
import org.perfbook.model.Indicator;
import org.perfbook.model.Observation;
import org.perfbook.model.Period;
import org.perfbook.model.Polarity;
import org.perfbook.model.Source;
import org.perfbook.model.Status;
import org.perfbook.testing.Indicators;

class TrendTest {

    /** Five quarters from Q1 2023-24. */
    private static List<Period> quarters(int count) {
        List<Period> out = new ArrayList<>();
        for (Period p = Period.quarter(2023, 1); out.size() < count; p = p.next()) {
            out.add(p);
        }
        return out;
    }

    private static List<Trend.Point> counts(double[] x, double[] n) {
        List<Period> ps = quarters(x.length);
        List<Trend.Point> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            out.add(Trend.Point.counts(ps.get(i), x[i], n[i]));
        }
        return out;
    }

    /** Points with the value ± 1.96 standard errors. */
    private static List<Trend.Point> withSe(double[] y, double[] se) {
        List<Period> ps = quarters(y.length);
        List<Trend.Point> out = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            out.add(Trend.Point.interval(ps.get(i), y[i], y[i] - 1.96 * se[i], y[i] + 1.96 * se[i]));
        }
        return out;
    }

    @Test
    void theThresholdIsChiSquaredOnOneDegreeOfFreedomAt998() {
        assertEquals(9.54953570608324, Trend.CRITICAL, 1e-9);
    }

    @Test
    void anIncreasingProportionMatchesTheWrittenOutSums() {
        double[] x = {50, 55, 60, 66, 70};
        double[] n = {100, 100, 100, 100, 100};
        // N = 500, O = 301, Σt·x = 50 + 110 + 180 + 264 + 350 = 954, Σt·n = 1500, Σt²·n = 5500
        double expected = 500 * Math.pow(500.0 * 954 - 301.0 * 1500, 2) / (301.0 * 199 * (500.0 * 5500 - 1500.0 * 1500));
        Trend t = Trend.proportions(counts(x, n), Polarity.HIGH, 100);
        assertEquals(expected, t.chiSquared(), 1e-9);
        assertTrue(expected > Trend.CRITICAL, "the fixture must be significant");
        assertEquals("Increasing and getting better", t.label());
        assertEquals(Trend.Direction.INCREASING, t.direction());
        assertEquals(Trend.Method.CHI_SQUARED_FOR_TREND, t.method());
        assertEquals("Chi-squared test for trend", t.method().label());
        assertEquals(Period.quarter(2023, 1), t.from());
        assertEquals(Period.quarter(2024, 1), t.to());
        // n-weighted slope of x/n on t, per period, as percentage points: Σn(t − t̄)(p − p̄) / Σn(t − t̄)²
        double tBar = 3;
        double pBar = 301.0 / 500;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < 5; i++) {
            sxy += n[i] * (i + 1 - tBar) * (x[i] / n[i] - pBar);
            sxx += n[i] * (i + 1 - tBar) * (i + 1 - tBar);
        }
        assertEquals(sxy / sxx * 100, t.slope(), 1e-9);
    }

    @Test
    void theProportionStatisticMatchesTheCentredForm() {
        double[] x = {30, 41, 38, 52, 49};
        double[] n = {120, 130, 110, 140, 125};
        double bigN = 0;
        double o = 0;
        double stn = 0;
        for (int i = 0; i < 5; i++) {
            bigN += n[i];
            o += x[i];
            stn += (i + 1) * n[i];
        }
        double tBar = stn / bigN;
        double p = o / bigN;
        double num = 0;
        double den = 0;
        for (int i = 0; i < 5; i++) {
            num += (i + 1 - tBar) * x[i];
            den += n[i] * (i + 1 - tBar) * (i + 1 - tBar);
        }
        double expected = num * num / (p * (1 - p) * den);
        Trend t = Trend.proportions(counts(x, n), Polarity.HIGH, 1);
        assertEquals(expected, t.chiSquared(), 1e-9);
        // N·r² of the 625 ungrouped 0/1 outcomes against t, and their least-squares slope, worked separately
        assertEquals(6.41320323877315, t.chiSquared(), 1e-9);
        assertEquals(0.03384132675930105, t.slope(), 1e-12);
        assertEquals("No significant change", t.label(), "6.41 is below 9.55");
    }

    @Test
    void aDecreasingProportionWhereLowIsGoodIsGettingBetter() {
        double[] x = {80, 72, 65, 58, 50};
        double[] n = {100, 100, 100, 100, 100};
        Trend low = Trend.proportions(counts(x, n), Polarity.LOW, 100);
        assertEquals("Decreasing and getting better", low.label());
        assertEquals(Trend.Direction.DECREASING, low.direction());
        assertTrue(low.slope() < 0);
        assertEquals("Decreasing and getting worse", Trend.proportions(counts(x, n), Polarity.HIGH, 100).label());
        assertEquals("Decreasing", Trend.proportions(counts(x, n), Polarity.NONE, 100).label());
    }

    @Test
    void anIncreasingFigureWhereLowIsGoodIsGettingWorse() {
        double[] x = {50, 58, 65, 72, 80};
        double[] n = {100, 100, 100, 100, 100};
        assertEquals("Increasing and getting worse", Trend.proportions(counts(x, n), Polarity.LOW, 100).label());
        assertEquals("Increasing", Trend.proportions(counts(x, n), Polarity.RANGE, 100).label());
    }

    @Test
    void aSmallMovementIsNoSignificantChange() {
        double[] x = {50, 52, 49, 53, 51};
        double[] n = {100, 100, 100, 100, 100};
        Trend t = Trend.proportions(counts(x, n), Polarity.HIGH, 100);
        assertEquals("No significant change", t.label());
        assertEquals(Trend.Direction.NONE, t.direction());
        assertTrue(t.calculated());
        assertTrue(t.chiSquared() < Trend.CRITICAL);
    }

    @Test
    void weightedLeastSquaresMatchesTheCentredWeightedFit() {
        double[] y = {10, 12, 13, 15, 17};
        double[] se = {0.5, 0.4, 0.6, 0.3, 0.5};
        double sw = 0;
        double swt = 0;
        double swy = 0;
        for (int i = 0; i < 5; i++) {
            double w = 1 / (se[i] * se[i]);
            sw += w;
            swt += w * (i + 1);
            swy += w * y[i];
        }
        double tBar = swt / sw;
        double yBar = swy / sw;
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < 5; i++) {
            double w = 1 / (se[i] * se[i]);
            sxy += w * (i + 1 - tBar) * (y[i] - yBar);
            sxx += w * (i + 1 - tBar) * (i + 1 - tBar);
        }
        double b = sxy / sxx;
        double expected = b * b * sxx;
        // SE from (upper − lower) / 3.92, so the interval is ±1.96 SE
        Trend t = Trend.values(withSe(y, se), Polarity.LOW);
        assertEquals(b, t.slope(), 1e-9);
        // (XᵀWX)⁻¹XᵀWy worked separately as matrices
        assertEquals(1.6698208961297047, t.slope(), 1e-9);
        assertEquals(135.29212351545516, t.chiSquared(), 1e-9);
        assertEquals(expected, t.chiSquared(), 1e-9 * expected);
        assertEquals(Trend.Method.WEIGHTED_LEAST_SQUARES, t.method());
        assertEquals("Weighted least squares", t.method().label());
        assertEquals("Increasing and getting worse", t.label());
    }

    @Test
    void aSlopeThatFlipsWhenOnePointIsLeftOutIsNoSignificantChange() {
        // the last point alone carries the rise; the first four fall
        double[] y = {10.4, 10.3, 10.2, 10.1, 20};
        double[] se = {0.05, 0.05, 0.05, 0.05, 0.05};
        Trend t = Trend.values(withSe(y, se), Polarity.HIGH);
        assertTrue(t.chiSquared() > Trend.CRITICAL, "significant on all five points");
        assertTrue(t.slope() > 0);
        assertEquals("No significant change", t.label());
        assertEquals(Trend.Direction.NONE, t.direction());

        // the same rise carried by every point keeps its sign and is significant
        double[] steady = {10, 12.5, 15, 17.5, 20};
        assertEquals("Increasing and getting better", Trend.values(withSe(steady, se), Polarity.HIGH).label());
    }

    @Test
    void aProportionWhoseSlopeFlipsWhenOnePointIsLeftOutIsNoSignificantChange() {
        double[] x = {41, 40, 39, 38, 900};
        double[] n = {100, 100, 100, 100, 1000};
        Trend t = Trend.proportions(counts(x, n), Polarity.HIGH, 100);
        assertTrue(t.chiSquared() > Trend.CRITICAL, "significant on all five points");
        assertEquals("No significant change", t.label());
    }

    @Test
    void guardsSayWhyTheTrendCannotBeCalculated() {
        double[] five = {1, 2, 3, 4, 5};
        double[] hundred = {100, 100, 100, 100, 100};
        Trend few = Trend.proportions(counts(new double[] {1, 2, 3}, new double[] {9, 9, 9}), Polarity.HIGH, 100);
        assertEquals("Cannot be calculated", few.label());
        assertTrue(few.reason().contains("fewer than 5"), few.reason());
        assertNull(few.chiSquared());
        assertFalse(few.calculated());

        Trend none = Trend.proportions(counts(new double[] {0, 0, 0, 0, 0}, hundred), Polarity.HIGH, 100);
        assertTrue(none.reason().contains("O = 0"), none.reason());
        Trend all = Trend.proportions(counts(hundred, hundred), Polarity.HIGH, 100);
        assertTrue(all.reason().contains("O = N"), all.reason());
        Trend zeroDenominator = Trend.proportions(counts(five, new double[] {100, 0, 100, 100, 100}), Polarity.HIGH, 100);
        assertTrue(zeroDenominator.reason().contains("denominator"), zeroDenominator.reason());

        List<Trend.Point> gap = new ArrayList<>(counts(five, hundred));
        gap.set(4, Trend.Point.counts(Period.quarter(2024, 2), 5, 100));
        assertTrue(Trend.proportions(gap, Polarity.HIGH, 100).reason().contains("gap"));

        List<Trend.Point> noInterval = new ArrayList<>(withSe(five, new double[] {1, 1, 1, 1, 1}));
        noInterval.set(2, new Trend.Point(Period.quarter(2023, 3), 3.0, null, null, null, null));
        assertTrue(Trend.values(noInterval, Polarity.HIGH).reason().contains("no 95% confidence interval"));

        Trend zeroWidth = Trend.values(withSe(five, new double[] {1, 1, 0, 1, 1}), Polarity.HIGH);
        assertTrue(zeroWidth.reason().contains("zero width"), zeroWidth.reason());
        assertEquals("Cannot be calculated: " + zeroWidth.reason(), zeroWidth.describe());
    }

    private static Evaluation evaluation(Indicator ind, Period p, Double value, Double n, Double d) {
        Observation o = new Observation(ind.id(), p, "", value, n, d, "", Source.of("x.xlsx"));
        return new Evaluation(o, Assessor.interval(ind, n, d), null, Status.NOT_RATED, Direction.NOT_AVAILABLE, value, null);
    }

    @Test
    void anIndicatorUsesItsLatestFivePeriodsAndTheMethodItsMeasureTakes() {
        Indicator pct = Indicators.percentage("ASC-02").build();
        List<Evaluation> series = new ArrayList<>();
        double[] x = {90, 50, 55, 60, 66, 70};
        List<Period> ps = new ArrayList<>();
        for (Period p = Period.quarter(2022, 4); ps.size() < 6; p = p.next()) {
            ps.add(p);
        }
        for (int i = 0; i < 6; i++) {
            series.add(evaluation(pct, ps.get(i), x[i], x[i], 100.0));
        }
        Trend t = Trend.of(pct, ps.get(5), series);
        assertEquals(Trend.Method.CHI_SQUARED_FOR_TREND, t.method());
        assertEquals(ps.get(1), t.from());
        assertEquals(Trend.proportions(counts(new double[] {50, 55, 60, 66, 70}, new double[] {100, 100, 100, 100, 100}),
                Polarity.HIGH, 100).chiSquared(), t.chiSquared(), 1e-12);

        Indicator rate = Indicators.rate("CSC-01", 10000, "Aged 0-17").polarity(Polarity.LOW).build();
        List<Evaluation> rates = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            double events = 400 + 60 * i;
            rates.add(evaluation(rate, ps.get(i), events / 246700 * 10000, events, 246700.0));
        }
        Trend r = Trend.of(rate, ps.get(4), rates);
        assertEquals(Trend.Method.WEIGHTED_LEAST_SQUARES, r.method());
        assertEquals("Increasing and getting worse", r.label());

        Indicator count = Indicators.count("LIB-01").build();
        List<Evaluation> counts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            counts.add(evaluation(count, ps.get(i), 100.0 + i, null, null));
        }
        assertTrue(Trend.of(count, ps.get(4), counts).reason().contains("no 95% confidence interval"));

        List<Evaluation> gappy = new ArrayList<>(series);
        gappy.remove(3);
        assertTrue(Trend.of(pct, ps.get(5), gappy).reason().contains("gap in the periods"),
                Trend.of(pct, ps.get(5), gappy).reason());

        Indicator cumulative = Indicators.percentage("CUM-01").cumulative().build();
        assertTrue(Trend.of(cumulative, ps.get(5), series).reason().contains("cumulative"));
    }
}
