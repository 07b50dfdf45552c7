package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.perfbook.model.Polarity;
import org.perfbook.model.Status;
import org.perfbook.model.Target;
import org.perfbook.model.Tolerance;

class StatusRulesTest {

    /** Every rating of the 2021/22 Q3 report (seed catalogue §3.1) with the default 5% tolerance. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Defects 5 working days          | 90.59  | 90       | HIGH | GREEN
        Defects 20 working days         | 93.99  | 90       | HIGH | GREEN
        Reablement 91 days (exactly)    | 87.4   | 87.4     | HIGH | GREEN
        LD living in own home           | 89.6   | 86       | HIGH | GREEN
        Defects 4 hours                 | 93.02  | 95       | HIGH | AMBER
        Defects 2 days                  | 94.59  | 95       | HIGH | AMBER
        Defects 10 days                 | 88.97  | 90       | HIGH | AMBER
        Care homes good/outstanding     | 80.1   | 83.5     | HIGH | AMBER
        Community providers             | 94.7   | 96.0     | HIGH | AMBER
        Long-term services community    | 71.8   | 72       | HIGH | AMBER
        Defects 4 hours Q2              | 88.71  | 95       | HIGH | RED
        Defects 2 days Q2               | 85.42  | 95       | HIGH | RED
        Safeguarding outcomes           | 61.4   | 70       | HIGH | RED
        LD in employment                | 1.9    | 3.1      | HIGH | RED
        Admissions 18-64                | 16.9   | 13.6     | LOW  | RED
        Admissions 65+ above the range  | 736.2  | 600-680  | LOW  | RED
        Admissions 65+ inside the range | 662.2  | 600-680  | LOW  | GREEN
        Admissions 65+ below the range  | 482.2  | 600-680  | LOW  | GREEN
        Sickness, target pending review | 12.68  | 9.83 (pending review) | LOW | NOT_RATED
        """)
    void reproducesTheSeedsRatings(String name, double value, String target, Polarity polarity, Status expected) {
        assertEquals(expected, StatusRules.status(value, Target.parse(target), Tolerance.DEFAULT, polarity));
    }

    @Test
    void theTargetMetExactlyAfterFloatingPointArithmeticIsGreen() {
        double value = 349.6 / 400 * 100; // 87.39999999999999
        assertEquals(Status.GREEN, StatusRules.status(value, Target.of(87.4), Tolerance.DEFAULT, Polarity.HIGH));
    }

    @Test
    void absoluteToleranceIsInTheIndicatorsUnits() {
        Tolerance twoPoints = Tolerance.absolute(2);
        assertEquals(Status.AMBER, StatusRules.status(93.0, Target.of(95), twoPoints, Polarity.HIGH));
        assertEquals(Status.RED, StatusRules.status(92.9, Target.of(95), twoPoints, Polarity.HIGH));
        assertEquals(Status.AMBER, StatusRules.status(97.0, Target.of(95), twoPoints, Polarity.LOW));
    }

    @Test
    void rangePolarityIsAmberJustOutsideOnEitherSide() {
        Target range = Target.range(600, 680);
        assertEquals(Status.GREEN, StatusRules.status(600.0, range, Tolerance.DEFAULT, Polarity.RANGE));
        assertEquals(Status.AMBER, StatusRules.status(575.0, range, Tolerance.DEFAULT, Polarity.RANGE));
        assertEquals(Status.RED, StatusRules.status(560.0, range, Tolerance.DEFAULT, Polarity.RANGE));
        assertEquals(Status.AMBER, StatusRules.status(710.0, range, Tolerance.DEFAULT, Polarity.RANGE));
        assertEquals(Status.RED, StatusRules.status(720.0, range, Tolerance.DEFAULT, Polarity.RANGE));
    }

    @Test
    void noTargetNoValueOrNoDirectionIsNotRated() {
        assertEquals(Status.NOT_RATED, StatusRules.status(50.0, null, Tolerance.DEFAULT, Polarity.HIGH));
        assertEquals(Status.NOT_RATED, StatusRules.status(null, Target.of(5), Tolerance.DEFAULT, Polarity.HIGH));
        assertEquals(Status.NOT_RATED, StatusRules.status(50.0, Target.of(5), Tolerance.DEFAULT, Polarity.NONE));
        assertEquals(Status.NOT_RATED,
                StatusRules.status(43.0, Target.parse("65 (2035 long-term)"), Tolerance.DEFAULT, Polarity.HIGH));
    }

    @Test
    void swappingPolarityAroundAPointTargetSwapsGreenAndRed() {
        Random random = new Random(7);
        for (int i = 0; i < 5000; i++) {
            double target = 1 + random.nextDouble() * 1000;
            double value = target * (0.5 + random.nextDouble());
            Status high = StatusRules.status(value, Target.of(target), Tolerance.DEFAULT, Polarity.HIGH);
            Status low = StatusRules.status(value, Target.of(target), Tolerance.DEFAULT, Polarity.LOW);
            if (high == Status.RED) {
                assertEquals(Status.GREEN, low, "value " + value + " target " + target);
            }
            if (low == Status.RED) {
                assertEquals(Status.GREEN, high, "value " + value + " target " + target);
            }
        }
    }

    @Test
    void benchmarkRatingNeedsATestedComparison() {
        Interval ci = ConfidenceIntervals.rate(1920, 246700, 10000, 0.95);
        var tested = BenchmarkComparison.compare("England", 77.8, ci, 60.0, Polarity.LOW);
        assertEquals(Status.RED, StatusRules.fromBenchmark(tested));
        var untested = BenchmarkComparison.compare("England", 77.8, null, 60.0, Polarity.LOW);
        assertEquals(Status.NOT_RATED, StatusRules.fromBenchmark(untested));
    }
}
