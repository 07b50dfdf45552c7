package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfidenceIntervalsTest {

    private static void assertRelative(double expected, double actual, double tolerance) {
        double scale = Math.max(Math.abs(expected), 1e-12);
        assertTrue(Math.abs(expected - actual) / scale <= tolerance,
                () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void zQuantilesAreTheFingertipsOnes() {
        assertEquals(1.959963984540054, ConfidenceIntervals.z(0.95), 1e-12);
        assertEquals(3.090232306167813, ConfidenceIntervals.z(0.998), 1e-9);
    }

    /** Newcombe (1998), Statistics in Medicine 17:857-872, Table I, method 3 (Wilson score). */
    @ParameterizedTest
    @CsvSource({
        "81, 263, 0.2553, 0.3662",
        "15, 148, 0.0624, 0.1605",
        "0, 20, 0.0000, 0.1611",
        "1, 29, 0.0061, 0.1718"
    })
    void wilsonMatchesNewcombesPublishedLimits(int x, int n, double lower, double upper) {
        Interval ci = ConfidenceIntervals.wilson(x, n, 0.95, 1);
        assertEquals(lower, ci.lower(), 0.00005);
        assertEquals(upper, ci.upper(), 0.00005);
        assertEquals(Interval.Method.WILSON, ci.method());
    }

    @ParameterizedTest
    @CsvSource({"40, 43", "210, 222", "3793, 4263", "341, 400", "3080, 3388", "1, 2", "7, 1000"})
    void wilsonAgreesWithCommonsMathToOneInAMillion(int x, int n) {
        for (double level : new double[] {0.95, 0.998}) {
            WilsonScoreInterval reference = new WilsonScoreInterval();
            var expected = reference.createInterval(n, x, level);
            Interval ci = ConfidenceIntervals.wilson(x, n, level, 100);
            assertRelative(expected.getLowerBound() * 100, ci.lower(), 1e-6);
            assertRelative(expected.getUpperBound() * 100, ci.upper(), 1e-6);
        }
    }

    @Test
    void wilsonAtTheEdgesStaysInsideZeroToOneHundred() {
        Interval all = ConfidenceIntervals.wilson(43, 43, 0.95, 100);
        assertEquals(100.0, all.upper());
        assertTrue(all.lower() < 100 && all.lower() > 90);
        Interval none = ConfidenceIntervals.wilson(0, 43, 0.95, 100);
        assertEquals(0.0, none.lower());
    }

    /** Garwood exact limits as tabulated for the Poisson distribution. */
    @ParameterizedTest
    @CsvSource({"0, 0.0000, 3.6889", "1, 0.0253, 5.5716", "5, 1.6235, 11.6683", "9, 4.1154, 17.0848"})
    void exactPoissonMatchesTabulatedLimits(int k, double lower, double upper) {
        Interval ci = ConfidenceIntervals.poissonCount(k, 0.95);
        assertEquals(Interval.Method.EXACT, ci.method());
        assertEquals(lower, ci.lower(), 0.00005);
        assertEquals(upper, ci.upper(), 0.00005);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 9, 10, 100})
    void exactPoissonEqualsTheGammaQuantilesToOneInAMillion(int k) {
        // the same limits by another route: Gamma(k, 1) and Gamma(k + 1, 1) quantiles
        for (double level : new double[] {0.95, 0.998}) {
            double a = 1 - level;
            Interval ci = ConfidenceIntervals.exactPoisson(k, level);
            assertRelative(new GammaDistribution(k, 1, 1e-15).inverseCumulativeProbability(a / 2), ci.lower(), 1e-6);
            assertRelative(new GammaDistribution(k + 1, 1, 1e-15).inverseCumulativeProbability(1 - a / 2),
                    ci.upper(), 1e-6);
        }
    }

    @Test
    void byarsFromTenEventsUpwards() {
        assertEquals(Interval.Method.BYARS, ConfidenceIntervals.poissonCount(10, 0.95).method());
        assertEquals(Interval.Method.EXACT, ConfidenceIntervals.poissonCount(9, 0.95).method());
        // Byar's against the exact limits for 100 events (81.364, 121.627): within 0.01
        Interval b = ConfidenceIntervals.poissonCount(100, 0.95);
        assertEquals(81.364, b.lower(), 0.01);
        assertEquals(121.627, b.upper(), 0.01);
    }

    @Test
    void byarsFollowsItsDefinition() {
        double o = 1882;
        double z = 1.959963984540054;
        double lower = o * Math.pow(1 - 1 / (9 * o) - z / (3 * Math.sqrt(o)), 3);
        double upper = (o + 1) * Math.pow(1 - 1 / (9 * (o + 1)) + z / (3 * Math.sqrt(o + 1)), 3);
        Interval ci = ConfidenceIntervals.byars(o, 0.95);
        assertRelative(lower, ci.lower(), 1e-12);
        assertRelative(upper, ci.upper(), 1e-12);
    }

    @Test
    void admissionsRateFromTheSeedsHasItsInterval() {
        // 1,882 admissions of 255,637 people aged 65+ is 736.2 per 100,000 (Q3 2021/22)
        Estimate e = Estimate.rate(1882, 255637, 100000);
        assertEquals(736.2, e.value(), 0.05);
        Interval ci = ConfidenceIntervals.rate(1882, 255637, 100000, 0.95);
        assertTrue(ci.contains(e.value()));
        assertEquals(703.31, ci.lower(), 0.01);
        assertEquals(770.23, ci.upper(), 0.01);
    }

    @Test
    void rejectsImpossibleInputs() {
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.wilson(5, 0, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.wilson(6, 5, 0.95, 1));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.poissonCount(-1, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.rate(5, 0, 1000, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceIntervals.z(95));
    }
}
