package org.perfbook.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfbook.calc.BenchmarkComparison.Judgement;
import org.perfbook.calc.BenchmarkComparison.Significance;
import org.perfbook.model.Polarity;

class BenchmarksTest {

    @Test
    void childrenLookedAfterAgainstEnglandAndTheRegion() {
        // 1,784 children looked after, 72.7 per 10,000 aged 0-17: "significantly higher" than England's 60.0
        // and "significantly lower" than the North West's 82.0 (seed catalogue C21)
        Estimate rate = Estimate.rate(1784, 245500, 10000);
        Interval ci = ConfidenceIntervals.rate(1784, 245500, 10000, 0.95);
        var england = BenchmarkComparison.compare("England", rate.value(), ci, 60.0, Polarity.LOW);
        assertEquals(Significance.HIGHER, england.significance());
        assertEquals(Judgement.WORSE, england.judgement());
        assertEquals("significantly higher than England", england.describe());
        var region = BenchmarkComparison.compare("North West", rate.value(), ci, 82.0, Polarity.LOW);
        assertEquals(Significance.LOWER, region.significance());
        assertEquals(Judgement.BETTER, region.judgement());
        assertEquals(72.67 - 82.0, region.difference(), 0.01);
    }

    @Test
    void similarWhenTheBenchmarkIsInsideTheInterval() {
        // EYFS 69.2% vs England 69.3%: similar (cohort of about 13,000)
        Interval ci = ConfidenceIntervals.wilson(9000, 13006, 0.95, 100);
        var c = BenchmarkComparison.compare("England", 69.2, ci, 69.3, Polarity.HIGH);
        assertEquals(Significance.SIMILAR, c.significance());
        assertEquals("similar to England", c.describe());
    }

    @Test
    void withoutAnIntervalNothingIsSignificant() {
        // Attainment 8: 50.4 vs England 48.9, "higher"
        var c = BenchmarkComparison.compare("England", 50.4, null, 48.9, Polarity.HIGH);
        assertFalse(c.tested());
        assertEquals("higher than England", c.describe());
        assertEquals(Judgement.BETTER, c.judgement());
    }

    @Test
    void rankAndQuartileWithOneBestByPolarity() {
        // ranked 76 of 150: the third quartile (ceil(4 x 76 / 150) = 3)
        List<Double> others = new ArrayList<>();
        for (int i = 0; i < 75; i++) {
            others.add(60.0 + i);   // 75 authorities better
        }
        for (int i = 0; i < 74; i++) {
            others.add(40.0 - i * 0.1);
        }
        Rank r = Rank.of(50.4, others, Polarity.HIGH).orElseThrow();
        assertEquals(76, r.rank());
        assertEquals(150, r.of());
        assertEquals(3, r.quartile());
        assertEquals("76 of 150 (third quartile)", r.describe());
        // the same figures with Good is Low put this authority 75th: second quartile
        Rank low = Rank.of(50.4, others, Polarity.LOW).orElseThrow();
        assertEquals(75, low.rank());
        assertEquals(2, low.quartile());
    }

    @Test
    void tiesShareARank() {
        Rank r = Rank.of(10.0, List.of(12.0, 10.0, 10.0, 8.0), Polarity.HIGH).orElseThrow();
        assertEquals(2, r.rank());
        Rank best = Rank.of(12.0, List.of(12.0, 10.0), Polarity.HIGH).orElseThrow();
        assertEquals(1, best.rank());
        assertEquals(1, best.quartile());
        assertTrue(Rank.of(10.0, List.of(12.0), Polarity.NONE).isEmpty());
    }

    @Test
    void neighbourMeanIgnoresBlanks() {
        assertEquals(262.8, Rank.mean(java.util.Arrays.asList(250.0, 275.6, null)).orElseThrow(), 1e-9);
        assertTrue(Rank.mean(List.of()).isEmpty());
    }
}
