package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties every interval must have, over many random inputs. */
class IntervalPropertiesTest {

    private final Random random = new Random(20211231L);

    @Test
    void proportionIntervalsContainTheValueAndWidenWithConfidence() {
        for (int i = 0; i < 2000; i++) {
            int n = 1 + random.nextInt(20000);
            int x = random.nextInt(n + 1);
            double p = 100.0 * x / n;
            Interval ci95 = ConfidenceIntervals.wilson(x, n, 0.95, 100);
            Interval ci998 = ConfidenceIntervals.wilson(x, n, 0.998, 100);
            assertTrue(ci95.contains(p), () -> x + "/" + n + " not in " + ci95);
            assertTrue(ci998.lower() <= ci95.lower() && ci998.upper() >= ci95.upper(),
                    () -> "99.8% narrower than 95% for " + x + "/" + n);
            assertTrue(ci95.lower() >= 0 && ci95.upper() <= 100);
        }
    }

    @Test
    void rateIntervalsContainTheValueAndWidenWithConfidence() {
        for (int i = 0; i < 2000; i++) {
            int events = random.nextInt(i % 2 == 0 ? 15 : 5000);
            double population = 1000 + random.nextInt(1_000_000);
            double rate = events / population * 100000;
            Interval ci95 = ConfidenceIntervals.rate(events, population, 100000, 0.95);
            Interval ci998 = ConfidenceIntervals.rate(events, population, 100000, 0.998);
            assertTrue(ci95.contains(rate), () -> events + " / " + population + " not in " + ci95);
            assertTrue(ci998.lower() <= ci95.lower() && ci998.upper() >= ci95.upper());
            assertTrue(ci95.lower() >= 0);
        }
    }

    @Test
    void limitsMoveUpWithTheCountAcrossTheMethodBoundary() {
        Interval previous = ConfidenceIntervals.poissonCount(0, 0.95);
        for (int k = 1; k <= 30; k++) {
            Interval ci = ConfidenceIntervals.poissonCount(k, 0.95);
            assertTrue(ci.lower() > previous.lower() && ci.upper() > previous.upper(), "not monotone at " + k);
            previous = ci;
        }
    }
}
